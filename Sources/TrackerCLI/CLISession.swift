import Foundation
import TrackerStatus
import TogglAPI
import TogglModels
import TrackerCore
import TrackerStore

/// What one run of a subcommand knows: the context, the account data loaded so far (from the
/// local store when there is one, else one `GET /me?with_related_data=true`), and helpers to
/// resolve names and print. Lives for one command; not shared between tasks.
public final class CLISession {
    /// Where the data and the output come from.
    public let context: CLIContext
    /// The options every command takes.
    public let global: GlobalOptions
    /// The catalog, once loaded.
    public private(set) var catalog: CatalogSnapshot?
    /// Whether ``catalog`` came from Toggl during this run (not from the store).
    public private(set) var isFresh = false
    /// Recent entries (about the last 9 days) from the bootstrap, when one was made.
    public private(set) var bootstrapEntries: [TimeEntry]?

    /// Whether `--json` prints secrets (`--show-secrets`); otherwise they print as `"(hidden)"`.
    public var showSecrets = false
    /// Whether the command asked for Toggl's copy even when the store is fresh (`--refresh`).
    public var refreshRequested = false
    /// Whether standard error was told this run that Toggl could not be reached.
    var saidOffline = false

    private var layoutLoaded = false
    /// The journal writer, when this run opened one.
    private(set) var journalWriter: JournalWriter?
    private var cachedLayout: StoreLayout?

    /// A session for one command.
    public init(context: CLIContext, global: GlobalOptions) {
        self.context = context
        self.global = global
    }

    // MARK: Time

    /// The current moment.
    public var now: Date { context.clock() }

    /// The user's time zone: the config's `tz`, else the Toggl profile's (from the store), else
    /// the system's.
    public var timeZone: Zone {
        if let zone = context.timeZoneOverride { return zone }
        if let name = catalog?.profile?.timezone, let zone = Zone(identifier: name) { return zone }
        return context.systemTimeZone
    }

    /// How times are written (Toggl's preferences when the store has them, else 24-hour).
    public var timeFormat: TimeFormat {
        guard let preferences = catalog?.preferences else { return TimeFormat() }
        return TimeFormat(togglTimeOfDay: preferences.timeOfDayFormat, togglDate: preferences.dateFormat)
    }

    /// Reads typed times and durations now, in the user's zone.
    public var parser: TimeParser { TimeParser(now: now, timeZone: timeZone) }

    /// Formats entries for tables.
    public var presenter: EntryPresenter {
        EntryPresenter(catalog: catalog ?? CatalogSnapshot(), timeZone: timeZone, format: timeFormat, now: now)
    }

    /// Whether Toggl refused a report for the workspace's plan (402 without a quota) or the
    /// user's role there (403), rather than for a passing reason.
    static func meansNoReports(_ error: APIError) -> Bool {
        switch error {
        case .premiumRequired, .forbidden: true
        default: false
        }
    }

    // MARK: Output

