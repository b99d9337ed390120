import Foundation
import TogglModels

/// The sandbox's own control API, under `/__sandbox/` (a prefix Toggl does not use), for tests and
/// the standalone `toggl-sandbox`. It needs no authentication, costs no quota, is never failed by
/// injected faults and is not logged. It is served only while ``SandboxSettings/adminAPI`` is on
/// (`toggl-tui --demo` turns it off: anyone on the machine could use it). JSON in and out,
/// snake_case keys; errors are JSON strings as in the Toggl API. Out-of-range quota, fault and
/// clock values are a 400 and change nothing.
///
/// | route | does |
/// |---|---|
/// | `GET /__sandbox/requests[?since_index=N]` | the request log: `[{"index", "method", "path", "query", "status", "bucket", "body", "at"}]` (status 0 = dropped) |
/// | `DELETE /__sandbox/requests` | empties the log (204) |
/// | `POST /__sandbox/reset[?empty=true]` | the demo account made at the sandbox's now (or an empty world); empties the log and the quota windows (204) |
/// | `POST /__sandbox/seed` | replaces the world with the `SandboxWorld` JSON in the body (204) |
/// | `GET /__sandbox/world` | the world as `SandboxWorld` JSON |
/// | `GET /__sandbox/clock` | `{"now", "frozen", "offset_seconds"}` |
/// | `POST /__sandbox/clock` | `{"freeze": Bool}`, `{"set": "<RFC 3339>"}`, `{"advance_seconds": N}` (applied in that order); answers as GET |
/// | `GET`/`PUT /__sandbox/quota` | ``QuotaSettings`` JSON; PUT answers the new settings, counted requests are kept |
/// | `POST /__sandbox/quota/reset` | forgets counted requests (204) |
/// | `GET`/`PUT /__sandbox/faults` | ``SandboxFaults`` JSON; PUT restarts the failure dice from the seed |
public enum AdminRoutes {
    /// The prefix of every admin route.
    public static let prefix = SandboxEngineState.adminPrefix

    static func handle(_ request: SandboxRequest, state: inout SandboxEngineState, realNow: Date) -> SandboxResponse {
        let route = String(request.path.dropFirst(prefix.count))
        do {
            switch (request.method, route) {
            case ("GET", "/requests"):
                let since = request.queryValue("since_index").flatMap(Int.init) ?? 0
                let first = max(since, state.logStartIndex)
                let entries = state.log.dropFirst(first - state.logStartIndex).enumerated().map { offset, entry in
                    AdminLogEntry(index: first + offset, entry: entry)
                }
                return .json(entries)
            case ("DELETE", "/requests"):
                state.clearLog()
                return .empty(204)
            case ("POST", "/reset"):
                let now = state.clock.now(real: realNow)
                let world = request.queryValue("empty") == "true"
                    ? SandboxWorld() : DemoAccount.makeWorld(now: now, timeZone: state.settings.demoTimeZone)
                state.replaceWorld(world)
                state.clearLog()
                state.limiter.reset()
                return .empty(204)
            case ("POST", "/seed"):
                state.replaceWorld(try decode(SandboxWorld.self, from: request.body))
                return .empty(204)
            case ("GET", "/world"):
                return .json(state.world)
            case ("GET", "/clock"):
                return .json(ClockState(state.clock, realNow: realNow))
            case ("POST", "/clock"):
                let change = try decode(ClockChange.self, from: request.body)
                var clock = state.clock
                try apply(change, to: &clock, realNow: realNow)
                state.clock = clock
                return .json(ClockState(state.clock, realNow: realNow))
            case ("GET", "/quota"):
                return .json(AdminQuotaSettings(state.limiter.settings))
            case ("PUT", "/quota"):
                let settings = try decode(AdminQuotaSettings.self, from: request.body).settings
                if let problem = settings.problem { throw SandboxFailure.badRequest(problem) }
                state.limiter.settings = settings
                return .json(AdminQuotaSettings(state.limiter.settings))
            case ("POST", "/quota/reset"):
                state.limiter.reset()
                return .empty(204)
            case ("GET", "/faults"):
                return .json(state.faults)
            case ("PUT", "/faults"):
                state.setFaults(try decode(SandboxFaults.self, from: request.body))
                return .json(state.faults)
            default:
                return .error(404, "No sandbox admin route \(request.method) \(request.path)")
            }
        } catch let failure as SandboxFailure {
            return failure.response
        } catch {
            return .error(400, "\(error)")
        }
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from body: Data) throws -> Value {
        do {
            return try TogglJSON.makeDecoder().decode(Value.self, from: body)
        } catch {
            throw SandboxFailure.badRequest("Invalid \(Value.self) JSON: \(error)")
        }
    }

