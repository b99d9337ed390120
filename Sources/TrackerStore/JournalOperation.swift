#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// One thing written to the ``Journal``: a write the user made, or what later became of one.
///
/// Writes carry the workspace, the entity's id and the payload to send. A create carries the
/// negative local id the app shows until Toggl answers; an update, stop or delete carries the
/// id the app had at the time — a server id, or the local id of a create not yet sent (the sync
/// rules map it once the create is `sent`). Status records name the write they settle by its
/// ``JournalRecord/sequence``.
///
/// JSON (one object, keys sorted; absent fields are not written):
/// `{"id":-3,"payload":{…},"type":"create_entry","workspace_id":42}`,
/// `{"id":17,"stop":"2025-03-01T10:15:00Z","type":"stop_entry","workspace_id":42}`,
/// `{"server_id":3812,"target":7,"type":"sent"}`,
/// `{"message":"Project not found","status_code":404,"target":8,"type":"failed"}`,
/// `{"target":9,"type":"discarded"}`. An unknown `type` does not decode.
public enum JournalOperation: Sendable, Hashable, Codable {
    /// Start a running entry (`payload.duration` negative) under a local id.
    case startEntry(workspaceID: Int64, localID: Int64, payload: TimeEntryPayload)
    /// Stop the running entry `id` at `stop`.
    case stopEntry(workspaceID: Int64, id: Int64, stop: Date)
    /// Create a finished entry under a local id.
    case createEntry(workspaceID: Int64, localID: Int64, payload: TimeEntryPayload)
    /// Change entry `id`.
    case updateEntry(workspaceID: Int64, id: Int64, payload: TimeEntryPayload)
    /// Delete entry `id`.
    case deleteEntry(workspaceID: Int64, id: Int64)
    /// Create a client under a local id.
    case createClient(workspaceID: Int64, localID: Int64, payload: ClientPayload)
    /// Change client `id`.
    case updateClient(workspaceID: Int64, id: Int64, payload: ClientPayload)
    /// Delete client `id`.
    case deleteClient(workspaceID: Int64, id: Int64)
    /// Create a project under a local id.
    case createProject(workspaceID: Int64, localID: Int64, payload: ProjectPayload)
    /// Change project `id`.
    case updateProject(workspaceID: Int64, id: Int64, payload: ProjectPayload)
    /// Delete project `id`.
    case deleteProject(workspaceID: Int64, id: Int64)
    /// Create a tag under a local id.
    case createTag(workspaceID: Int64, localID: Int64, payload: TagPayload)
    /// Rename tag `id`.
    case updateTag(workspaceID: Int64, id: Int64, payload: TagPayload)
    /// Delete tag `id`.
    case deleteTag(workspaceID: Int64, id: Int64)
    /// Write `sequence` reached Toggl; `serverID` is the id it got (creates) or has.
    case sent(sequence: Int64, serverID: Int64?)
    /// Toggl refused write `sequence` (kept for the user to fix or drop); `statusCode` is the
    /// HTTP status when there was one.
    case failed(sequence: Int64, message: String, statusCode: Int?)
    /// The user dropped write `sequence`; it will not be sent.
    case discarded(sequence: Int64)

    /// The `type` written to JSON, e.g. `start_entry`, `sent`.
    public var type: String {
        switch self {
        case .startEntry: "start_entry"
        case .stopEntry: "stop_entry"
        case .createEntry: "create_entry"
        case .updateEntry: "update_entry"
        case .deleteEntry: "delete_entry"
        case .createClient: "create_client"
        case .updateClient: "update_client"
        case .deleteClient: "delete_client"
        case .createProject: "create_project"
        case .updateProject: "update_project"
        case .deleteProject: "delete_project"
        case .createTag: "create_tag"
        case .updateTag: "update_tag"
        case .deleteTag: "delete_tag"
        case .sent: "sent"
        case .failed: "failed"
        case .discarded: "discarded"
        }
    }

    /// The sequence of the write a status record (`sent`, `failed`, `discarded`) is about;
    /// `nil` for writes.
    public var target: Int64? {
        switch self {
        case .sent(let sequence, _), .failed(let sequence, _, _), .discarded(let sequence): sequence
        default: nil
        }
    }

    /// Whether this is a status record rather than a write.
    public var isStatus: Bool { target != nil }

    /// The workspace of a write; `nil` for status records.
    public var workspaceID: Int64? {
        switch self {
        case .startEntry(let workspace, _, _), .createEntry(let workspace, _, _),
             .updateEntry(let workspace, _, _), .createClient(let workspace, _, _),
             .updateClient(let workspace, _, _), .createProject(let workspace, _, _),
             .updateProject(let workspace, _, _), .createTag(let workspace, _, _),
             .updateTag(let workspace, _, _):
            workspace
        case .stopEntry(let workspace, _, _), .deleteEntry(let workspace, _), .deleteClient(let workspace, _),
             .deleteProject(let workspace, _), .deleteTag(let workspace, _):
            workspace
        case .sent, .failed, .discarded:
            nil
        }
    }

