#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Every Toggl object the app holds in memory, by id.
///
/// Besides the objects it keeps indices that the selectors read on every frame, so a keystroke
/// never scans or sorts the whole account: ids in name order, each workspace's listable clients
/// and projects, each workspace's entries in start order, the running entries, and the
/// interned search keys the `/` filter matches against. Each index is rebuilt in the `didSet`
/// of what it is derived from (and at the end of ``init(me:keepingEntriesFrom:)``, where
/// observers do not run), so it cannot go stale and equal catalogs have equal indices.
///
/// Every change also gives it a new ``revision``: a saver that remembers the revision it wrote
/// knows whether anything changed since without keeping a copy of the catalog alive (a copy
/// would share the storage, so the next `/me` answer would find the old rows shared and
/// both catalogs would be in memory at once).
public struct Catalog: Sendable, Equatable {
    public var workspaces: [Int64: Workspace] = [:] {
        didSet { revision = Revision() }
    }
    public var clients: [Int64: Client] = [:] {
        didSet {
            revision = Revision()
            let clientNames = Catalog.lowercasedNames(clients) { $0.name }
            clientsByName = Catalog.idsByName(clientNames)
            rebuildClientIndex()
            rebuildProjectIndex(clientNames: clientNames, projectNames: Catalog.lowercasedNames(projects) { $0.name })
        }
    }
    public var projects: [Int64: Project] = [:] {
        didSet {
            revision = Revision()
            let projectNames = Catalog.lowercasedNames(projects) { $0.name }
            projectsByName = Catalog.idsByName(projectNames)
            rebuildProjectIndex(clientNames: Catalog.lowercasedNames(clients) { $0.name }, projectNames: projectNames)
        }
    }
    /// Client ids in case-insensitive name order, kept with ``clients`` so lists need not sort
    /// on every keystroke.
    public private(set) var clientsByName: [Int64] = []
    /// Project ids in case-insensitive name order, kept with ``projects``.
    public private(set) var projectsByName: [Int64] = []
    public var tasks: [Int64: ProjectTask] = [:] {
        didSet { revision = Revision() }
    }
    public var tags: [Int64: Tag] = [:] {
        didSet { revision = Revision() }
    }
    public var entries: [Int64: TimeEntry] = [:] {
        didSet {
            revision = Revision()
            rebuildEntryIndex()
        }
    }
    /// Replaced by every change: equal revisions mean the same contents (see ``Revision``).
    public private(set) var revision = Revision()

    /// Each workspace's clients that are not archived, in name order.
    private(set) var listedClientIDs: [Int64: [Int64]] = [:]
    /// Each workspace's active, undeleted projects in name order, with their client.
    private(set) var listedProjects: [Int64: [ProjectListing]] = [:]
    /// What the `/` filter matches clients (by name) and projects (by "name client") against.
    private(set) var search = SearchIndex()
    /// Each workspace's entries in start order.
    private(set) var timelines: [Int64: EntryTimeline] = [:]
    /// The ids of the entries whose timer runs (normally none or one).
    private(set) var runningEntryIDs: [Int64] = []

    public init() {}

    /// Which change a catalog is at: a fresh token for each change, compared by identity. Two
    /// catalogs with the same revision hold the same contents; a holder of a revision keeps
    /// only the token alive, never the rows.
    public final class Revision: Sendable, Equatable {
        /// A new token, unequal to every other.
        public init() {}

        public static func == (lhs: Revision, rhs: Revision) -> Bool { lhs === rhs }
    }

    /// Equal contents (the indices follow from them); the same revision is a shortcut.
    public static func == (lhs: Catalog, rhs: Catalog) -> Bool {
        lhs.revision == rhs.revision
            || (lhs.entries == rhs.entries && lhs.projects == rhs.projects && lhs.clients == rhs.clients
                && lhs.workspaces == rhs.workspaces && lhs.tasks == rhs.tasks && lhs.tags == rhs.tags)
    }

    /// Everything a `/me?with_related_data=true` answer holds, replacing what was known.
    /// Entries older than the answer's window are kept (they were fetched for older days).
    public init(me: Me, keepingEntriesFrom previous: Catalog = Catalog()) {
        self.init(me: me, keepingEntries: previous.entries)
    }

    /// The same from the entries of the catalog it replaces, which are filtered in place: passed
    /// with `consume` (held nowhere else), the older entries are kept without a copy of them.
    public init(me: Me, keepingEntries previous: consuming [Int64: TimeEntry]) {
        workspaces = Catalog.index(me.workspaces)
        clients = Catalog.index(me.clients)
        projects = Catalog.index(me.projects)
        tasks = Catalog.index(me.tasks)
        tags = Catalog.index(me.tags)
        var oldestFresh: Date?
        var freshCount = 0
        for entry in me.timeEntries ?? [] where entry.serverDeletedAt == nil {
            freshCount += 1
            if oldestFresh.map({ entry.start < $0 }) ?? true { oldestFresh = entry.start }
        }
        var stale: [Int64] = []
        for index in previous.indices {
            let (id, entry) = previous[index]
            if !(id > 0 && (oldestFresh.map { entry.start < $0 } ?? true)) { stale.append(id) }
        }
        for id in stale { previous.removeValue(forKey: id) }
        previous.reserveCapacity(previous.count + freshCount)
        for entry in me.timeEntries ?? [] where entry.serverDeletedAt == nil { previous[entry.id] = entry }
        entries = previous
        // Property observers do not run in an initializer.
        let clientNames = Catalog.lowercasedNames(clients) { $0.name }
        let projectNames = Catalog.lowercasedNames(projects) { $0.name }
        clientsByName = Catalog.idsByName(clientNames)
        projectsByName = Catalog.idsByName(projectNames)
        rebuildClientIndex()
        rebuildProjectIndex(clientNames: clientNames, projectNames: projectNames)
        rebuildEntryIndex()
    }

