#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Tag {
    /// The keys ``Tag`` decodes.
    enum JSONField: String, CaseIterable, Sendable {
        case at
        case creatorID = "creator_id"
        case deletedAt = "deleted_at"
        case id
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
        case integrationProvider = "integration_provider"
        case name, permissions, wid
        case workspaceID = "workspace_id"
    }

    static let jsonKeys = FastJSONKeys<JSONField>()

    /// Reads a tag as its `init(from:)` decodes it (see ``FastJSONReader``).
    package static func read(from reader: inout FastJSONReader) throws -> Tag {
        var id: Int64?, workspaceID: Int64?, wid: Int64?, name: String?, at: Date?, creatorID: Int64?
        var deletedAt: Date?, permissions: [String]?, integrationProvider: JSONValue?
        var integrationExtID: String?, integrationExtType: String?
        var fields = try reader.beginObject(jsonKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .id: id = try reader.readInt64()
            case .workspaceID: workspaceID = try reader.readInt64OrNull()
            case .wid: wid = try reader.readInt64OrNull()
            case .name: name = try reader.readStringOrNull()
            case .at: at = try reader.readDateOrNull()
            case .creatorID: creatorID = try reader.readInt64OrNull()
            case .deletedAt: deletedAt = try reader.readDateOrNull()
            case .permissions: permissions = try reader.readStringsOrNull()
            case .integrationProvider: integrationProvider = try reader.readNullJSONValue()
            case .integrationExtID: integrationExtID = try reader.readStringOrNull()
            case .integrationExtType: integrationExtType = try reader.readStringOrNull()
            }
        }
        guard let id else { throw FastJSONReader.Bail() }
        return Tag(
            id: id, workspaceID: workspaceID ?? wid ?? 0, name: name ?? "", at: at, creatorID: creatorID,
            deletedAt: deletedAt, permissions: permissions, integrationProvider: integrationProvider,
            integrationExtID: integrationExtID, integrationExtType: integrationExtType)
    }
}
