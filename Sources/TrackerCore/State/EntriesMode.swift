/// What the entries pane shows.
public enum EntriesMode: Sendable, Hashable {
    /// The entries of the shown day.
    case day
    /// The shown week's totals by project and by client.
    case weekSummary
}
