import Foundation

/// A workspace. Its plan is its organization's.
public struct WorkspaceRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var organizationID: Int64
    public var name: String
    public var defaultCurrency: String
    public var defaultHourlyRate: Double?
    public var onlyAdminsMayCreateProjects: Bool
    public var onlyAdminsMayCreateTags: Bool
    public var projectsBillableByDefault: Bool
    public var at: Date

    public init(id: Int64, organizationID: Int64, name: String, defaultCurrency: String = "EUR",
                defaultHourlyRate: Double? = nil, onlyAdminsMayCreateProjects: Bool = false,
                onlyAdminsMayCreateTags: Bool = false, projectsBillableByDefault: Bool = false, at: Date) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.defaultCurrency = defaultCurrency
        self.defaultHourlyRate = defaultHourlyRate
        self.onlyAdminsMayCreateProjects = onlyAdminsMayCreateProjects
        self.onlyAdminsMayCreateTags = onlyAdminsMayCreateTags
        self.projectsBillableByDefault = projectsBillableByDefault
        self.at = at
    }
}
