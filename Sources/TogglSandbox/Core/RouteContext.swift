import Foundation
import TogglModels

/// What a route handler gets besides the world: the request, the path parameters, who is asking
/// and the sandbox's current time.
public struct RouteContext: Sendable {
    public var request: SandboxRequest
    /// Path parameters by the names in the route pattern (`{workspace_id}` → `workspace_id`).
    public var parameters: [String: String]
    /// The authenticated user's id.
    public var userID: Int64
    /// The sandbox clock's time when the request arrived.
    public var now: Date
    /// Deliberate departures from Toggl's behaviour (``SandboxSettings/quirks``).
    public var quirks: SandboxQuirks

    public init(request: SandboxRequest, parameters: [String: String], userID: Int64, now: Date,
                quirks: SandboxQuirks = .none) {
        self.request = request
        self.parameters = parameters
        self.userID = userID
        self.now = now
        self.quirks = quirks
    }

    /// A path parameter as a 64-bit id; a malformed id is Toggl's 400.
    public func id(_ name: String) throws -> Int64 {
        guard let text = parameters[name], let id = Int64(text) else {
            throw SandboxFailure.badRequest("Invalid \(name.replacingOccurrences(of: "_", with: " "))")
        }
        return id
    }

    /// A comma-separated list of ids in a path parameter (bulk routes).
    public func ids(_ name: String) throws -> [Int64] {
        guard let text = parameters[name] else { throw SandboxFailure.badRequest("Missing \(name)") }
        let ids = text.split(separator: ",").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
        guard !ids.isEmpty, ids.count == text.split(separator: ",").count else {
            throw SandboxFailure.badRequest("Invalid \(name.replacingOccurrences(of: "_", with: " "))")
        }
        return ids
    }

    /// A boolean query parameter (`true`/`false`), or nil when absent.
    public func flag(_ name: String) -> Bool? {
        request.queryValue(name).map { $0.lowercased() == "true" || $0 == "1" }
    }

    /// The body decoded as `Value`; an undecodable body is a 400 as Toggl answers it.
    public func body<Value: Decodable>(_ type: Value.Type) throws -> Value {
        do {
            return try TogglJSON.makeDecoder().decode(Value.self, from: request.body)
        } catch {
            throw SandboxFailure.badRequest("JSON is not valid")
        }
    }
}
