/// What the timeline's cursor is on: an entry, or the gap or overlap between two entries
/// (named by the entries around it, so it stays put while a running entry grows).
public enum TimelineCursor: Sendable, Hashable {
    /// An entry, by the id the screen shows.
    case entry(Int64)
    /// The gap after entry `before` and before entry `after`.
    case gap(before: Int64, after: Int64)
    /// The stretch both `earlier` and `later` claim.
    case overlap(earlier: Int64, later: Int64)

    /// This cursor with entry id `localID` replaced by `id` (Toggl confirmed a create).
    public func remapping(_ localID: Int64, to id: Int64) -> TimelineCursor {
        func map(_ value: Int64) -> Int64 { value == localID ? id : value }
        switch self {
        case .entry(let entry): return .entry(map(entry))
        case .gap(let before, let after): return .gap(before: map(before), after: map(after))
        case .overlap(let earlier, let later): return .overlap(earlier: map(earlier), later: map(later))
        }
    }
}
