import Foundation

/// A project. Deleting sets ``deletedAt`` so `since` queries can report it.
public struct ProjectRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var workspaceID: Int64
    public var clientID: Int64?
    public var name: String
    /// `#rrggbb`.
    public var color: String
    public var active: Bool
    public var isPrivate: Bool
    public var billable: Bool
    public var isTemplate: Bool
    public var estimatedHours: Int?
    public var rate: Double?
    public var currency: String?
    public var fixedFee: Double?
    public var autoEstimates: Bool
    public var startDate: Date
    public var endDate: Date?
    public var pinned: Bool
    public var externalReference: String?
    public var createdAt: Date
    public var at: Date
    public var deletedAt: Date?

    public init(id: Int64, workspaceID: Int64, clientID: Int64? = nil, name: String, color: String, active: Bool = true,
                isPrivate: Bool = false, billable: Bool = false, isTemplate: Bool = false, estimatedHours: Int? = nil,
                rate: Double? = nil, currency: String? = nil, fixedFee: Double? = nil, autoEstimates: Bool = false,
                startDate: Date, endDate: Date? = nil, pinned: Bool = false, externalReference: String? = nil,
                createdAt: Date, at: Date, deletedAt: Date? = nil) {
        self.id = id
        self.workspaceID = workspaceID
        self.clientID = clientID
        self.name = name
        self.color = color
        self.active = active
        self.isPrivate = isPrivate
        self.billable = billable
        self.isTemplate = isTemplate
        self.estimatedHours = estimatedHours
        self.rate = rate
        self.currency = currency
        self.fixedFee = fixedFee
        self.autoEstimates = autoEstimates
        self.startDate = startDate
        self.endDate = endDate
        self.pinned = pinned
        self.externalReference = externalReference
        self.createdAt = createdAt
        self.at = at
        self.deletedAt = deletedAt
    }
}
