import Foundation

/// A user account with its credentials and profile.
public struct UserRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var email: String
    public var fullname: String
    public var password: String
    public var apiToken: String
    public var timezone: String
    public var beginningOfWeek: Int
    public var defaultWorkspaceID: Int64
    public var countryID: Int64?
    public var createdAt: Date
    public var at: Date
    /// `/me/preferences`: `date_format`, `timeofday_format` and friends, as Toggl names them.
    public var dateFormat: String
    public var timeOfDayFormat: String
    public var durationFormat: String

    public init(id: Int64, email: String, fullname: String, password: String, apiToken: String,
                timezone: String, beginningOfWeek: Int = 1, defaultWorkspaceID: Int64, countryID: Int64? = nil,
                createdAt: Date, at: Date, dateFormat: String = "YYYY-MM-DD", timeOfDayFormat: String = "H:mm",
                durationFormat: String = "improved") {
        self.id = id
        self.email = email
        self.fullname = fullname
        self.password = password
        self.apiToken = apiToken
        self.timezone = timezone
        self.beginningOfWeek = beginningOfWeek
        self.defaultWorkspaceID = defaultWorkspaceID
        self.countryID = countryID
        self.createdAt = createdAt
        self.at = at
        self.dateFormat = dateFormat
        self.timeOfDayFormat = timeOfDayFormat
        self.durationFormat = durationFormat
    }
}
