import Foundation
import TogglModels

/// `PATCH /workspaces/{wid}/time_entries/{ids}`: JSON Patch operations applied to each entry on its
/// own (no transaction across entries; one entry's operations apply all or nothing).
///
/// Paths: `/description`, `/project_id`, `/task_id`, `/billable`, `/start`, `/stop`, `/duration`
/// (`replace`/`add` set the value, `remove` clears it), and `/tags`, `/tag_ids` (`replace` sets
/// the list, `add` adds to it, `remove` removes the given ones or all when no value is given).
enum TimeEntryBulkPatch {
    /// Toggl takes at most this many ids per request.
    static let maximumIDs = 100

    static func apply(_ operations: [JSONPatchOperation], to ids: [Int64], in workspaceID: Int64, by userID: Int64,
                      world: inout SandboxWorld, now: Date) -> BulkEditResult {
        var success: [Int64] = []
        var failure: [BulkEditFailure] = []
        for id in ids {
            do {
                let entry = try world.ownTimeEntry(id, in: workspaceID, of: userID)
                let payload = try payload(for: operations, entry: entry, world: world)
                _ = try world.updateTimeEntry(id, in: workspaceID, by: userID, with: payload, now: now)
                success.append(id)
            } catch let failed as SandboxFailure {
                failure.append(BulkEditFailure(id: id, message: failed.message))
            } catch {
                failure.append(BulkEditFailure(id: id, message: "\(error)"))
            }
        }
        return BulkEditResult(success: success, failure: failure)
    }

    /// The update the operations amount to for `entry`.
    static func payload(for operations: [JSONPatchOperation], entry: TimeEntryRecord,
                        world: SandboxWorld) throws -> TimeEntryPayload {
        var payload = TimeEntryPayload()
        var tagNames: [String]?
        func currentNames() -> [String] {
            tagNames ?? entry.tagIDs.compactMap { id in world.tags[id].flatMap { $0.deletedAt == nil ? $0.name : nil } }
        }
        for operation in operations {
            let value = operation.op == .remove && !operation.path.hasPrefix("/tag") ? JSONValue.null : operation.value
            func invalid() -> SandboxFailure {
                SandboxFailure.badRequest("Invalid value for \(operation.path)")
            }
            switch operation.path {
            case "/description":
                switch value {
                case .string(let text)?: payload.description = .set(text)
                case .null?: payload.description = .clear
                default: throw invalid()
                }
            case "/project_id":
                payload.projectID = try idUpdate(value, orThrow: invalid())
            case "/task_id":
                payload.taskID = try idUpdate(value, orThrow: invalid())
            case "/billable":
                guard case .bool(let flag)? = value else { throw invalid() }
                payload.billable = flag
            case "/start":
                guard case .string(let text)? = value, let date = TogglTimestamp.parse(text) else { throw invalid() }
                payload.start = date
            case "/stop":
                switch value {
                case .string(let text)?:
                    guard let date = TogglTimestamp.parse(text) else { throw invalid() }
                    payload.stop = .set(date)
                case .null?: payload.stop = .clear
                default: throw invalid()
                }
            case "/duration":
                guard case .integer(let seconds)? = value else { throw invalid() }
                payload.duration = Int(seconds)
            case "/tags":
                let given: [String]
                switch value {
                case .array(let items)?:
                    given = try items.map { item in
                        guard case .string(let name) = item else { throw invalid() }
                        return name
                    }
                case .string(let name)?: given = [name]
                case nil where operation.op == .remove: given = currentNames()
                default: throw invalid()
                }
                tagNames = combine(currentNames(), given, operation.op)
            case "/tag_ids":
                let given: [String]
                switch value {
                case .array(let items)?:
                    given = try items.map { item in
                        guard case .integer(let id) = item else { throw invalid() }
                        return try liveTagName(id, in: entry.workspaceID, world: world)
                    }
                case .integer(let id)?: given = [try liveTagName(id, in: entry.workspaceID, world: world)]
                case nil where operation.op == .remove: given = currentNames()
                default: throw invalid()
                }
                tagNames = combine(currentNames(), given, operation.op)
            default:
                throw SandboxFailure.badRequest("Invalid path: \(operation.path)")
            }
        }
        if let tagNames {
            payload.tags = tagNames
            payload.tagIDs = []
        }
        return payload
    }

    private static func idUpdate(_ value: JSONValue?, orThrow failure: SandboxFailure) throws -> FieldUpdate<Int64> {
        switch value {
        case .integer(let id)?: return .set(id)
        case .null?: return .clear
        default: throw failure
        }
    }

    private static func liveTagName(_ id: Int64, in workspaceID: Int64, world: SandboxWorld) throws -> String {
        guard let tag = world.tags[id], tag.workspaceID == workspaceID, tag.deletedAt == nil else {
            throw SandboxFailure.badRequest("Tag with ID \(id) not found in workspace \(workspaceID)")
        }
        return tag.name
    }

    private static func combine(_ current: [String], _ given: [String], _ op: JSONPatchOperation.Operation) -> [String] {
        func same(_ a: String, _ b: String) -> Bool { a.caseInsensitiveCompare(b) == .orderedSame }
        switch op {
        case .replace: return given
        case .add: return current + given.filter { name in !current.contains { same($0, name) } }
        case .remove: return current.filter { name in !given.contains { same($0, name) } }
        }
    }
}
