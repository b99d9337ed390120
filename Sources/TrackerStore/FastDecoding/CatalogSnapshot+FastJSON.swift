#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension CatalogSnapshot: FastJSONReadable {
    /// The keys ``CatalogSnapshot`` decodes.
    enum JSONField: String, CaseIterable, Sendable {
        case clients, preferences, profile, projects, tags, tasks, workspaces
    }

    static let jsonKeys = FastJSONKeys<JSONField>()

    /// Reads a catalog as its `init(from:)` decodes it: the many rows (clients, projects,
    /// tasks, tags) by the fast readers, the few nested objects (profile, preferences,
    /// workspaces) by `JSONDecoder` on their own bytes.
    package static func read(from reader: inout FastJSONReader) throws -> CatalogSnapshot {
        var catalog = CatalogSnapshot()
        let decoder = TogglJSON.makeDecoder()
        var fields = try reader.beginObject(jsonKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .profile: catalog.profile = try decodeOrNull(Me.self, from: &reader, with: decoder)
            case .preferences: catalog.preferences = try decodeOrNull(Preferences.self, from: &reader, with: decoder)
            case .workspaces: catalog.workspaces = try decodeOrNull([Workspace].self, from: &reader, with: decoder) ?? []
            case .clients: catalog.clients = try reader.readArrayOrNull(of: Client.self) ?? []
            case .projects: catalog.projects = try reader.readArrayOrNull(of: Project.self) ?? []
            case .tasks: catalog.tasks = try reader.readArrayOrNull(of: ProjectTask.self) ?? []
            case .tags: catalog.tags = try reader.readArrayOrNull(of: Tag.self) ?? []
            }
        }
        return catalog
    }

    /// The next value decoded by `JSONDecoder`, nil for `null`; a decoding error bails.
    private static func decodeOrNull<T: Decodable>(_ type: T.Type, from reader: inout FastJSONReader,
                                                   with decoder: JSONDecoder) throws -> T? {
        if try reader.readNull() { return nil }
        let bytes = try reader.valueBytes()
        do {
            return try decoder.decode(T.self, from: Data(buffer: bytes))
        } catch {
            throw FastJSONReader.Bail()
        }
    }
}