    /// Applies a clock change; the clock must end within ``SandboxClock/validRange``, else 400.
    private static func apply(_ change: ClockChange, to clock: inout SandboxClock, realNow: Date) throws {
        let outOfRange = SandboxFailure.badRequest(
            "The clock must stay between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z")
        if let seconds = change.advanceSeconds, !seconds.isFinite || abs(seconds) > SandboxClock.maximumAdvanceSeconds {
            throw outOfRange
        }
        if let date = change.set, !SandboxClock.validRange.contains(date) { throw outOfRange }
        if let freeze = change.freeze {
            let now = clock.now(real: realNow)
            clock = freeze ? .frozen(at: now) : SandboxClock(offsetSeconds: now.timeIntervalSince(realNow))
        }
        if let date = change.set {
            if clock.frozenAt != nil {
                clock.frozenAt = date
            } else {
                clock.offsetSeconds = date.timeIntervalSince(realNow)
            }
        }
        if let seconds = change.advanceSeconds {
            clock.advance(by: seconds)
        }
        guard clock.offsetSeconds.isFinite, SandboxClock.validRange.contains(clock.now(real: realNow)) else {
            throw outOfRange
        }
    }
}

/// ``QuotaSettings`` as the admin API spells it: `organization_limits` is an object keyed by the
/// organization id (`{"123": 240}`) rather than the `[id, limit, …]` array `JSONEncoder` makes of
/// an `Int64`-keyed dictionary (that form is accepted too). Absent keys keep their defaults.
struct AdminQuotaSettings: Codable {
    var settings: QuotaSettings

    init(_ settings: QuotaSettings) {
        self.settings = settings
    }

    enum CodingKeys: String, CodingKey {
        case userLimit = "user_limit", organizationLimit = "organization_limit"
        case organizationLimits = "organization_limits", windowSeconds = "window_seconds"
        case burstPerSecond = "burst_per_second"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        settings = QuotaSettings()
        settings.userLimit = try container.decodeIfPresent(Int.self, forKey: .userLimit) ?? settings.userLimit
        settings.organizationLimit = try container.decodeIfPresent(Int.self, forKey: .organizationLimit)
            ?? settings.organizationLimit
        settings.windowSeconds = try container.decodeIfPresent(Int.self, forKey: .windowSeconds) ?? settings.windowSeconds
        settings.burstPerSecond = try container.decodeIfPresent(Int.self, forKey: .burstPerSecond)
        if let limits = try? container.decodeIfPresent([String: Int].self, forKey: .organizationLimits) {
            settings.organizationLimits = [:]
            for (key, limit) in limits {
                guard let id = Int64(key) else {
                    throw DecodingError.dataCorruptedError(forKey: .organizationLimits, in: container,
                                                           debugDescription: "\"\(key)\" is not an organization id")
                }
                settings.organizationLimits[id] = limit
            }
        } else if let pairs = try container.decodeIfPresent([Int64].self, forKey: .organizationLimits) {
            guard pairs.count % 2 == 0 else {
                throw DecodingError.dataCorruptedError(forKey: .organizationLimits, in: container,
                                                       debugDescription: "expected [id, limit, …] pairs")
            }
            settings.organizationLimits = [:]
            for index in stride(from: 0, to: pairs.count, by: 2) {
                settings.organizationLimits[pairs[index]] = Int(clamping: pairs[index + 1])
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(settings.userLimit, forKey: .userLimit)
        try container.encode(settings.organizationLimit, forKey: .organizationLimit)
        try container.encode(Dictionary(uniqueKeysWithValues: settings.organizationLimits.map { (String($0.key), $0.value) }),
                             forKey: .organizationLimits)
        try container.encode(settings.windowSeconds, forKey: .windowSeconds)
        try container.encode(settings.burstPerSecond, forKey: .burstPerSecond)
    }
}

/// One request log entry as the admin API lists it.
struct AdminLogEntry: Encodable {
    var index: Int
    var entry: RequestLogEntry

    enum CodingKeys: String, CodingKey { case index, method, path, query, status, bucket, body, at }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(entry.method, forKey: .method)
        try container.encode(entry.path, forKey: .path)
        try container.encode(entry.query, forKey: .query)
        try container.encode(entry.status, forKey: .status)
        try container.encode(entry.bucket, forKey: .bucket)
        try container.encode(entry.body, forKey: .body)
        try container.encode(entry.at, forKey: .at)
    }
}

/// The body of `POST /__sandbox/clock`.
struct ClockChange: Decodable {
    var freeze: Bool?
    var set: Date?
    var advanceSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case freeze, set, advanceSeconds = "advance_seconds"
    }
}

/// The answer of `GET /__sandbox/clock`.
struct ClockState: Encodable {
    var now: Date
    var frozen: Bool
    var offsetSeconds: Double

    init(_ clock: SandboxClock, realNow: Date) {
        now = clock.now(real: realNow)
        frozen = clock.frozenAt != nil
        offsetSeconds = clock.offsetSeconds
    }

    enum CodingKeys: String, CodingKey {
        case now, frozen, offsetSeconds = "offset_seconds"
    }
}
