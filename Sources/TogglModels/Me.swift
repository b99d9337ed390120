#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The current user (`GET /me`, `PUT /me`), optionally with related data
/// (`GET /me?with_related_data=true`).
///
/// Every field but `id` may be `null` or absent; the related arrays are `nil` when the server
/// omitted them or sent `null` (it does both for "none"). `api_token` and `intercom_hash` are
/// ``Secret``s: descriptions, `dump` and mirrors show `<redacted>`; read the token with
/// `apiToken?.revealed`.
public struct Me: Sendable, Hashable, Codable, Identifiable {
    /// The user id (server-owned).
    public let id: Int64
    /// The user's API token (a credential; redacted in output).
    public let apiToken: Secret?
    /// Email address.
    public var email: String?
    /// Full name.
    public var fullname: String?
    /// IANA time zone, e.g. `Europe/Berlin`.
    public var timezone: String?
    /// Toggl accounts id (present in real data).
    public let togglAccountsID: String?
    /// The default workspace.
    public var defaultWorkspaceID: Int64?
    /// First day of the week, 0 = Sunday (1 = Monday when absent, Toggl's default).
    public var beginningOfWeek: Int
    /// Avatar URL.
    public let imageURL: String?
    /// Account creation (server-owned).
    public let createdAt: Date?
    /// Last profile update (server-owned).
    public let updatedAt: Date?
    /// Last modification (server-owned).
    public let at: Date?
    /// OpenID email.
    public let openidEmail: String?
    /// OpenID enabled.
    public let openidEnabled: Bool
    /// Country.
    public var countryID: Int64?
    /// The user has a password (not only SSO).
    public let hasPassword: Bool
    /// Intercom identity hash (redacted in output).
    public let intercomHash: Secret?
    /// Linked OAuth providers, e.g. `google` (`[]` when null or absent).
    public let oauthProviders: [String]
    /// When the authorization session was last updated.
    public let authorizationUpdatedAt: Date?
    /// When the Toggl account was last updated (seen in `PUT /me` answers).
    public let togglAccountsUpdatedAt: Date?
    /// Two-factor authentication enabled (`2fa_enabled`).
    public let twoFactorEnabled: Bool?
    /// User options, shape not modelled.
    public let options: JSONValue?
    /// Related workspaces (`with_related_data`).
    public var workspaces: [Workspace]?
    /// Related clients (`with_related_data`).
    public var clients: [Client]?
    /// Related projects, archived ones included (`with_related_data`).
    public var projects: [Project]?
    /// Related tags (`with_related_data`).
    public var tags: [Tag]?
    /// Related tasks (`with_related_data`).
    public var tasks: [ProjectTask]?
    /// Recent time entries, roughly the last 9–10 days (`with_related_data`).
    public var timeEntries: [TimeEntry]?

