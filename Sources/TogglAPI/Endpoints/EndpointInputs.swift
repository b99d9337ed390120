import Foundation

/// Checks and spellings shared by the endpoint groups: the name a create call must carry, and how
/// dates and id lists go into a query string or a path.
enum EndpointInputs {
    /// `name` when it has a non-blank character; otherwise throws
    /// ``APIError/invalidRequest(_:)`` ("Client name is required") before anything is sent.
    static func requireName(_ name: String?, of entity: String) throws -> String {
        guard let name, !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.invalidRequest("\(entity) name is required")
        }
        return name
    }

    /// Throws like ``requireName(_:of:)`` when an update sets a name that is empty or only
    /// whitespace (Toggl would refuse it); a `nil` name (not sent) passes.
    static func rejectBlankName(_ name: String?, of entity: String) throws {
        if let name { _ = try requireName(name, of: entity) }
    }

    /// Whole unix seconds, as Toggl's `since` parameters expect.
    static func unixSeconds(_ date: Date) -> String {
        String(Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Ids joined with commas, for `client_ids=1,2` queries and `…/projects/1,2` paths.
    static func commaList(_ ids: [Int64]) -> String {
        ids.map(String.init).joined(separator: ",")
    }

    /// `"true"` / `"false"`.
    static func flag(_ value: Bool) -> String {
        value ? "true" : "false"
    }
}
