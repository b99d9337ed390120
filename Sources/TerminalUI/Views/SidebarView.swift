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
        PaneView.drawList(state, pane: .workspaces, ids: rows.map(\.id), emptyMessage: state.profile == nil ? "Loading…" : "No workspaces",
                          in: rect, on: &buffer) { index in
            let workspace = rows[index]
            let mark = workspace.id == state.workspaceID ? "✓ " : "  "
            return ([Span(mark, role: .success), Span(workspace.name)], matches(query, in: workspace.name, offset: 2))
        }
    }

    static func drawClients(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let ids = state.clientRowIDs
        let query = state.filterQuery(for: .clients) ?? ""
        PaneView.drawList(state, pane: .clients, ids: ids, emptyMessage: "No clients", in: rect, on: &buffer) { index in
            let id = ids[index]
            let row = id == 0 ? ClientRow.all : state.catalog.clients[id].map(ClientRow.client) ?? .all
            let chosen = row.id == (state.clientFilter ?? 0)
            let mark = Span(chosen ? "▸ " : "  ", role: .focus)
            let spans: [Span]
            switch row {
            case .all: spans = [mark, Span(row.name, role: .muted)]
            case .client: spans = [mark, Span(row.name)]
            }
            return (spans, matches(query, in: row.name, offset: 2))
        }
    }

    static func drawProjects(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let ids = state.projectRowIDs
        let query = state.filterQuery(for: .projects) ?? ""
        let narrowed = state.clientFilter.flatMap { state.catalog.clients[$0]?.name }
        PaneView.drawList(state, pane: .projects, ids: ids, emptyMessage: narrowed.map { "No projects for \($0)" } ?? "No projects",
                          titleSuffix: narrowed.map { " · \($0)" }, in: rect, on: &buffer) { index in
            guard let project = state.catalog.projects[ids[index]] else { return ([], []) }
            let client = project.clientID.flatMap { state.catalog.clients[$0]?.name }
            var line: [Span] = [Span.project("● ", color: project.color.flatMap(RGBColor.init(hex:))), Span(project.name)]
            if state.clientFilter == nil, let client {
                line.append(Span("  " + client, role: .muted))
            }
            // The filter searches "name client"; the client is shown (after two spaces) only
            // while the projects are not narrowed to one.
            let found = PaneView.filterMatches(query, in: [project.name] + (client.map { [$0] } ?? []))
            var positions = Set(found[0].map { $0 + 2 })
            if state.clientFilter == nil, found.count > 1 { positions.formUnion(found[1].map { $0 + 2 + project.name.count + 2 }) }
            return (line, positions)
        }
    }

    /// Offsets of the filter's characters in `text`, shifted past a row prefix.
    static func matches(_ query: String, in text: String, offset: Int) -> Set<Int> {
        guard !query.isEmpty, let match = FuzzyMatcher.match(query, in: text) else { return [] }
        return Set(match.positions.map { $0 + offset })
    }
}
