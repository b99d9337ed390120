import TogglModels

/// An entry with writes Toggl has not confirmed yet: how it was before the first of them (to
/// restore if Toggl refuses), and how many answers are still to come. While answers are due,
/// what the screen shows is newer than any one answer, so answers only settle ids; the last
/// answer's entry is taken as Toggl's truth.
public struct PendingWrite: Sendable, Equatable {
    /// The entry before the first unconfirmed write; nil for an entry created locally (or
    /// restored from the journal, where the original is not known).
    public var original: TimeEntry?
    /// Answers still to come.
    public var count: Int

    public init(original: TimeEntry?, count: Int = 1) {
        self.original = original
        self.count = count
    }
}
