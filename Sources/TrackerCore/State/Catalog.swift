import Foundation
import TogglModels

/// Every Toggl object the app holds in memory, by id.
public struct Catalog: Sendable, Equatable {
    public var workspaces: [Int64: Workspace] = [:]
    public var clients: [Int64: Client] = [:] {
        didSet { clientsByName = Catalog.idsByName(clients) { $0.name } }
    }
    public var projects: [Int64: Project] = [:] {
        didSet { projectsByName = Catalog.idsByName(projects) { $0.name } }
    }
    /// Client ids in case-insensitive name order, kept with ``clients`` so lists need not sort
    /// on every keystroke.
    public private(set) var clientsByName: [Int64] = []
    /// Project ids in case-insensitive name order, kept with ``projects``.
    public private(set) var projectsByName: [Int64] = []
    public var tasks: [Int64: ProjectTask] = [:]
    public var tags: [Int64: Tag] = [:]
    public var entries: [Int64: TimeEntry] = [:]

    public init() {}

    /// Everything a `/me?with_related_data=true` answer holds, replacing what was known.
    /// Entries older than the answer's window are kept (they were fetched for older days).
    public init(me: Me, keepingEntriesFrom previous: Catalog = Catalog()) {
        workspaces = Catalog.index(me.workspaces)
        clients = Catalog.index(me.clients)
        projects = Catalog.index(me.projects)
        tasks = Catalog.index(me.tasks)
        tags = Catalog.index(me.tags)
        let fresh = (me.timeEntries ?? []).filter { $0.serverDeletedAt == nil }
        let oldestFresh = fresh.map(\.start).min()
        entries = previous.entries.filter { id, entry in
            id > 0 && (oldestFresh.map { entry.start < $0 } ?? true)
        }
        for entry in fresh { entries[entry.id] = entry }
        // Property observers do not run in an initializer.
        clientsByName = Catalog.idsByName(clients) { $0.name }
        projectsByName = Catalog.idsByName(projects) { $0.name }
    }

    /// Adds or replaces entries; deleted ones (`server_deleted_at`) are removed.
    public mutating func merge(entries more: [TimeEntry]) {
        for entry in more {
            if entry.serverDeletedAt != nil { entries[entry.id] = nil } else { entries[entry.id] = entry }
        }
    }

    /// The running entry, if any (a user has at most one).
    public var runningEntry: TimeEntry? {
        entries.values.filter(\.isRunning).max { $0.start < $1.start }
    }

    /// The ids of `items` ordered by lower-cased name (keys computed once per item).
    static func idsByName<Item>(_ items: [Int64: Item], name: (Item) -> String) -> [Int64] {
        items.map { (key: name($0.value).lowercased(), id: $0.key) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
            .map(\.id)
    }

    private static func index<Item: Identifiable>(_ items: [Item]?) -> [Int64: Item] where Item.ID == Int64 {
        var result: [Int64: Item] = [:]
        for item in items ?? [] { result[item.id] = item }
        return result
    }
}
