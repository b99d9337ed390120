import Foundation
import TogglModels

/// Query and body parsing the entity routes share (workspaces, clients, projects, tasks, tags,
/// users, `/me` lists). A namespace, so its names cannot clash with other route groups' helpers.
enum EntityQuery {
    /// `since` as unix seconds, or nil when absent. Not a number → 400.
    static func since(_ context: RouteContext) throws -> Date? {
        guard let text = context.request.queryValue("since") else { return nil }
        guard let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            throw SandboxFailure.badRequest("Invalid since")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// A strict `true`/`false` query parameter; anything else is a 400 with `message`.
    static func strictFlag(_ context: RouteContext, _ name: String, invalid message: String) throws -> Bool? {
        guard let text = context.request.queryValue(name) else { return nil }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: throw SandboxFailure.badRequest(message)
        }
    }

    /// A tri-state `true`/`false`/`both` filter; nil for `both`, when absent, or unrecognised.
    static func activeFilter(_ context: RouteContext, _ name: String = "active") -> Bool? {
        switch context.request.queryValue(name)?.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: return nil
        }
    }

    /// A positive integer query parameter, or nil when absent or not a positive number.
    static func positiveInt(_ context: RouteContext, _ name: String) -> Int? {
        guard let text = context.request.queryValue(name), let value = Int(text), value > 0 else { return nil }
        return value
    }

    /// A comma-separated id list (`client_ids=1,2`, also repeated `client_ids=1&client_ids=2`),
    /// or nil when absent. A malformed id → 400 `Invalid <name>`.
    static func idList(_ context: RouteContext, _ name: String) throws -> [Int64]? {
        let values = context.request.query.filter { $0.name == name || $0.name == name + "[]" }.map(\.value)
        guard !values.isEmpty else { return nil }
        var ids: [Int64] = []
        for part in values.flatMap({ $0.split(separator: ",") }) {
            guard let id = Int64(part.trimmingCharacters(in: .whitespaces)) else {
                throw SandboxFailure.badRequest("Invalid \(name)")
            }
            ids.append(id)
        }
        return ids
    }

    /// The body decoded as `Value`; an empty body decodes as `{}` (for optional bodies).
    static func optionalBody<Value: Decodable>(_ context: RouteContext, _ type: Value.Type) throws -> Value {
        if context.request.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return try TogglJSON.makeDecoder().decode(Value.self, from: Data("{}".utf8))
        }
        return try context.body(Value.self)
    }

    /// A path id; a malformed one is a 400 with `message`.
    static func pathID(_ context: RouteContext, _ name: String, invalid message: String) throws -> Int64 {
        guard let text = context.parameters[name], let id = Int64(text) else {
            throw SandboxFailure.badRequest(message)
        }
        return id
    }

    /// Rows with `at >= since` (deleted ones included) when `since` is given, else the live
    /// rows only.
    static func sinceFilter<Row>(_ rows: [Row], since: Date?, at: (Row) -> Date, deleted: (Row) -> Bool) -> [Row] {
        if let since { return rows.filter { at($0) >= since } }
        return rows.filter { !deleted($0) }
    }

    /// The 1-based `page` of `rows`, `perPage` long.
    static func page<Row>(_ rows: [Row], page: Int, perPage: Int) -> [Row] {
        guard page >= 1, perPage >= 1 else { return [] }
        let start = SaturatingArithmetic.multiply(page - 1, perPage)
        guard start < rows.count else { return [] }
        return Array(rows[start..<(start + min(rows.count - start, perPage))])
    }

    /// The workspace named by `{workspace_id}`, if the caller belongs to it (403 otherwise).
    static func workspace(_ world: SandboxWorld, _ context: RouteContext) throws -> WorkspaceRecord {
        try world.accessibleWorkspace(try context.id("workspace_id"), by: context.userID)
    }

    /// Case-insensitive name order, ties by id.
    static func byName(_ lhs: String, _ lhsID: Int64, _ rhs: String, _ rhsID: Int64) -> Bool {
        let left = lhs.lowercased(), right = rhs.lowercased()
        return left == right ? lhsID < rhsID : left < right
    }

    /// Whether `name` contains `needle`, ignoring case.
    static func matches(_ name: String, _ needle: String?) -> Bool {
        guard let needle, !needle.isEmpty else { return true }
        return name.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// `name` trimmed of surrounding white space.
    static func trimmed(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
