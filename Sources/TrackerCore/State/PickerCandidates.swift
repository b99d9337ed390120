import TogglModels

/// What a picker offers for its query, best first (``AppState/pickerCandidates(for:in:)``): a
/// collection whose project rows are built when read, so a frame of the project picker, which
/// can offer thousands of projects, builds only the rows it shows.
public struct PickerCandidates: RandomAccessCollection, Sendable {
    /// One row: a candidate built already, or a project built from the catalog when read.
    enum Row: Sendable {
        case built(PickerCandidate)
        case project(Int64, positions: [Int])
    }

    private let rows: [Row]
    /// What project rows are built from (shared with the catalog, not copied).
    private let projects: [Int64: Project]
    private let clients: [Int64: Client]

    init(rows: [Row], projects: [Int64: Project] = [:], clients: [Int64: Client] = [:]) {
        self.rows = rows
        self.projects = projects
        self.clients = clients
    }

    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }

    /// The candidate at `position`, built from the catalog for a project row.
    public subscript(position: Int) -> PickerCandidate {
        switch rows[position] {
        case .built(let candidate):
            return candidate
        case .project(let id, let positions):
            // Project rows are made only for ids the catalog holds (its listed projects).
            let project = projects[id]
            return PickerCandidate(value: .project(id), title: project?.name ?? "",
                                   detail: project?.clientID.flatMap { clients[$0]?.name }, color: project?.color,
                                   matchedPositions: positions)
        }
    }
}
