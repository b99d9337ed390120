/// How big a synthetic account is.
public struct AccountSize: Sendable, Equatable, Codable {
    public var entries: Int
    public var projects: Int
    public var clients: Int
    public var tags: Int
    public var workspaces: Int
    /// The days the entries are spread over, ending today.
    public var days: Int

    public init(entries: Int, projects: Int, clients: Int, tags: Int, workspaces: Int, days: Int) {
        self.entries = entries
        self.projects = projects
        self.clients = clients
        self.tags = tags
        self.workspaces = workspaces
        self.days = days
    }

    /// The large account: 10,000 entries over three months, 2,000 projects, 300 clients,
    /// 500 tags, 5 workspaces.
    public static let large = AccountSize(entries: 10_000, projects: 2_000, clients: 300, tags: 500, workspaces: 5, days: 91)

    /// A small account that runs in a second or two (for the test).
    public static let tiny = AccountSize(entries: 300, projects: 40, clients: 8, tags: 12, workspaces: 2, days: 14)
}
