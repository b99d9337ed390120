import Foundation
import TogglModels

/// Everything the engine keeps, guarded by ``Sandbox``'s lock. The admin routes change it directly.
struct SandboxEngineState: Sendable {
    var world: SandboxWorld
    var clock: SandboxClock
    var limiter: QuotaLimiter
    private(set) var faults: SandboxFaults
    /// The failure dice, restarted from ``SandboxFaults/seed`` whenever the faults are set.
    var random: SeededRandom
    var router: SandboxRouter
    var settings: SandboxSettings
    /// The kept log entries; the first has index ``logStartIndex``.
    var log: [RequestLogEntry] = []
    var logStartIndex = 0
    /// Bumped whenever the world changes, so the state file knows when to save.
    var revision: UInt64 = 0
    /// Counts answered API requests, for deterministic `X-Toggl-Request-Id`s.
    var requestCount: UInt64 = 0

    init(world: SandboxWorld, clock: SandboxClock, quota: QuotaSettings, faults: SandboxFaults,
         routes: [SandboxRoute], settings: SandboxSettings) {
        self.world = world
        self.clock = clock
        self.limiter = QuotaLimiter(settings: quota)
        self.faults = faults
        self.random = SeededRandom(seed: faults.seed)
        self.router = SandboxRouter(routes: routes)
        self.settings = settings
    }

    /// The index the next log entry will get.
    var nextLogIndex: Int { logStartIndex + log.count }

    mutating func append(_ entry: RequestLogEntry) {
        log.append(entry)
        let excess = log.count - max(settings.requestLogLimit, 1)
        if excess > 0 {
            log.removeFirst(excess)
            logStartIndex += excess
        }
    }

    mutating func clearLog() {
        logStartIndex = nextLogIndex
        log = []
    }

    /// Sets the faults and restarts the dice from their seed, so a test sees the same failures
    /// every time it sets the same faults.
    mutating func setFaults(_ newFaults: SandboxFaults) {
        faults = newFaults
        random = SeededRandom(seed: newFaults.seed)
    }

    /// Replaces the world and marks it changed.
    mutating func replaceWorld(_ newWorld: SandboxWorld) {
        world = newWorld
        revision &+= 1
    }
}

// MARK: - Processing one API request

extension SandboxEngineState {
    /// The path prefix of the admin API, which Toggl does not use.
    static let adminPrefix = "/__sandbox"

    static func isAdmin(_ path: String) -> Bool {
        path == adminPrefix || path.hasPrefix(adminPrefix + "/")
    }

    static let writeMethods: Set<String> = ["POST", "PUT", "PATCH", "DELETE"]

    /// Answers one request: the admin API, or an API request in Toggl's order of checks.
    mutating func handle(_ request: SandboxRequest, realNow: Date) -> SandboxResponse {
        if settings.adminAPI, Self.isAdmin(request.path) {
            return AdminRoutes.handle(request, state: &self, realNow: realNow)
        }
        let now = clock.now(real: realNow)
        requestCount &+= 1
        var bucket: QuotaKey?
        var response = process(request, now: now, bucket: &bucket)
        if response.delivery != .dropConnection {
            decorate(&response, bucket: bucket, now: now)
        }
        append(RequestLogEntry(
            method: request.method, path: request.path, query: LogRedaction.query(request.query),
            status: response.delivery == .dropConnection ? 0 : response.status,
            bucket: bucket?.description, body: LogRedaction.body(request.body, path: request.path), at: now
        ))
        return response
    }

    private mutating func process(_ request: SandboxRequest, now: Date, bucket: inout QuotaKey?) -> SandboxResponse {
        if faults.isDown { return Self.dropped }

        // Authentication: missing or garbled → 401 empty; unknown → 403.
        guard let credentials = BasicCredentials(header: request.header("Authorization")) else {
            return .empty(401, headers: ["X-Authorization-Missing": "true"])
        }
        guard let user = credentials.user(in: world) else {
            return .error(403, "Incorrect username and/or password")
        }

        // Quota: every authenticated request is counted, 405s included.
        let key = Self.quotaKey(for: request.path, userID: user.id, world: world)
        bucket = key
        switch limiter.admit(key, at: now) {
        case .admitted:
            break
        case .exhausted(let resetsIn):
            return SandboxResponse(
                status: 402, headers: ["Content-Type": "text/plain; charset=utf-8"],
                body: Data(Self.hourlyLimitMessage(resetsIn: resetsIn).utf8)
            )
        case .burst:
            return SandboxResponse(status: 429, headers: ["Content-Type": "text/plain; charset=utf-8"],
                                   body: Data("Too Many Requests".utf8))
        }

        // `GET /me/quota` reads the limiter, which routes cannot see: the engine answers it.
        let answersQuota = request.method == "GET" && request.path == Self.meQuotaPath
        let matched = router.route(method: request.method, path: request.path)
        guard answersQuota || matched != nil else { return .empty(405) }

        // Injected failures, decided before anything changes.
        if faults.serverErrorRate > 0, random.unit() < faults.serverErrorRate {
            return random.next() % 2 == 0 ? .error(500, "Internal Server Error") : .error(503, "Service Unavailable")
        }
        if faults.dropConnectionRate > 0, random.unit() < faults.dropConnectionRate {
            return Self.dropped
        }

        if answersQuota { return .json(quotaRows(of: user.id, now: now)) }
        guard let (route, parameters) = matched else { return .empty(405) }

        // The handler works on a copy; the copy becomes the world only when it did not throw.
        var copy = world
        let context = RouteContext(request: request, parameters: parameters, userID: user.id, now: now,
                                   quirks: settings.quirks)
        var response: SandboxResponse
        do {
            response = try route.handler(&copy, context)
            world = copy
            if Self.writeMethods.contains(request.method) { revision &+= 1 }
        } catch let failure as SandboxFailure {
            response = failure.response
        } catch {
            response = .error(500, "Internal Server Error")
        }

        if faults.commitThenTimeout > 0, Self.writeMethods.contains(request.method) {
            faults.commitThenTimeout -= 1
            response.delivery = .withhold(seconds: SandboxFaults.clampedSeconds(faults.withholdSeconds))
        }
        return response
    }

