import TogglModels

/// An entry write another process sharing the journal (a command-line run) made, as this app
/// learns of it by reading the journal: shown as if it were made here.
public struct WriteElsewhere: Sendable, Equatable {
    /// The write, with ids as Toggl knows them where it already answered.
    public var effect: AppEffect
    /// Toggl's id for a create that was already sent; nil otherwise.
    public var savedAs: Int64?
    /// Whether it still waits to be sent (its answer then comes like one of this app's writes).
    public var isPending: Bool

    /// Creates one.
    public init(effect: AppEffect, savedAs: Int64? = nil, isPending: Bool) {
        self.effect = effect
        self.savedAs = savedAs
        self.isPending = isPending
    }
}
