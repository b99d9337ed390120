import Foundation
import FuzzSupport
import TogglModels

/// Locates the shared recorded Toggl bodies (`<packageRoot>/../shared/toggl-api/fixtures`) at
/// test time. They are never copied into this repository. `TOGGL_FIXTURES_DIR` overrides the
/// location.
enum Fixtures {
    /// The fixtures folder, or `nil` when it is not there (fixture tests are then skipped).
    static let directory: URL? = {
        guard let folder = RecordedFixtures.directory else {
            print("fixtures folder not found; fixture tests skipped")
            return nil
        }
        return folder
    }()

    /// `true` when the fixtures folder exists.
    static var available: Bool { directory != nil }

    /// File names of the JSON body fixtures (`*.json`), sorted. The `*.source.txt` descriptions
    /// and the non-JSON `*.txt` bodies (empty 401/405 bodies, a 402 text) are left out: those are
    /// error cases the API layer tests.
    static let jsonBodyNames: [String] = {
        guard let directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    /// The bytes of one fixture file.
    static func data(_ fileName: String) throws -> Data {
        guard let directory else { throw FixtureError.folderMissing }
        return try Data(contentsOf: directory.appendingPathComponent(fileName))
    }

    /// Decodes one fixture file as `T` with ``TogglJSON/makeDecoder()``.
    static func decode<T: Decodable>(_ type: T.Type, _ fileName: String) throws -> T {
        try TogglJSON.makeDecoder().decode(T.self, from: data(fileName))
    }
}

enum FixtureError: Error {
    case folderMissing
}

/// How a fixture file is decoded: the type its name selects, plus closures that decode it and
/// round-trip it (decode → encode → decode) without the caller knowing the type.
struct FixtureRule: Sendable {
    /// The matched prefix (after source prefixes such as `evrone.` are stripped).
    let prefix: String
    /// The decode type, e.g. `Array<TimeEntry>`.
    let typeName: String
    /// Whether the type is a real model (not an error `String` or an unmodelled `JSONValue`).
    let isModel: Bool
    /// Decodes the body and returns the value.
    let decode: @Sendable (Data) throws -> any Sendable
    /// Decodes, encodes and decodes again; returns whether both values are equal, plus the
    /// first encoding and the encoding of the second value (for stability checks).
    let roundTrip: @Sendable (Data) throws -> (equal: Bool, first: Data, second: Data)

    static func of<T: Codable & Equatable & Sendable>(
        _ prefix: String, _ type: T.Type, isModel: Bool = true
    ) -> FixtureRule {
        FixtureRule(
            prefix: prefix,
            typeName: String(describing: T.self),
            isModel: isModel,
            decode: { data in try TogglJSON.makeDecoder().decode(T.self, from: data) },
            roundTrip: { data in
                let decoder = TogglJSON.makeDecoder()
                let encoder = TogglJSON.makeEncoder()
                let value = try decoder.decode(T.self, from: data)
                let first = try encoder.encode(value)
                let again = try decoder.decode(T.self, from: first)
                let second = try encoder.encode(again)
                return (value == again, first, second)
            }
        )
    }
}

/// Picks the decode type of a fixture from its file name.
///
/// File names are `[source.]<METHOD_path>.<variant…>.json` (e.g. `GET_me_time_entries.since.200_includes_deleted.json`,
/// `evrone.GET_me.200.json`, `embedded_in_me.clients.json`). Rules are prefixes of the name with
/// the source stripped and a `.` appended; the longest matching prefix wins, so every new
/// fixture of a known endpoint is covered without new code. Any variant part starting with a
/// 4xx/5xx status is an error body, which Toggl sends as a JSON string.
enum FixtureMapping {
    /// Leading name parts that say where a recording came from, not what it is.
    static let sourcePrefixes = ["evrone."]

