import Foundation
import FuzzSupport
import TogglModels
@testable import TrackerStore

/// The shared recorded Toggl bodies (`<packageRoot>/../shared/toggl-api/fixtures`, or
/// `TOGGL_FIXTURES_DIR`), read into the store's payloads: a catalog from each `/me` with its
/// related data, and the entries of every recorded entry body.
enum StoreFixtures {
    /// The fixtures folder, or `nil` when it is not there (the tests that need it are skipped).
    static var directory: URL? { RecordedFixtures.directory }

    static var available: Bool { directory != nil }

    /// One fixture decoded as `T` with `TogglJSON.makeDecoder()`.
    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try TogglJSON.makeDecoder().decode(T.self, from: Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The JSON body fixtures' names, sorted.
    static var names: [String] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// A catalog per recorded `/me?with_related_data=true`, with the recorded preferences, and
    /// one of everything recorded on its own (the `embedded_in_me.*` arrays, a workspace, a
    /// project).
    static func catalogs() throws -> [(name: String, catalog: CatalogSnapshot)] {
        let preferences = try decode(Preferences.self, "evrone.GET_me_preferences.200.json")
        var result: [(String, CatalogSnapshot)] = []
        for name in ["GET_me.with_related_data.200.json", "evrone.GET_me.with_related_data.200.json"] {
            result.append((name, CatalogSnapshot(me: try decode(Me.self, name), preferences: preferences)))
        }
        let own = CatalogSnapshot(
            profile: try decode(Me.self, "GET_me.200.json"),
            preferences: preferences,
            workspaces: try decode([Workspace].self, "embedded_in_me.workspaces.json")
                + [try decode(Workspace.self, "evrone.GET_workspaces_wid.200.json")],
            clients: try decode([Client].self, "embedded_in_me.clients.json"),
            projects: try decode([Project].self, "embedded_in_me.projects.json")
                + [try decode(Project.self, "evrone.GET_workspaces_wid_projects_pid.200.json")],
            tags: try decode([Tag].self, "embedded_in_me.tags.json"))
        result.append(("embedded_in_me.*", own))
        return result
    }

    /// Every time entry in the entry fixtures (lists and single entries; bodies of another
    /// shape, such as errors or `null`, are skipped).
    static func entries() -> [TimeEntry] {
        var entries: [TimeEntry] = []
        for name in names where name.contains("time_entries") || name.contains("web_timer") {
            if let list = try? decode([TimeEntry].self, name) {
                entries += list
            } else if let entry = try? decode(TimeEntry.self, name) {
                entries.append(entry)
            }
        }
        return entries
    }
}