    /// Writes a line (or several) to the output.
    public func say(_ text: String) {
        context.output.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes a confirmation unless `--quiet`.
    public func report(_ text: String) {
        if !global.quiet { say(text) }
    }

    /// Writes `value` as JSON, secrets as `"(hidden)"` unless ``showSecrets``.
    public func printJSON(_ value: some Encodable) throws {
        context.output.write(try SecretOutput.printing(secrets: showSecrets) { try JSONOutput.encode(value) })
    }

    // MARK: Toggl and the store

    /// The Toggl client.
    /// - Throws: ``CLIError/noCredentials``.
    public func api() throws -> TogglAPIClient {
        guard let api = context.api else { throw CLIError.noCredentials }
        return api
    }

    /// Where writes go: the context's writer; else, once the user has a store, their journal
    /// (shared with the terminal UI; earlier unsent writes go first); else straight to Toggl.
    public func writer() async throws -> any CLIWriter {
        if let writer = context.writer ?? journalWriter { return writer }
        let mirror = StoreMirror(layout: layout(), clock: context.clock)
        guard let layout = layout() else { return APIWriter(api: try api(), mirror: mirror) }
        let writer = try await JournalWriter.open(api: try api(), layout: layout, mirror: mirror, clock: context.clock)
        journalWriter = writer
        return writer
    }

    /// The user's store, found through the token → user mapping without a request; nil when
    /// this token was never seen.
    public func layout() -> StoreLayout? {
        if layoutLoaded { return cachedLayout }
        layoutLoaded = true
        guard let token = context.token else { return nil }
        let accounts = AccountMap(stateDirectory: context.stateDirectory)
        guard let userID = try? accounts.lookUp(token).userID else { return nil }
        cachedLayout = StoreLayout(cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory, userID: userID)
        return cachedLayout
    }

    /// The catalog in the store, if there is one (no request).
    public func storedCatalog() -> CatalogSnapshot? {
        layout()?.catalog.load(now: now).payload
    }

    /// The catalog if it is at hand without a request: already loaded, or in the store.
    @discardableResult
    public func storedCatalogIfAny() -> CatalogSnapshot? {
        if catalog == nil { catalog = storedCatalog() }
        return catalog
    }

    /// The catalog: from the store when there is one (no request), else from one bootstrap.
    @discardableResult
    public func loadCatalog() async throws -> CatalogSnapshot {
        if let catalog { return catalog }
        if let stored = storedCatalog() {
            catalog = stored
            return stored
        }
        return try await bootstrap()
    }

    /// One `GET /me?with_related_data=true`: the profile, every workspace, client, project, task
    /// and tag, and the last ~9 days of entries. Saves them as the local store (and remembers
    /// the token → user mapping) so the next command needs no request to resolve names.
    @discardableResult
    public func bootstrap() async throws -> CatalogSnapshot {
        let me = try await api().me.get(withRelatedData: true)
        var snapshot = CatalogSnapshot(me: me, preferences: catalog?.preferences)
        if snapshot.preferences == nil { snapshot.preferences = storedCatalog()?.preferences }
        catalog = snapshot
        isFresh = true
        bootstrapEntries = (me.timeEntries ?? []).filter { !$0.isDeleted }
        saveStore(me: me, catalog: snapshot, entries: bootstrapEntries ?? [])
        return snapshot
    }

    /// Writes the store after a bootstrap (best effort: the command's own work is done either
    /// way). Entries older than the bootstrap's window are kept.
    private func saveStore(me: TogglModels.Me, catalog: CatalogSnapshot, entries: [TimeEntry]) {
        guard let token = context.token else { return }
        let layout = StoreLayout(cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory, userID: me.id)
        let moment = now
        do {
            try layout.createDirectories()
            try layout.accounts.remember(token, userID: me.id, email: me.email, now: moment)
            try layout.lock.withExclusive {
                try layout.catalog.save(catalog, now: moment)
                let oldest = entries.map(\.start).min() ?? moment
                let kept = (layout.recentEntries.load(now: moment).payload?.entries ?? []).filter { $0.start < oldest }
                try layout.recentEntries.save(EntriesSnapshot(entries: kept + entries), now: moment)
                var sync = layout.sync.load(now: moment).payload ?? SyncState()
                sync.lastBootstrap = moment
                try layout.sync.save(sync, now: moment)
            }
            cachedLayout = layout
            layoutLoaded = true
        } catch {
            notify(CLINotice(.warning, "note: could not save the local store: \(error)"))
        }
    }

    /// Resolves a name against the catalog; when the catalog came from the store and the name
    /// is not in it, bootstraps once (the store may be behind) and tries again.
    public func resolve<Item>(_ query: String, _ resolver: (CatalogSnapshot) -> NameResolver<Item>) async throws -> Item {
        let current = try await loadCatalog()
        do {
            return try resolver(current).resolve(query)
        } catch let error as CLIError where error.code == .notFound && !isFresh && context.api != nil {
            return try resolver(try await bootstrap()).resolve(query)
        }
    }

    // MARK: Names

    /// The workspace `query` names, else the config's `default_wid`, else the profile's default,
    /// else the first.
    public func workspace(_ query: String?) async throws -> Workspace {
        let catalog = try await loadCatalog()
        if let query {
            return try await resolve(query) { catalog in
                NameResolver(kind: "workspace", candidates: catalog.workspaces.map { .init(id: $0.id, name: $0.name, item: $0) })
            }
        }
        let preferred = context.defaultWorkspaceID ?? catalog.profile?.defaultWorkspaceID
        if let preferred, let found = catalog.workspaces.first(where: { $0.id == preferred }) { return found }
        guard let first = catalog.workspaces.first else { throw CLIError.notFound("This account has no workspace.") }
        return first
    }

    /// The project `query` names in a workspace (archived ones included).
    public func project(_ query: String, in workspaceID: Int64) async throws -> Project {
        try await resolve(query) { catalog in
            let clients = Dictionary(catalog.clients.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return NameResolver(kind: "project", candidates: catalog.projects.filter { $0.workspaceID == workspaceID }.map {
                .init(id: $0.id, name: $0.name, detail: $0.clientID.flatMap { clients[$0] }, item: $0)
            })
        }
    }

    /// The id of the project `query` names, or nil when no query was given.
    public func projectID(_ query: String?, in workspaceID: Int64) async throws -> Int64? {
        guard let query else { return nil }
        return try await project(query, in: workspaceID).id
    }

    /// The id of the client `query` names, or nil when no query was given.
    public func clientID(_ query: String?, in workspaceID: Int64) async throws -> Int64? {
        guard let query else { return nil }
        return try await client(query, in: workspaceID).id
    }

    /// The client `query` names in a workspace.
    public func client(_ query: String, in workspaceID: Int64) async throws -> Client {
        try await resolve(query) { catalog in
            NameResolver(kind: "client", candidates: catalog.clients.filter { $0.workspaceID == workspaceID }.map {
                .init(id: $0.id, name: $0.name, detail: $0.archived ? "archived" : nil, item: $0)
            })
        }
    }

    /// The task `query` names, in a project when one is given.
    public func task(_ query: String, projectID: Int64?, in workspaceID: Int64) async throws -> ProjectTask {
        try await resolve(query) { catalog in
            NameResolver(kind: "task", candidates: catalog.tasks.filter {
                $0.workspaceID == workspaceID && (projectID == nil || $0.projectID == projectID)
            }.map { task in
                .init(id: task.id, name: task.name, detail: catalog.projects.first { $0.id == task.projectID }?.name, item: task)
            })
        }
    }

    /// The tag `query` names in a workspace.
    public func tag(_ query: String, in workspaceID: Int64) async throws -> Tag {
        try await resolve(query) { catalog in
            NameResolver(kind: "tag", candidates: catalog.tags.filter { $0.workspaceID == workspaceID }.map {
                .init(id: $0.id, name: $0.name, item: $0)
            })
        }
    }

    /// Tag names as the workspace spells them (an unknown name is kept: Toggl creates it).
    public func tagNames(_ names: [String], in workspaceID: Int64) -> [String] {
        let known = (catalog?.tags ?? []).filter { $0.workspaceID == workspaceID }
        return names.map { name in known.first { $0.name.lowercased() == name.lowercased() }?.name ?? name }
    }

    // MARK: Entries

    /// The running entry: this machine's (a timer started offline included) while the store is
    /// fresh, else asked of Toggl (one request) with unsent changes laid over; when Toggl cannot
    /// be reached, this machine's again (said on standard error).
    public func runningEntry() async throws -> TimeEntry? {
        let account = restoredAccount()
        if isStoreFresh, let account { return account.runningEntry }
        do {
            let remote = try await api().timeEntries.current()
            guard let account else { return remote }
            // Only an unsent start or stop here is newer than Toggl's answer; an older copy is not.
            if let local = account.runningEntry, local.id < 0 || (remote == nil && account.hasUnsentWrites(about: local.id)) {
                return local
            }
            guard let remote, account.hasUnsentWrites(about: remote.id) else { return remote }
            guard let mine = account.entries.first(where: { $0.id == remote.id }) else { return remote }
            return mine.isRunning ? mine : nil
        } catch where Self.meansOffline(error) && account != nil {
            noteOffline(error)
            return account?.runningEntry
        }
    }

    /// Entries starting in `start..<end`, with this machine's unsent changes laid over: from the
    /// store while it is fresh and holds the range (no request); else from Toggl — one `/me`
    /// bootstrap for the last week (which refreshes the store), one `GET /me/time_entries` with
    /// a date window further back, and what lies more than three months back, which Toggl does
    /// not list by date, from one Reports v3 detailed report per workspace (the organizations'
    /// quota; running entries are not in reports). When Toggl cannot be reached, from the store
    /// (said on standard error); a range the store does not hold is then an offline error.
    public func entries(from start: Date, to end: Date) async throws -> [TimeEntry] {
        if bootstrapEntries == nil, isStoreFresh, let local = localEntries(from: start, to: end) { return local }
        do {
            return withLocalChanges(try await remoteEntries(from: start, to: end), from: start, to: end)
        } catch where Self.meansOffline(error) {
            guard let local = localEntries(from: start, to: end) else {
                let day = timeFormat.day(LocalDay.containing(start, in: timeZone))
                throw CLIError("\(Self.sentence((error as? APIError)?.description ?? "\(error)")) This machine holds no copy of the entries from \(day) on; "
                    + "they are shown once Toggl can be reached.", code: .offline)
            }
            noteOffline(error)
            return local
        }
    }

    /// Entries starting in `start..<end` as Toggl has them (see ``entries(from:to:)``).
    private func remoteEntries(from start: Date, to end: Date) async throws -> [TimeEntry] {
        let recentFrom = now.addingTimeInterval(-Self.syncedDays * 86_400)
        if bootstrapEntries == nil, start >= recentFrom, context.api != nil { try await bootstrap() }
        if let recent = bootstrapEntries, start >= recentFrom {
            return recent.filter { $0.start >= start && $0.start < end }
        }
        let listable = TimeEntry.oldestListableStart(now: now)
        var entries: [TimeEntry] = []
        if start < listable {
            entries += try await reportedEntries(in: DateInterval(start: start, end: min(end, listable)))
        }
        if end > max(start, listable) {
            entries += try await api().timeEntries.list(startDate: max(start, listable), endDate: end).filter { !$0.isDeleted }
        }
        return entries
    }

    /// Longest span one report is asked for: Toggl's reports cover at most a year.
    static let reportSpan: TimeInterval = 364 * 86_400

    /// The user's entries starting in `window`, from Reports v3: a detailed report per workspace
    /// and year. A workspace whose reports Toggl refuses (plan, role) is named on standard error
    /// and left out; the others still count.
    func reportedEntries(in window: DateInterval) async throws -> [TimeEntry] {
        let catalog = try await loadCatalog()
        guard let userID = catalog.profile?.id else { throw CLIError.notFound("Toggl did not say who this account is.") }
        let profileZone = catalog.profile?.timezone.flatMap(Zone.init(identifier:))
        var entries: [TimeEntry] = []
        var refused: Set<Int64> = []
        var from = window.start
        while from < window.end {
            let span = DateInterval(start: from, end: min(window.end, from.addingTimeInterval(Self.reportSpan)))
            for workspace in catalog.workspaces where !refused.contains(workspace.id) {
                do {
                    entries += try await api().reports.timeEntries(of: userID, in: workspace.id, startingIn: span,
                                                                   profileTimeZone: profileZone)
                } catch let error as APIError where Self.meansNoReports(error) {
                    refused.insert(workspace.id)
                    notify(CLINotice(.warning, "Toggl gives no reports of \(workspace.name) (\(error.description)); "
                        + "its entries older than three months are left out."))
                }
            }
            from = span.end
        }
        return entries
    }

    /// Recent entries, newest first: this machine's when there is a store (no request; entries
    /// made offline and not yet sent included), else this run's bootstrap.
    public func recentEntries() async throws -> [TimeEntry] {
        if bootstrapEntries == nil, let account = restoredAccount() {
            return account.entries.sorted { $0.start > $1.start }
        }
        if bootstrapEntries == nil { try await bootstrap() }
        return withLocalChanges(bootstrapEntries ?? [], from: .distantPast, to: .distantFuture).sorted { $0.start > $1.start }
    }

    /// One entry by id (an unsent entry's local id too): from this machine (no request) or Toggl.
    /// - Throws: ``CLIError`` (not found).
    public func entry(_ id: Int64) async throws -> TimeEntry {
        let account = restoredAccount()
        if let local = account?.entries.first(where: { $0.id == id }) { return local }
        if id < 0 {
            throw CLIError.notFound("No time entry \(EntryReference.text(id)) on this machine: it was sent since (ls shows its Toggl id) or dropped.")
        }
        let stored = layout()?.recentEntries.load(now: now).payload?.entries.first { $0.id == id }
        if let stored {
            // Held here but not in this machine's view: deleted here, not yet sent.
            guard account == nil else { throw CLIError.notFound("Time entry \(id) was deleted on this machine.") }
            return stored
        }
        if let found = bootstrapEntries?.first(where: { $0.id == id }) { return found }
        guard let fetched = try await api().timeEntries.get(id) else {
            throw CLIError.notFound("No time entry \(id).")
        }
        return fetched
    }

    /// Asks before a destructive change unless `yes`.
    /// - Throws: ``CLIError`` (usage) when not confirmed.
    public func confirm(_ question: String, yes: Bool) throws {
        if yes { return }
        guard context.confirm(question) else {
            throw CLIError.usage("Not confirmed; nothing was changed (add --yes to skip the question).")
        }
    }
}