    /// The id a write is about (the local id for creates); `nil` for status records.
    public var entityID: Int64? {
        switch self {
        case .startEntry(_, let id, _), .createEntry(_, let id, _), .updateEntry(_, let id, _),
             .createClient(_, let id, _), .updateClient(_, let id, _), .createProject(_, let id, _),
             .updateProject(_, let id, _), .createTag(_, let id, _), .updateTag(_, let id, _):
            id
        case .stopEntry(_, let id, _), .deleteEntry(_, let id), .deleteClient(_, let id),
             .deleteProject(_, let id), .deleteTag(_, let id):
            id
        case .sent, .failed, .discarded:
            nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case type
        case workspaceID = "workspace_id"
        case id, payload, stop, target, message
        case serverID = "server_id"
        case statusCode = "status_code"
    }

    /// The ids a journaled operation may name: Toggl's (positive) and local ones (negative) are
    /// well within ±2^53 (local ids are at most milliseconds since 1970). One outside is damage,
    /// so no arithmetic on an id from the journal (the next local id below the lowest) can
    /// overflow.
    public static let idRange: ClosedRange<Int64> = -(1 << 53)...(1 << 53)

    /// Decodes one operation; an unknown `type`, a missing field, an id outside ``idRange`` or
    /// a target outside 0…``JournalRecord/maximumSequence`` throws.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        func checked(_ key: CodingKeys, in range: ClosedRange<Int64> = Self.idRange) throws -> Int64 {
            let value = try c.decode(Int64.self, forKey: key)
            guard range.contains(value) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "\(key.stringValue) \(value) is outside \(range.lowerBound)…\(range.upperBound)")
            }
            return value
        }
        func workspace() throws -> Int64 { try checked(.workspaceID) }
        func id() throws -> Int64 { try checked(.id) }
        func target() throws -> Int64 { try checked(.target, in: 0...JournalRecord.maximumSequence) }
        func serverID() throws -> Int64? {
            guard c.contains(.serverID), try !c.decodeNil(forKey: .serverID) else { return nil }
            return try checked(.serverID)
        }
        func payload<P: Decodable>(_: P.Type) throws -> P { try c.decode(P.self, forKey: .payload) }
        switch type {
        case "start_entry": self = try .startEntry(workspaceID: workspace(), localID: id(), payload: payload(TimeEntryPayload.self))
        case "stop_entry": self = try .stopEntry(workspaceID: workspace(), id: id(), stop: c.decode(Date.self, forKey: .stop))
        case "create_entry": self = try .createEntry(workspaceID: workspace(), localID: id(), payload: payload(TimeEntryPayload.self))
        case "update_entry": self = try .updateEntry(workspaceID: workspace(), id: id(), payload: payload(TimeEntryPayload.self))
        case "delete_entry": self = try .deleteEntry(workspaceID: workspace(), id: id())
        case "create_client": self = try .createClient(workspaceID: workspace(), localID: id(), payload: payload(ClientPayload.self))
        case "update_client": self = try .updateClient(workspaceID: workspace(), id: id(), payload: payload(ClientPayload.self))
        case "delete_client": self = try .deleteClient(workspaceID: workspace(), id: id())
        case "create_project": self = try .createProject(workspaceID: workspace(), localID: id(), payload: payload(ProjectPayload.self))
        case "update_project": self = try .updateProject(workspaceID: workspace(), id: id(), payload: payload(ProjectPayload.self))
        case "delete_project": self = try .deleteProject(workspaceID: workspace(), id: id())
        case "create_tag": self = try .createTag(workspaceID: workspace(), localID: id(), payload: payload(TagPayload.self))
        case "update_tag": self = try .updateTag(workspaceID: workspace(), id: id(), payload: payload(TagPayload.self))
        case "delete_tag": self = try .deleteTag(workspaceID: workspace(), id: id())
        case "sent": self = try .sent(sequence: target(), serverID: serverID())
        case "failed":
            self = try .failed(
                sequence: target(), message: c.decode(String.self, forKey: .message),
                statusCode: c.decodeIfPresent(Int.self, forKey: .statusCode)
            )
        case "discarded": self = try .discarded(sequence: target())
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown journal operation \"\(type)\"")
        }
    }

    /// Encodes the flat object described above.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(workspaceID, forKey: .workspaceID)
        try c.encodeIfPresent(entityID, forKey: .id)
        switch self {
        case .startEntry(_, _, let payload), .createEntry(_, _, let payload), .updateEntry(_, _, let payload):
            try c.encode(payload, forKey: .payload)
        case .createClient(_, _, let payload), .updateClient(_, _, let payload):
            try c.encode(payload, forKey: .payload)
        case .createProject(_, _, let payload), .updateProject(_, _, let payload):
            try c.encode(payload, forKey: .payload)
        case .createTag(_, _, let payload), .updateTag(_, _, let payload):
            try c.encode(payload, forKey: .payload)
        case .stopEntry(_, _, let stop):
            try c.encode(stop, forKey: .stop)
        case .sent(let sequence, let serverID):
            try c.encode(sequence, forKey: .target)
            try c.encodeIfPresent(serverID, forKey: .serverID)
        case .failed(let sequence, let message, let statusCode):
            try c.encode(sequence, forKey: .target)
            try c.encode(message, forKey: .message)
            try c.encodeIfPresent(statusCode, forKey: .statusCode)
        case .discarded(let sequence):
            try c.encode(sequence, forKey: .target)
        case .deleteEntry, .deleteClient, .deleteProject, .deleteTag:
            break
        }
    }
}
