/// What the entries pane shows.
public enum EntriesMode: Sendable, Hashable {
    /// The entries of the shown day.
    case day
    /// The shown week's totals by project and by client.
    case weekSummary
    /// The shown day as a picture: entries as blocks along the hours, gaps and overlaps marked.
    case timeline
}
