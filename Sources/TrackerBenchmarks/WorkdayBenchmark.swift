import Foundation
import TogglAPI
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerRuntime

/// The requests one user's day costs, counted by the sandbox per quota bucket.
public struct RequestTally: Sendable, Equatable, Codable {
    public var total: Int
    /// Requests per bucket (`user`, `organization:<id>`), refused ones included.
    public var byBucket: [String: Int]
    /// Requests answered 402 because their bucket was used up (the hour's quota).
    public var refusedForQuota: Int
    /// Other answers outside 2xx, a 402 for a paid plan's feature included.
    public var failed: Int
    /// Every request answered outside 2xx, in order: `status METHOD path (bucket) at +minutes`,
    /// a quota refusal marked `quota`.
    public var refused: [String]
    /// The most requests each bucket spent within one hour (sliding, as Toggl counts), quota
    /// refusals left out (they are not counted against the bucket).
    public var busiestHour: [String: Int]

    /// Tallies `log` under `quota`: a 402 is a quota refusal when its bucket had spent its hourly
    /// limit within the hour before; else Toggl refused what was asked (e.g. billable on Free).
    init(_ log: [RequestLogEntry], quota: QuotaSettings) {
        let limiter = QuotaLimiter(settings: quota)
        let window = TimeInterval(quota.windowSeconds)
        var spent: [String: [Date]] = [:]
        var quotaRefusals = Set<Int>()
        for (index, entry) in log.enumerated() {
            let bucket = entry.bucket ?? "none"
            let recent = spent[bucket, default: []].filter { entry.at.timeIntervalSince($0) < window }
            if entry.status == 402, let limit = Self.limit(of: bucket, limiter), recent.count >= limit {
                quotaRefusals.insert(index)
            } else {
                spent[bucket, default: []].append(entry.at)
            }
        }
        total = log.count
        byBucket = log.reduce(into: [:]) { $0[$1.bucket ?? "none", default: 0] += 1 }
        refusedForQuota = quotaRefusals.count
        failed = log.indices.filter { !quotaRefusals.contains($0) && !(200..<300).contains(log[$0].status) }.count
        let start = log.first?.at ?? Date(timeIntervalSince1970: 0)
        refused = log.indices.filter { !(200..<300).contains(log[$0].status) }.map { index in
            let entry = log[index]
            return "\(entry.status)\(quotaRefusals.contains(index) ? " quota" : "") \(entry.method) \(entry.path) "
                + "(\(entry.bucket ?? "none")) at +\(Int(entry.at.timeIntervalSince(start) / 60)) min"
        }
        busiestHour = spent.mapValues { times in
            var most = 0, first = 0
            for (index, time) in times.enumerated() {
                while time.timeIntervalSince(times[first]) >= window { first += 1 }
                most = max(most, index - first + 1)
            }
            return most
        }
    }

    /// The hourly limit of a bucket named as the request log names it.
    static func limit(of bucket: String, _ limiter: QuotaLimiter) -> Int? {
        if bucket == "user" { return limiter.limit(for: .user(0)) }
        guard bucket.hasPrefix("organization:"), let id = Int64(bucket.dropFirst("organization:".count)) else { return nil }
        return limiter.limit(for: .organization(userID: 0, organizationID: id))
    }
}

/// A scripted eight-hour workday against the sandbox on its virtual clock, by toggl-tui (keys
/// into its ``AppDriver``) and by a naive client for comparison.
public struct WorkdayResult: Sendable, Equatable, Codable {
    public var hours: Int
    public var app: RequestTally
    public var naive: RequestTally
    /// What the app's user did and the app sent.
    public var starts: Int
    public var stops: Int
    public var edits: Int
    public var workspaceSwitches: Int
    /// Syncs: the one at launch, the manual ones and the background ones (`sync_interval`).
    public var syncs: Int
    /// One request per write, per sync (and the preferences read with the first) and per read
    /// of older days (a week fetched, the `since` check of held older weeks, a report).
    public var budget: Int
    /// The same budget per bucket: `/me…` reads from the user's, writes and reports from their
    /// workspace's organization.
    public var bucketBudgets: [String: Int]
    /// Each bucket's hourly limit on the day's plans.
    public var hourlyLimits: [String: Int]

    /// Whether the day kept every budget: nothing refused or failed, no bucket above its own
    /// budget, and no bucket's busiest hour above its hourly limit.
    public var keptEveryBudget: Bool {
        app.refusedForQuota == 0 && app.failed == 0 && app.total <= budget
            && app.byBucket.allSatisfy { $0.value <= bucketBudgets[$0.key, default: 0] }
            && app.busiestHour.allSatisfy { $0.value <= hourlyLimits[$0.key, default: 0] }
    }
}