    static let rules: [FixtureRule] = [
        // Current user
        .of("GET_me.", Me.self),
        .of("PUT_me.", Me.self),
        .of("GET_me_preferences.", Preferences.self),
        .of("GET_me_quota.", [Quota].self),
        // Not modelled (the contract says a TUI does not need them): must still be JSON.
        .of("GET_me_features.", JSONValue.self, isModel: false),
        .of("GET_me_web_timer.", JSONValue.self, isModel: false),
        // Organizations and workspaces
        .of("GET_me_organizations.", [Organization].self),
        .of("GET_organizations_oid.", Organization.self),
        .of("POST_organizations.", CreatedOrganization.self),
        .of("POST_organizations_oid_workspaces.", Workspace.self),
        .of("GET_me_workspaces.", [Workspace].self),
        .of("GET_workspaces_wid.", Workspace.self),
        .of("PUT_workspaces_wid.", Workspace.self),
        // Time entries
        .of("GET_me_time_entries.", [TimeEntry].self),
        .of("GET_me_time_entries_current.", Optional<TimeEntry>.self),
        .of("GET_me_time_entries_id.", TimeEntry.self),
        .of("POST_workspaces_wid_time_entries.", TimeEntry.self),
        .of("PUT_workspaces_wid_time_entries_id.", TimeEntry.self),
        .of("PATCH_workspaces_wid_time_entries_id_stop.", TimeEntry.self),
        .of("PATCH_workspaces_wid_time_entries_ids.", BulkEditResult.self),
        // Clients, projects, tags, tasks, users
        .of("GET_me_clients.", [Client].self),
        .of("GET_workspaces_wid_clients.", [Client].self),
        .of("GET_workspaces_wid_clients_cid.", Client.self),
        .of("POST_workspaces_wid_clients.", Client.self),
        .of("PUT_workspaces_wid_clients_cid.", Client.self),
        .of("GET_me_projects.", [Project].self),
        .of("GET_workspaces_wid_projects.", [Project].self),
        .of("GET_workspaces_wid_projects_pid.", Project.self),
        .of("POST_workspaces_wid_projects.", Project.self),
        .of("PUT_workspaces_wid_projects_pid.", Project.self),
        .of("PATCH_workspaces_wid_projects_ids.", BulkEditResult.self),
        .of("GET_me_tags.", [Tag].self),
        .of("GET_workspaces_wid_tags.", [Tag].self),
        .of("POST_workspaces_wid_tags.", Tag.self),
        .of("PUT_workspaces_wid_tags_id.", Tag.self),
        .of("GET_me_tasks.", [ProjectTask].self),
        .of("GET_workspaces_wid_tasks.", WorkspaceTasksPage.self),
        .of("GET_workspaces_wid_projects_pid_tasks.", [ProjectTask].self),
        .of("GET_workspaces_wid_projects_pid_tasks_tid.", ProjectTask.self),
        .of("POST_workspaces_wid_projects_pid_tasks.", ProjectTask.self),
        .of("GET_workspaces_wid_users.", [SimpleWorkspaceUser].self),
        .of("GET_workspaces_wid_workspace_users.", [WorkspaceUser].self),
        .of("GET_workspaces_wid_project_users.", [ProjectUser].self),
        .of("POST_workspaces_wid_project_users.", ProjectUser.self),
        // Arrays cut out of GET /me?with_related_data=true
        .of("embedded_in_me.workspaces.", [Workspace].self),
        .of("embedded_in_me.clients.", [Client].self),
        .of("embedded_in_me.projects.", [Project].self),
        .of("embedded_in_me.tags.", [Tag].self),
        .of("embedded_in_me.tasks.", [ProjectTask].self),
        .of("embedded_in_me.time_entries.", [TimeEntry].self),
        // Reports v3
        .of("POST_reports_v3_search_time_entries.", [DetailedReportRow].self),
        .of("POST_reports_v3_search_time_entries.row.", DetailedReportRow.self),
        .of("POST_reports_v3_summary_time_entries.", SummaryReport.self),
        .of("POST_reports_v3_weekly_time_entries.", [WeeklyReportRow].self),
    ]

    static let errorBody = FixtureRule.of("<4xx/5xx>", String.self, isModel: false)

    /// The rule for a fixture file name (with or without `.json`), or `nil` when none matches.
    static func rule(for fileName: String) -> FixtureRule? {
        var name = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
        for source in sourcePrefixes where name.hasPrefix(source) {
            name.removeFirst(source.count)
        }
        let parts = name.split(separator: ".")
        if parts.dropFirst().contains(where: isErrorStatus) {
            return errorBody
        }
        let key = name + "."
        return rules
            .filter { key.hasPrefix($0.prefix) }
            .max { $0.prefix.count < $1.prefix.count }
    }

    /// `400`, `403`, `400_start_required`, `502_bad_gateway`, …
    private static func isErrorStatus(_ part: Substring) -> Bool {
        let bytes = Array(part.utf8.prefix(4))
        guard bytes.count >= 3,
              bytes[0] == UInt8(ascii: "4") || bytes[0] == UInt8(ascii: "5"),
              (48...57).contains(bytes[1]), (48...57).contains(bytes[2])
        else { return false }
        return bytes.count == 3 || bytes[3] == UInt8(ascii: "_")
    }
}
