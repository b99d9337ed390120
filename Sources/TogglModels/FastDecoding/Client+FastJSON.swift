#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Client {
    /// The keys ``Client`` decodes.
    enum JSONField: String, CaseIterable, Sendable {
        case archived, at
        case creatorID = "creator_id"
        case externalReference = "external_reference"
        case id
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
        case integrationProvider = "integration_provider"
        case name, notes, permissions
        case totalCount = "total_count"
        case wid
        case workspaceID = "workspace_id"
    }

    static let jsonKeys = FastJSONKeys<JSONField>()

    /// Reads a client as its `init(from:)` decodes it (see ``FastJSONReader``).
    package static func read(from reader: inout FastJSONReader) throws -> Client {
        var id: Int64?, wid: Int64?, workspaceID: Int64?, name: String?, archived: Bool?, at: Date?
        var creatorID: Int64?, notes: String?, externalReference: String?, integrationProvider: JSONValue?
        var integrationExtID: String?, integrationExtType: String?, permissions: [String]?, totalCount: Int?
        var fields = try reader.beginObject(jsonKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .id: id = try reader.readInt64()
            case .wid: wid = try reader.readInt64OrNull()
            case .workspaceID: workspaceID = try reader.readInt64OrNull()
            case .name: name = try reader.readStringOrNull()
            case .archived: archived = try reader.readBoolOrNull()
            case .at: at = try reader.readDateOrNull()
            case .creatorID: creatorID = try reader.readInt64OrNull()
            case .notes: notes = try reader.readStringOrNull()
            case .externalReference: externalReference = try reader.readStringOrNull()
            case .integrationProvider: integrationProvider = try reader.readNullJSONValue()
            case .integrationExtID: integrationExtID = try reader.readStringOrNull()
            case .integrationExtType: integrationExtType = try reader.readStringOrNull()
            case .permissions: permissions = try reader.readStringsOrNull()
            case .totalCount: totalCount = try reader.readIntOrNull()
            }
        }
        guard let id else { throw FastJSONReader.Bail() }
        // `wid` first: it is the wire name of a client's workspace.
        return Client(
            id: id, workspaceID: wid ?? workspaceID ?? 0, name: name ?? "", archived: archived ?? false, at: at,
            creatorID: creatorID, notes: notes, externalReference: externalReference,
            integrationProvider: integrationProvider, integrationExtID: integrationExtID,
            integrationExtType: integrationExtType, permissions: permissions, totalCount: totalCount)
    }
}
