/// A fuzzy finder over projects, tasks or tags, opened from the entry editor.
///
/// The candidate list is derived from the catalog and ``query`` whenever it is needed, so it
/// never goes stale; only the query, the highlighted row and (for tags) the chosen names are
/// state.
public struct Picker: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case project, task, tags
    }

    public var kind: Kind
    public var query: LineEditor
    /// The highlighted row of the ranked candidates.
    public var highlighted: Int
    /// For tags: the names chosen so far (Space toggles, Enter confirms).
    public var chosenTags: [String]

    public init(kind: Kind, chosenTags: [String] = []) {
        self.kind = kind
        self.query = LineEditor()
        self.highlighted = 0
        self.chosenTags = chosenTags
    }

    /// The dialog's title.
    public var title: String {
        switch kind {
        case .project: return "Pick a project"
        case .task: return "Pick a task"
        case .tags: return "Pick tags (space toggles, enter done)"
        }
    }
}
