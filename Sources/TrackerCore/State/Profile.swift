import TogglModels

/// Who is signed in and how they like times shown, from `/me` and `/me/preferences`.
public struct Profile: Sendable, Hashable {
    public var userID: Int64
    public var fullname: String
    public var email: String
    /// The Toggl profile's time zone (IANA name), if set.
    public var timeZoneIdentifier: String? {
        didSet { zone = timeZoneIdentifier.flatMap(Zone.init(identifier:)) }
    }
    /// The zone ``timeZoneIdentifier`` names, looked up once (nil when unset or unknown here):
    /// the views read it several times a frame.
    public private(set) var zone: Zone?
    /// 0 = Sunday, 1 = Monday, …
    public var beginningOfWeek: Int
    public var defaultWorkspaceID: Int64?
    /// Toggl's `timeofday_format` and `date_format`, when known.
    public var timeOfDayFormat: String?
    public var dateFormat: String?

    public init(userID: Int64, fullname: String = "", email: String = "", timeZoneIdentifier: String? = nil,
                beginningOfWeek: Int = 1, defaultWorkspaceID: Int64? = nil, timeOfDayFormat: String? = nil, dateFormat: String? = nil) {
        self.userID = userID
        self.fullname = fullname
        self.email = email
        self.timeZoneIdentifier = timeZoneIdentifier
        self.zone = timeZoneIdentifier.flatMap(Zone.init(identifier:))
        self.beginningOfWeek = beginningOfWeek
        self.defaultWorkspaceID = defaultWorkspaceID
        self.timeOfDayFormat = timeOfDayFormat
        self.dateFormat = dateFormat
    }

    /// The profile part of a `/me` answer.
    public init(me: Me, preferences: Preferences? = nil) {
        self.init(userID: me.id, fullname: me.fullname ?? "", email: me.email ?? "", timeZoneIdentifier: me.timezone,
                  beginningOfWeek: me.beginningOfWeek, defaultWorkspaceID: me.defaultWorkspaceID,
                  timeOfDayFormat: preferences?.timeOfDayFormat, dateFormat: preferences?.dateFormat)
    }
}
