import Foundation

/// A user's membership of a workspace (Toggl's workspace user).
public struct MembershipRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var workspaceID: Int64
    public var userID: Int64
    public var isAdmin: Bool
    public var isActive: Bool
    public var rate: Double?
    public var laborCost: Double?
    public var at: Date

    public init(id: Int64, workspaceID: Int64, userID: Int64, isAdmin: Bool, isActive: Bool = true,
                rate: Double? = nil, laborCost: Double? = nil, at: Date) {
        self.id = id
        self.workspaceID = workspaceID
        self.userID = userID
        self.isAdmin = isAdmin
        self.isActive = isActive
        self.rate = rate
        self.laborCost = laborCost
        self.at = at
    }
}
