#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension TimeEntry {
    /// The keys ``TimeEntry`` decodes (and `duronly`, which it writes and ignores).
    enum JSONField: String, CaseIterable, Sendable {
        case at, billable
        case clientID = "client_id"
        case clientName = "client_name"
        case description, duration, duronly
        case expenseIDs = "expense_ids"
        case id, permissions, pid
        case projectActive = "project_active"
        case projectBillable = "project_billable"
        case projectColor = "project_color"
        case projectID = "project_id"
        case projectName = "project_name"
        case serverDeletedAt = "server_deleted_at"
        case sharedWith = "shared_with"
        case start, stop
        case tagIDs = "tag_ids"
        case tags
        case taskID = "task_id"
        case taskName = "task_name"
        case tid, uid
        case userAvatarURL = "user_avatar_url"
        case userID = "user_id"
        case userName = "user_name"
        case wid
        case workspaceID = "workspace_id"
    }

    static let jsonKeys = FastJSONKeys<JSONField>()

    /// Reads an entry as its `init(from:)` decodes it (see ``FastJSONReader``).
    package static func read(from reader: inout FastJSONReader) throws -> TimeEntry {
        var id: Int64?
        var workspaceID: Int64?, wid: Int64?, projectID: Int64?, pid: Int64?, taskID: Int64?, tid: Int64?
        var userID: Int64?, uid: Int64?
        var billable: Bool?, start: Date?, stop: Date?, duration: Int?, description: String?
        var tags: [String]?, tagIDs: [Int64]?, at: Date?, serverDeletedAt: Date?, permissions: [String]?
        var expenseIDs: [Int64]?, sharedWith: [SharedWith]?, clientID: Int64?, clientName: String?
        var projectName: String?, projectColor: String?, projectActive: Bool?, projectBillable: Bool?
        var taskName: String?, userName: String?, userAvatarURL: String?
        var fields = try reader.beginObject(jsonKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .id: id = try reader.readInt64()
            case .workspaceID: workspaceID = try reader.readInt64OrNull()
            case .wid: wid = try reader.readInt64OrNull()
            case .projectID: projectID = try reader.readInt64OrNull()
            case .pid: pid = try reader.readInt64OrNull()
            case .taskID: taskID = try reader.readInt64OrNull()
            case .tid: tid = try reader.readInt64OrNull()
            case .userID: userID = try reader.readInt64OrNull()
            case .uid: uid = try reader.readInt64OrNull()
            case .billable: billable = try reader.readBoolOrNull()
            case .start: start = try reader.readDateOrNull()
            case .stop: stop = try reader.readDateOrNull()
            case .duration: duration = try reader.readIntOrNull()
            case .description: description = try reader.readStringOrNull()
            case .tags: tags = try reader.readStringsOrNull()
            case .tagIDs: tagIDs = try reader.readInt64sOrNull()
            case .duronly: try reader.skipValue()
            case .at: at = try reader.readDateOrNull()
            case .serverDeletedAt: serverDeletedAt = try reader.readDateOrNull()
            case .permissions: permissions = try reader.readStringsOrNull()
            case .expenseIDs: expenseIDs = try reader.readInt64sOrNull()
            case .sharedWith: sharedWith = try readSharedWith(from: &reader)
            case .clientID: clientID = try reader.readInt64OrNull()
            case .clientName: clientName = try reader.readStringOrNull()
            case .projectName: projectName = try reader.readStringOrNull()
            case .projectColor: projectColor = try reader.readStringOrNull()
            case .projectActive: projectActive = try reader.readBoolOrNull()
            case .projectBillable: projectBillable = try reader.readBoolOrNull()
            case .taskName: taskName = try reader.readStringOrNull()
            case .userName: userName = try reader.readStringOrNull()
            case .userAvatarURL: userAvatarURL = try reader.readStringOrNull()
            }
        }
        guard let id else { throw FastJSONReader.Bail() }
        return TimeEntry(
            id: id, workspaceID: workspaceID ?? wid ?? 0, projectID: projectID ?? pid, taskID: taskID ?? tid,
            userID: userID ?? uid ?? 0, billable: billable ?? false, start: start ?? Date(timeIntervalSince1970: 0),
            stop: stop, duration: duration ?? 0, description: description, tags: tags ?? [], tagIDs: tagIDs ?? [],
            at: at, serverDeletedAt: serverDeletedAt, permissions: permissions, expenseIDs: expenseIDs,
            sharedWith: sharedWith, clientID: clientID, clientName: clientName, projectName: projectName,
            projectColor: projectColor, projectActive: projectActive, projectBillable: projectBillable,
            taskName: taskName, userName: userName, userAvatarURL: userAvatarURL)
    }

    /// The keys ``TimeEntry/SharedWith`` decodes.
    enum SharedWithField: String, CaseIterable, Sendable {
        case accepted
        case userID = "user_id"
        case userName = "user_name"
    }

    static let sharedWithKeys = FastJSONKeys<SharedWithField>()

    private static func readSharedWith(from reader: inout FastJSONReader) throws -> [SharedWith]? {
        if try reader.readNull() { return nil }
        try reader.beginArray()
        var result: [SharedWith] = []
        var firstElement = true
        while try reader.nextElement(first: &firstElement) {
            var userID: Int64?, userName: String?, accepted: Bool?
            var fields = try reader.beginObject(sharedWithKeys)
            while let field = try reader.nextField(&fields) {
                switch field {
                case .userID: userID = try reader.readInt64OrNull()
                case .userName: userName = try reader.readStringOrNull()
                case .accepted: accepted = try reader.readBoolOrNull()
                }
            }
            result.append(SharedWith(userID: userID, userName: userName, accepted: accepted ?? false))
        }
        return result
    }
}
