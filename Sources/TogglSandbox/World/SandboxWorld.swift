import Foundation

/// Everything the sandbox server knows: accounts, workspaces and all their data.
///
/// A plain value: routes receive it `inout`, the engine guards it with a lock, and it is saved
/// to and loaded from the state file as JSON.
public struct SandboxWorld: Sendable, Equatable, Codable {
    public var users = RecordTable<UserRecord>()
    public var organizations = RecordTable<OrganizationRecord>()
    public var workspaces = RecordTable<WorkspaceRecord>()
    public var memberships = RecordTable<MembershipRecord>()
    public var clients = RecordTable<ClientRecord>()
    public var projects = RecordTable<ProjectRecord>()
    public var tasks = RecordTable<TaskRecord>()
    public var tags = RecordTable<TagRecord>()
    public var timeEntries = RecordTable<TimeEntryRecord>()
    public var projectUsers = RecordTable<ProjectUserRecord>()
    /// Ids handed out so far; the next id is one more. Starts high, as Toggl's do (ids exceed 2^31).
    public var lastID: Int64 = 3_700_000_000

    public init() {}

    /// A new, unique id. When ``lastID`` has reached `Int64.max` (a loaded world can say so), the
    /// smallest positive id no record uses is handed out instead.
    public mutating func makeID() -> Int64 {
        if lastID < Int64.max {
            lastID += 1
            return lastID
        }
        var used = Set<Int64>()
        for ids in [users.all.map(\.id), organizations.all.map(\.id), workspaces.all.map(\.id),
                    memberships.all.map(\.id), clients.all.map(\.id), projects.all.map(\.id), tasks.all.map(\.id),
                    tags.all.map(\.id), timeEntries.all.map(\.id), projectUsers.all.map(\.id)] {
            used.formUnion(ids)
        }
        var candidate: Int64 = 1
        while used.contains(candidate) { candidate += 1 }
        return candidate
    }

    // MARK: Look-ups every route needs

    /// The user whose API token this is.
    public func user(apiToken: String) -> UserRecord? {
        users.all.first { $0.apiToken == apiToken }
    }

    /// The user with this email and password.
    public func user(email: String, password: String) -> UserRecord? {
        users.all.first { $0.email.caseInsensitiveCompare(email) == .orderedSame && $0.password == password }
    }

    /// The workspaces a user belongs to, in id order.
    public func workspaces(of userID: Int64) -> [WorkspaceRecord] {
        let ids = Set(memberships.filter { $0.userID == userID && $0.isActive }.map(\.workspaceID))
        return workspaces.filter { ids.contains($0.id) }
    }

    /// The membership of a user in a workspace, if any.
    public func membership(of userID: Int64, in workspaceID: Int64) -> MembershipRecord? {
        memberships.all.first { $0.userID == userID && $0.workspaceID == workspaceID && $0.isActive }
    }

    /// The workspace, if the user may use it; Toggl answers 403 otherwise (also for unknown ids).
    public func accessibleWorkspace(_ workspaceID: Int64, by userID: Int64) throws -> WorkspaceRecord {
        guard let workspace = workspaces[workspaceID], membership(of: userID, in: workspaceID) != nil else {
            throw SandboxFailure.forbidden("Incorrect workspace ID or user does not have access")
        }
        return workspace
    }

    /// The plan of a workspace's organization (Free when unknown).
    public func plan(ofWorkspace workspaceID: Int64) -> SandboxPlan {
        workspaces[workspaceID].flatMap { organizations[$0.organizationID]?.plan } ?? .free
    }

    /// Throws Toggl's 402 "premium" answer when the workspace is on the Free plan.
    public func requirePaidPlan(_ workspaceID: Int64) throws {
        guard plan(ofWorkspace: workspaceID).isPaid else { throw SandboxFailure.premiumRequired }
    }

    /// The organizations a user belongs to (through any workspace).
    public func organizations(of userID: Int64) -> [OrganizationRecord] {
        let ids = Set(workspaces(of: userID).map(\.organizationID))
        return organizations.filter { ids.contains($0.id) }
    }

    /// The running entry of a user, if any.
    public func runningEntry(of userID: Int64) -> TimeEntryRecord? {
        timeEntries.all.first { $0.userID == userID && $0.deletedAt == nil && $0.isRunning }
    }
}
