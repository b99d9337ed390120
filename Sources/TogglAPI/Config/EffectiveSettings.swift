import Foundation

/// The settings in force after merging every source (see ``CredentialResolver/effectiveSettings()``).
///
/// A nil value means no source sets it: the caller's default applies (the user's default
/// workspace from `/me`, Toggl's profile timezone, `https://api.track.toggl.com/api/v9`).
public struct EffectiveSettings: Sendable, Equatable {
    /// `default_wid`: the workspace new entries go to.
    public var defaultWorkspaceID: Int64?
    /// `tz`: an IANA zone name, or `local` for the system zone.
    public var timezone: String?
    /// The Toggl API v9 root (`TOGGL_API_URL` or `api_url`).
    public var apiURL: URL?

    /// Settings with the given values; all nil by default.
    public init(defaultWorkspaceID: Int64? = nil, timezone: String? = nil, apiURL: URL? = nil) {
        self.defaultWorkspaceID = defaultWorkspaceID
        self.timezone = timezone
        self.apiURL = apiURL
    }
}
