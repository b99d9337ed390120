#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ProjectTask {
    /// The keys ``ProjectTask`` decodes.
    enum JSONField: String, CaseIterable, Sendable {
        case active, at
        case avatarURL = "avatar_url"
        case clientID = "client_id"
        case clientName = "client_name"
        case estimatedSeconds = "estimated_seconds"
        case externalReference = "external_reference"
        case id
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
        case integrationProvider = "integration_provider"
        case name, permissions, pid
        case projectBillable = "project_billable"
        case projectColor = "project_color"
        case projectID = "project_id"
        case projectIsPrivate = "project_is_private"
        case projectName = "project_name"
        case rate
        case rateLastUpdated = "rate_last_updated"
        case recurring
        case togglAccountsID = "toggl_accounts_id"
        case trackedSeconds = "tracked_seconds"
        case userID = "user_id"
        case userName = "user_name"
        case wid
        case workspaceID = "workspace_id"
    }

    static let jsonKeys = FastJSONKeys<JSONField>()

    /// Reads a task as its `init(from:)` decodes it (see ``FastJSONReader``).
    package static func read(from reader: inout FastJSONReader) throws -> ProjectTask {
        var id: Int64?, name: String?, projectID: Int64?, pid: Int64?, workspaceID: Int64?, wid: Int64?
        var active: Bool?, at: Date?, estimatedSeconds: Int?, trackedSeconds: Int?, userID: Int64?
        var userName: String?, togglAccountsID: String?, recurring: Bool?, rate: Double?, rateLastUpdated: Date?
        var projectName: String?, projectColor: String?, projectBillable: Bool?, projectIsPrivate: Bool?
        var clientID: Int64?, clientName: String?, avatarURL: String?, externalReference: String?
        var permissions: [String]?, integrationProvider: JSONValue?, integrationExtID: String?
        var integrationExtType: String?
        var fields = try reader.beginObject(jsonKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .id: id = try reader.readInt64()
            case .name: name = try reader.readStringOrNull()
            case .projectID: projectID = try reader.readInt64OrNull()
            case .pid: pid = try reader.readInt64OrNull()
            case .workspaceID: workspaceID = try reader.readInt64OrNull()
            case .wid: wid = try reader.readInt64OrNull()
            case .active: active = try reader.readBoolOrNull()
            case .at: at = try reader.readDateOrNull()
            case .estimatedSeconds: estimatedSeconds = try reader.readIntOrNull()
            case .trackedSeconds: trackedSeconds = try reader.readIntOrNull()
            case .userID: userID = try reader.readInt64OrNull()
            case .userName: userName = try reader.readStringOrNull()
            case .togglAccountsID: togglAccountsID = try reader.readStringOrNull()
            case .recurring: recurring = try reader.readBoolOrNull()
            case .rate: rate = try reader.readDoubleOrNull()
            case .rateLastUpdated: rateLastUpdated = try reader.readDateOrNull()
            case .projectName: projectName = try reader.readStringOrNull()
            case .projectColor: projectColor = try reader.readStringOrNull()
            case .projectBillable: projectBillable = try reader.readBoolOrNull()
            case .projectIsPrivate: projectIsPrivate = try reader.readBoolOrNull()
            case .clientID: clientID = try reader.readInt64OrNull()
            case .clientName: clientName = try reader.readStringOrNull()
            case .avatarURL: avatarURL = try reader.readStringOrNull()
            case .externalReference: externalReference = try reader.readStringOrNull()
            case .permissions: permissions = try reader.readStringsOrNull()
            case .integrationProvider: integrationProvider = try reader.readNullJSONValue()
            case .integrationExtID: integrationExtID = try reader.readStringOrNull()
            case .integrationExtType: integrationExtType = try reader.readStringOrNull()
            }
        }
        guard let id else { throw FastJSONReader.Bail() }
        return ProjectTask(
            id: id, name: name ?? "", projectID: projectID ?? pid ?? 0, workspaceID: workspaceID ?? wid ?? 0,
            active: active ?? true, at: at, estimatedSeconds: estimatedSeconds, trackedSeconds: trackedSeconds,
            userID: userID, userName: userName, togglAccountsID: togglAccountsID, recurring: recurring ?? false,
            rate: rate, rateLastUpdated: rateLastUpdated, projectName: projectName, projectColor: projectColor,
            projectBillable: projectBillable, projectIsPrivate: projectIsPrivate, clientID: clientID,
            clientName: clientName, avatarURL: avatarURL, externalReference: externalReference,
            permissions: permissions, integrationProvider: integrationProvider,
            integrationExtID: integrationExtID, integrationExtType: integrationExtType)
    }
}
