import Foundation

/// An organization: owns workspaces, has a plan and a quota bucket per user.
public struct OrganizationRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var plan: SandboxPlan
    public var ownerID: Int64
    public var createdAt: Date
    public var at: Date

    public init(id: Int64, name: String, plan: SandboxPlan, ownerID: Int64, createdAt: Date, at: Date) {
        self.id = id
        self.name = name
        self.plan = plan
        self.ownerID = ownerID
        self.createdAt = createdAt
        self.at = at
    }
}