    /// A catalog of this one's local (negative-id, not yet created) clients and projects and
    /// the entries whose ids `keep` accepts: what adopting a `/me` answer reads from the catalog
    /// it replaces, without its other rows and indices.
    public func keepingLocalRows(andEntries keep: (Int64) -> Bool) -> Catalog {
        var slim = Catalog()
        slim.clients = clients.filter { $0.key < 0 }
        slim.projects = projects.filter { $0.key < 0 }
        slim.entries = entries.filter { keep($0.key) }
        return slim
    }

    /// Adds or replaces entries; deleted ones (`server_deleted_at`) are removed.
    public mutating func merge(entries more: [TimeEntry]) {
        guard !more.isEmpty else { return }
        // One assignment, so the entry index is rebuilt once rather than per entry.
        var merged = entries
        entries = [:]
        for entry in more {
            if entry.serverDeletedAt != nil { merged[entry.id] = nil } else { merged[entry.id] = entry }
        }
        entries = merged
    }

    /// The running entry, if any (a user has at most one).
    public var runningEntry: TimeEntry? {
        var latest: TimeEntry?
        for id in runningEntryIDs {
            guard let entry = entries[id] else { continue }
            if latest.map({ $0.start < entry.start }) ?? true { latest = entry }
        }
        return latest
    }

    /// The ids of `items` ordered by lower-cased name (keys computed once per item).
    static func idsByName<Item>(_ items: [Int64: Item], name: (Item) -> String) -> [Int64] {
        idsByName(lowercasedNames(items, name: name))
    }

    /// Each item's name, lower-cased: the sort key of the name order and what its search key
    /// is made from.
    static func lowercasedNames<Item>(_ items: [Int64: Item], name: (Item) -> String) -> [Int64: String] {
        items.mapValues { name($0).lowercased() }
    }

    /// The ids ordered by their lower-cased name, then id.
    static func idsByName(_ names: [Int64: String]) -> [Int64] {
        var named: [(key: String, id: Int64)] = names.map { (key: $0.value, id: $0.key) }
        named.sort { (a: (key: String, id: Int64), b: (key: String, id: Int64)) -> Bool in
            if a.key < b.key { return true }
            return a.id < b.id && a.key == b.key
        }
        return named.map(\.id)
    }

    private static func index<Item: Identifiable>(_ items: [Item]?) -> [Int64: Item] where Item.ID == Int64 {
        var result: [Int64: Item] = [:]
        result.reserveCapacity(items?.count ?? 0)
        for item in items ?? [] { result[item.id] = item }
        return result
    }

    // MARK: Indices

    private mutating func rebuildClientIndex() {
        var listed: [Int64: [Int64]] = [:]
        for id in clientsByName {
            guard let client = clients[id], !client.archived else { continue }
            listed[client.workspaceID, default: []].append(id)
        }
        listedClientIDs = listed
    }

    /// Rebuilds every search key and the project lists (a project's key holds its client's name),
    /// from the clients' and projects' lower-cased names.
    private mutating func rebuildProjectIndex(clientNames: [Int64: String], projectNames: [Int64: String]) {
        // Interned in name order, so the numbering (and with it equality) does not depend on
        // how the dictionaries happen to iterate.
        var search = SearchIndex()
        for id in clientsByName {
            guard let name = clientNames[id] else { continue }
            search.clientKeys[id] = search.internLowercased(name)
        }
        var listed: [Int64: [ProjectListing]] = [:]
        for id in projectsByName {
            guard let project = projects[id] else { continue }
            let projectName = projectNames[id] ?? project.name.lowercased()
            let name = search.internLowercased(projectName)
            // Clients were interned first, so joining the keys numbers graphemes as interning
            // the joined text would (internJoined interns it whole where the joint matters).
            var key = name
            if let clientID = project.clientID, let clientName = clientNames[clientID] {
                key = search.clientKeys[clientID].map { search.internJoined(lowercased: projectName, name, clientName, $0) }
                    ?? search.internLowercased(projectName + " " + clientName)
            }
            search.projectNameKeys[id] = name
            search.projectKeys[id] = key
            guard project.active, project.serverDeletedAt == nil else { continue }
            listed[project.workspaceID, default: []].append(ProjectListing(id: id, clientID: project.clientID, key: key))
        }
        listedProjects = listed
        self.search = search
    }

    private mutating func rebuildEntryIndex() {
        var points: [Int64: [EntryTimeline.Point]] = [:]
        var running: [Int64] = []
        for (id, entry) in entries {
            points[entry.workspaceID, default: []].append(EntryTimeline.Point(start: entry.start, id: id))
            if entry.isRunning { running.append(id) }
        }
        timelines = points.mapValues(EntryTimeline.init(points:))
        runningEntryIDs = running.sorted()
    }
}

extension Catalog {
    /// A project row of a workspace's projects pane, before the client narrowing.
    struct ProjectListing: Sendable, Equatable {
        var id: Int64
        var clientID: Int64?
        /// What the `/` filter matches (``SearchIndex/projectKeys``), kept here to save a look-up.
        var key: [Int32]
    }
}
