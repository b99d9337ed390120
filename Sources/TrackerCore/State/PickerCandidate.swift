/// One row a picker offers: what choosing it means and the text it is found by.
public struct PickerCandidate: Sendable, Hashable {
    /// The chosen value.
    public enum Value: Sendable, Hashable {
        /// No project / no task.
        case none
        case project(Int64)
        case task(Int64)
        case tag(String)
        /// A tag name that does not exist yet: choosing it creates it with the entry.
        case newTag(String)
    }

    public var value: Value
    /// The main text (matched against the query).
    public var title: String
    /// Secondary text such as the project's client.
    public var detail: String?
    /// `#rrggbb` for projects.
    public var color: String?
    /// Offsets of the query's characters in ``title``, for highlighting.
    public var matchedPositions: [Int]
}