    /// Creates a user (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        apiToken: Secret? = nil,
        email: String? = nil,
        fullname: String? = nil,
        timezone: String? = nil,
        togglAccountsID: String? = nil,
        defaultWorkspaceID: Int64? = nil,
        beginningOfWeek: Int = 1,
        imageURL: String? = nil,
        createdAt: Date? = nil,
        updatedAt: Date? = nil,
        at: Date? = nil,
        openidEmail: String? = nil,
        openidEnabled: Bool = false,
        countryID: Int64? = nil,
        hasPassword: Bool = false,
        intercomHash: Secret? = nil,
        oauthProviders: [String] = [],
        authorizationUpdatedAt: Date? = nil,
        togglAccountsUpdatedAt: Date? = nil,
        twoFactorEnabled: Bool? = nil,
        options: JSONValue? = nil,
        workspaces: [Workspace]? = nil,
        clients: [Client]? = nil,
        projects: [Project]? = nil,
        tags: [Tag]? = nil,
        tasks: [ProjectTask]? = nil,
        timeEntries: [TimeEntry]? = nil
    ) {
        self.id = id
        self.apiToken = apiToken
        self.email = email
        self.fullname = fullname
        self.timezone = timezone
        self.togglAccountsID = togglAccountsID
        self.defaultWorkspaceID = defaultWorkspaceID
        self.beginningOfWeek = beginningOfWeek
        self.imageURL = imageURL
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.at = at
        self.openidEmail = openidEmail
        self.openidEnabled = openidEnabled
        self.countryID = countryID
        self.hasPassword = hasPassword
        self.intercomHash = intercomHash
        self.oauthProviders = oauthProviders
        self.authorizationUpdatedAt = authorizationUpdatedAt
        self.togglAccountsUpdatedAt = togglAccountsUpdatedAt
        self.twoFactorEnabled = twoFactorEnabled
        self.options = options
        self.workspaces = workspaces
        self.clients = clients
        self.projects = projects
        self.tags = tags
        self.tasks = tasks
        self.timeEntries = timeEntries
    }

    enum CodingKeys: String, CodingKey {
        case id
        case apiToken = "api_token"
        case email, fullname, timezone
        case togglAccountsID = "toggl_accounts_id"
        case defaultWorkspaceID = "default_workspace_id"
        case beginningOfWeek = "beginning_of_week"
        case imageURL = "image_url"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case at
        case openidEmail = "openid_email"
        case openidEnabled = "openid_enabled"
        case countryID = "country_id"
        case hasPassword = "has_password"
        case intercomHash = "intercom_hash"
        case oauthProviders = "oauth_providers"
        case authorizationUpdatedAt = "authorization_updated_at"
        case togglAccountsUpdatedAt = "toggl_accounts_updated_at"
        case twoFactorEnabled = "2fa_enabled"
        case options, workspaces, clients, projects, tags, tasks
        case timeEntries = "time_entries"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        apiToken = try c.decodeIfPresent(Secret.self, forKey: .apiToken)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        fullname = try c.decodeIfPresent(String.self, forKey: .fullname)
        timezone = try c.decodeIfPresent(String.self, forKey: .timezone)
        togglAccountsID = try c.decodeIfPresent(String.self, forKey: .togglAccountsID)
        defaultWorkspaceID = try c.decodeIfPresent(Int64.self, forKey: .defaultWorkspaceID)
        beginningOfWeek = try c.decode(.beginningOfWeek, default: 1)
        imageURL = try c.decodeIfPresent(String.self, forKey: .imageURL)
        createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        openidEmail = try c.decodeIfPresent(String.self, forKey: .openidEmail)
        openidEnabled = try c.decode(.openidEnabled, default: false)
        countryID = try c.decodeIfPresent(Int64.self, forKey: .countryID)
        hasPassword = try c.decode(.hasPassword, default: false)
        intercomHash = try c.decodeIfPresent(Secret.self, forKey: .intercomHash)
        oauthProviders = try c.decode(.oauthProviders, default: [])
        authorizationUpdatedAt = try c.decodeIfPresent(Date.self, forKey: .authorizationUpdatedAt)
        togglAccountsUpdatedAt = try c.decodeIfPresent(Date.self, forKey: .togglAccountsUpdatedAt)
        twoFactorEnabled = try c.decodeIfPresent(Bool.self, forKey: .twoFactorEnabled)
        options = try c.decodeIfPresent(JSONValue.self, forKey: .options)
        workspaces = try c.decodeIfPresent([Workspace].self, forKey: .workspaces)
        clients = try c.decodeIfPresent([Client].self, forKey: .clients)
        projects = try c.decodeIfPresent([Project].self, forKey: .projects)
        tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
        tasks = try c.decodeIfPresent([ProjectTask].self, forKey: .tasks)
        timeEntries = try c.decodeIfPresent([TimeEntry].self, forKey: .timeEntries)
    }

    /// Encodes Toggl's shape: `api_token`, `intercom_hash` and the related arrays only when set,
    /// `null` for `openid_email` and `country_id` when unset.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(apiToken, forKey: .apiToken)
        try c.encodeNullable(email, forKey: .email)
        try c.encodeNullable(fullname, forKey: .fullname)
        try c.encodeNullable(timezone, forKey: .timezone)
        try c.encodeIfPresent(togglAccountsID, forKey: .togglAccountsID)
        try c.encodeNullable(defaultWorkspaceID, forKey: .defaultWorkspaceID)
        try c.encode(beginningOfWeek, forKey: .beginningOfWeek)
        try c.encodeNullable(imageURL, forKey: .imageURL)
        try c.encodeNullable(createdAt, forKey: .createdAt)
        try c.encodeNullable(updatedAt, forKey: .updatedAt)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(openidEmail, forKey: .openidEmail)
        try c.encode(openidEnabled, forKey: .openidEnabled)
        try c.encodeNullable(countryID, forKey: .countryID)
        try c.encode(hasPassword, forKey: .hasPassword)
        try c.encodeIfPresent(intercomHash, forKey: .intercomHash)
        try c.encode(oauthProviders, forKey: .oauthProviders)
        try c.encodeIfPresent(authorizationUpdatedAt, forKey: .authorizationUpdatedAt)
        try c.encodeIfPresent(togglAccountsUpdatedAt, forKey: .togglAccountsUpdatedAt)
        try c.encodeIfPresent(twoFactorEnabled, forKey: .twoFactorEnabled)
        try c.encodeIfPresent(options, forKey: .options)
        try c.encodeIfPresent(workspaces, forKey: .workspaces)
        try c.encodeIfPresent(clients, forKey: .clients)
        try c.encodeIfPresent(projects, forKey: .projects)
        try c.encodeIfPresent(tags, forKey: .tags)
        try c.encodeIfPresent(tasks, forKey: .tasks)
        try c.encodeIfPresent(timeEntries, forKey: .timeEntries)
    }
}