/// When things happen in the day, in minutes after it starts.
struct WorkdayPlan {
    enum Action: Equatable { case start(Int), stop, edit, switchWorkspace, sync }

    let minutes = 8 * 60

    /// 20 timers (each started at :01 of a 24-minute slot and stopped at :20), 5 edits, 3
    /// workspace switches and 10 manual syncs, never two at the same minute.
    func action(at minute: Int) -> Action? {
        let slot = minute / 24
        switch minute % 24 {
        case 1 where slot < 20: return .start(slot)
        case 20 where slot < 20: return .stop
        case 22 where minute % 48 == 22: return .sync
        case 22 where minute % 96 == 46: return .edit
        case 23 where [95, 239, 383].contains(minute): return .switchWorkspace
        default: return nil
        }
    }
}

enum WorkdayBenchmark {
    static func run(account: SyntheticAccount) async throws -> WorkdayResult {
        let plan = WorkdayPlan()
        let sandbox = Sandbox(world: account.world, clock: .frozen(at: account.now), quota: account.quotaSettings,
                              settings: SandboxSettings(demoTimeZone: account.timeZone.foundationTimeZone))
        let server = SandboxServer(sandbox: sandbox)
        let url = try await server.start(port: 0)
        do {
            let configuration = APIConfiguration(credentials: .apiToken(SyntheticAccount.apiToken), trackURL: url,
                                                 timeoutSeconds: 30, retryPolicy: .never)
            let app = try await runApp(plan: plan, account: account, sandbox: sandbox, configuration: configuration)
            // (The naive client's day starts afresh on the same world.)
            sandbox.reset(to: account.world)
            sandbox.setClock(.frozen(at: account.now))
            let naive = await runNaive(plan: plan, account: account, sandbox: sandbox, configuration: configuration)
            await server.stop()
            var result = app
            result.naive = naive
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    // MARK: toggl-tui

    private static func runApp(plan: WorkdayPlan, account: SyntheticAccount, sandbox: Sandbox,
                               configuration: APIConfiguration) async throws -> WorkdayResult {
        let api = TogglAPIClient(configuration: configuration)
        var state = AppState(settings: AppSettings(systemTimeZone: account.timeZone), now: account.now)
        state.screenRows = 40
        let driver = AppDriver(state: state, performer: TogglEffectPerformer(api: api))
        // Writes go through an outbox as in the app (in memory: the journal's fsyncs are not what is counted here).
        driver.outbox = Outbox(api: api, journal: nil, now: { account.now }, post: driver.inbox)
        var now = account.now
        driver.send(.resized(columns: 120, rows: 40))
        driver.send(.tick(now))
        driver.send(.launched)
        await driver.settle()
        var switches = 0

        func press(_ keys: [KeyEvent]) async {
            for key in keys { driver.send(.key(key)) }
            await driver.settle()
        }

        for minute in 1...plan.minutes {
            now = now.addingTimeInterval(60)
            sandbox.advanceClock(by: 60)
            driver.send(.tick(now))
            switch plan.action(at: minute) {
            case .start(let slot)?:
                await press([.character("3"), .character("g")])
                let rows = driver.state.projectRows.count
                await press(Array(repeating: .character("j"), count: rows > 0 ? slot % min(rows, 7) : 0) + [KeyEvent(.enter)])
            case .stop?:
                await press([.character("x")])
            case .edit?:
                await press([.character("5"), .character("g")])
                if let index = driver.state.dayEntries.firstIndex(where: { !$0.isRunning && $0.id > 0 }) {
                    await press(Array(repeating: .character("j"), count: index) + [.character("e")])
                    for character in " ✓" { driver.send(.key(.character(character))) }
                    await press([.ctrl("s")])
                }
            case .switchWorkspace?:
                await press([.character("1"), .character("g")])
                let rows = driver.state.workspaceRows
                if let current = rows.firstIndex(where: { $0.id == driver.state.workspaceID }), rows.count > 1 {
                    await press(Array(repeating: .character("j"), count: (current + 1) % rows.count) + [KeyEvent(.enter)])
                    switches += 1
                }
            case .sync?:
                await press([.character("r")])
            case nil:
                break
            }
            await driver.settle()
        }

        var starts = 0, stops = 0, edits = 0, syncs = 0
        var budgets: [String: Int] = [:]
        func organization(of workspace: Int64) -> String {
            account.world.workspaces[workspace].map { "organization:\($0.organizationID)" } ?? "none"
        }
        for effect in driver.effectLog {
            switch effect {
            case .startEntry(_, let workspace, _): starts += 1; budgets[organization(of: workspace), default: 0] += 1
            case .stopEntry(_, let workspace, _, _): stops += 1; budgets[organization(of: workspace), default: 0] += 1
            case .updateEntry(_, let workspace, _, _): edits += 1; budgets[organization(of: workspace), default: 0] += 1
            case .createEntry(_, let workspace, _), .deleteEntry(_, let workspace, _), .createClient(_, let workspace, _),
                 .createProject(_, let workspace, _):
                budgets[organization(of: workspace), default: 0] += 1
            case .loadBootstrap(_, let withPreferences): syncs += 1; budgets["user", default: 0] += withPreferences ? 2 : 1
            case .fetchEntries, .fetchChangedEntries: budgets["user", default: 0] += 1
            case .fetchReportedEntries(_, _, let workspaces, _, _):
                for workspace in workspaces { budgets[organization(of: workspace), default: 0] += 1 }
            case .loadStoredEntries, .discardFailed, .quit, .remind: break
            }
        }
        let limiter = QuotaLimiter(settings: account.quotaSettings)
        let tally = RequestTally(sandbox.requestLog, quota: account.quotaSettings)
        var limits: [String: Int] = [:]
        for bucket in Set(budgets.keys).union(tally.byBucket.keys) { limits[bucket] = RequestTally.limit(of: bucket, limiter) ?? 0 }
        return WorkdayResult(hours: plan.minutes / 60, app: tally, naive: RequestTally([], quota: account.quotaSettings),
                             starts: starts, stops: stops, edits: edits, workspaceSwitches: switches, syncs: syncs,
                             budget: budgets.values.reduce(0, +), bucketBudgets: budgets, hourlyLimits: limits)
    }

    // MARK: A naive client

    /// What a client that polls does with the same day: `GET /me/time_entries/current` every
    /// minute; after each write, `GET /me/time_entries` and the workspace's projects again; at
    /// each sync and workspace switch, `/me?with_related_data=true` (sync only) and the
    /// workspace's projects, clients and tags. Refused requests are counted, not retried.
    private static func runNaive(plan: WorkdayPlan, account: SyntheticAccount, sandbox: Sandbox,
                                 configuration: APIConfiguration) async -> RequestTally {
        let api = TogglAPIClient(configuration: configuration)
        var now = account.now
        let workspaces = account.workspaceIDs
        var workspaceIndex = 0
        var running: TimeEntry?
        var lastEntries: [TimeEntry] = []
        var workspace: Int64 { workspaces[workspaceIndex] }

        func lists() async {
            _ = try? await api.projects.list(in: workspace)
            _ = try? await api.clients.list(in: workspace)
            _ = try? await api.tags.list(in: workspace)
        }
        func afterWrite() async {
            if let entries = try? await api.timeEntries.list() { lastEntries = entries }
            _ = try? await api.projects.list(in: workspace)
        }

        _ = try? await api.me.get(withRelatedData: true)
        await lists()
        for minute in 1...plan.minutes {
            now = now.addingTimeInterval(60)
            sandbox.advanceClock(by: 60)
            if let current = try? await api.timeEntries.current() { running = current }
            switch plan.action(at: minute) {
            case .start(let slot)?:
                let projects = account.world.projects.filter { $0.workspaceID == workspace }
                let project = projects.isEmpty ? nil : projects[slot % projects.count].id
                running = try? await api.timeEntries.start(in: workspace, description: nil, projectID: project, start: now)
                await afterWrite()
            case .stop?:
                if let entry = running { _ = try? await api.timeEntries.stop(entry.id, in: entry.workspaceID) }
                running = nil
                await afterWrite()
            case .edit?:
                if let entry = lastEntries.first(where: { !$0.isRunning }) {
                    let payload = TimeEntryPayload(description: .set((entry.description ?? "") + " ✓"))
                    _ = try? await api.timeEntries.update(entry.id, in: entry.workspaceID, payload)
                }
                await afterWrite()
            case .switchWorkspace?:
                workspaceIndex = (workspaceIndex + 1) % workspaces.count
                await lists()
            case .sync?:
                _ = try? await api.me.get(withRelatedData: true)
                await lists()
            case nil:
                break
            }
        }
        return RequestTally(sandbox.requestLog, quota: account.quotaSettings)
    }
}