    /// The path of `GET /me/quota`.
    static let meQuotaPath = SandboxRoute.Root.track.rawValue + "/me/quota"

    /// `GET /me/quota`: the user's own bucket (`organization_id: null`) and one per organization
    /// the user belongs to, as the quota headers would report them now.
    private mutating func quotaRows(of userID: Int64, now: Date) -> [Quota] {
        let keys = [QuotaKey.user(userID)] + world.organizations(of: userID).map {
            QuotaKey.organization(userID: userID, organizationID: $0.id)
        }
        return keys.map { key in
            let state = limiter.peek(key, at: now)
            let organizationID: Int64?
            if case .organization(_, let id) = key { organizationID = id } else { organizationID = nil }
            return Quota(organizationID: organizationID, remaining: max(0, state.remaining),
                         resetsInSecs: state.resetsInSeconds, total: limiter.limit(for: key))
        }
    }

    /// A connection closed without an answer (status 0 in the log).
    static let dropped = SandboxResponse(status: 0, delivery: .dropConnection)

    /// Toggl's 402 sentence for an exhausted hourly quota.
    static func hourlyLimitMessage(resetsIn seconds: Int) -> String {
        "You have hit your hourly limit for API calls. Your quota will reset in \(seconds) seconds."
    }

    /// Adds the headers every answer carries: quota state (when a bucket is known), request id and
    /// Toggl's server headers.
    private mutating func decorate(_ response: inout SandboxResponse, bucket: QuotaKey?, now: Date) {
        if let bucket {
            let state = limiter.peek(bucket, at: now)
            response.headers["X-Toggl-Quota-Remaining"] = String(max(0, state.remaining))
            response.headers["X-Toggl-Quota-Resets-In"] = String(state.resetsInSeconds)
        }
        response.headers["X-Toggl-Request-Id"] = Self.requestID(requestCount)
        response.headers["Server"] = "nginx"
        response.headers["Cache-Control"] = "no-cache, private, no-store, must-revalidate, max-stale=0, post-check=0, pre-check=0"
    }

    /// A UUID-shaped id made from a counter, so runs are reproducible.
    static func requestID(_ count: UInt64) -> String {
        let hex = String(count, radix: 16)
        return "5a4db0c5-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex
    }

    /// The bucket a request spends: the organization's for workspace (Track `/workspaces/{wid}…`,
    /// Reports `/workspace/{wid}…`) and organization (`/organizations/{oid}…`) routes, the user's
    /// own bucket for everything else. A workspace the world does not know costs the user bucket.
    static func quotaKey(for path: String, userID: Int64, world: SandboxWorld) -> QuotaKey {
        var below: ArraySlice<Substring>
        if path.hasPrefix(SandboxRoute.Root.track.rawValue + "/") {
            below = path.dropFirst(SandboxRoute.Root.track.rawValue.count).split(separator: "/")[...]
        } else if path.hasPrefix(SandboxRoute.Root.reports.rawValue + "/") {
            below = path.dropFirst(SandboxRoute.Root.reports.rawValue.count).split(separator: "/")[...]
        } else {
            return .user(userID)
        }
        guard let first = below.popFirst(), let idText = below.first, let id = Int64(idText) else {
            return .user(userID)
        }
        switch first {
        case "workspaces", "workspace":
            guard let workspace = world.workspaces[id] else { return .user(userID) }
            return .organization(userID: userID, organizationID: workspace.organizationID)
        case "organizations":
            return .organization(userID: userID, organizationID: id)
        default:
            return .user(userID)
        }
    }
}
