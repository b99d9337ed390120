import TogglModels
import TrackerCore

/// The left column: workspaces, clients and projects, each a list pane.
enum SidebarView {
    static func draw(_ state: AppState, layout: ScreenLayout, on buffer: inout ScreenBuffer) {
        drawWorkspaces(state, in: layout.workspaces, on: &buffer)
        drawClients(state, in: layout.clients, on: &buffer)
        drawProjects(state, in: layout.projects, on: &buffer)
    }

    static func drawWorkspaces(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let rows = state.workspaceRows
        let query = state.filterQuery(for: .workspaces) ?? ""
        let lines: [[Span]] = rows.map { workspace in
            let mark = workspace.id == state.workspaceID ? "✓ " : "  "
            return [Span(mark, role: .success), Span(workspace.name)]
        }
        PaneView.drawList(state, pane: .workspaces, rows: lines, matches: rows.map { matches(query, in: $0.name, offset: 2) },
                          emptyMessage: state.profile == nil ? "Loading…" : "No workspaces", in: rect, on: &buffer)
    }

    static func drawClients(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let rows = state.clientRows
        let query = state.filterQuery(for: .clients) ?? ""
        let lines: [[Span]] = rows.map { row in
            let chosen = row.id == (state.clientFilter ?? 0)
            let mark = Span(chosen ? "▸ " : "  ", role: .focus)
            switch row {
            case .all: return [mark, Span(row.name, role: .muted)]
            case .client: return [mark, Span(row.name)]
            }
        }
        PaneView.drawList(state, pane: .clients, rows: lines, matches: rows.map { matches(query, in: $0.name, offset: 2) },
                          emptyMessage: "No clients", in: rect, on: &buffer)
    }

    static func drawProjects(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let rows = state.projectRows
        let query = state.filterQuery(for: .projects) ?? ""
        let lines: [[Span]] = rows.map { project in
            var line: [Span] = [Span.project("● ", color: project.color.flatMap(RGBColor.init(hex:))), Span(project.name)]
            if state.clientFilter == nil, let client = project.clientID.flatMap({ state.catalog.clients[$0]?.name }) {
                line.append(Span("  " + client, role: .muted))
            }
            return line
        }
        let narrowed = state.clientFilter.flatMap { state.catalog.clients[$0]?.name }
        // The filter searches "name client"; the client is shown (after two spaces) only
        // while the projects are not narrowed to one.
        let matches: [Set<Int>] = rows.map { project in
            let client = project.clientID.flatMap { state.catalog.clients[$0]?.name }
            let found = PaneView.filterMatches(query, in: [project.name] + (client.map { [$0] } ?? []))
            var positions = Set(found[0].map { $0 + 2 })
            if state.clientFilter == nil, found.count > 1 { positions.formUnion(found[1].map { $0 + 2 + project.name.count + 2 }) }
            return positions
        }
        PaneView.drawList(state, pane: .projects, rows: lines, matches: matches,
                          emptyMessage: narrowed.map { "No projects for \($0)" } ?? "No projects", titleSuffix: narrowed.map { " · \($0)" },
                          in: rect, on: &buffer)
    }

    /// Offsets of the filter's characters in `text`, shifted past a row prefix.
    static func matches(_ query: String, in text: String, offset: Int) -> Set<Int> {
        guard !query.isEmpty, let match = FuzzyMatcher.match(query, in: text) else { return [] }
        return Set(match.positions.map { $0 + offset })
    }
}
