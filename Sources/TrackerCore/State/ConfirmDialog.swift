/// A question that guards a destructive action: `y` or Enter goes ahead, `n` or Esc backs out.
public struct ConfirmDialog: Sendable, Hashable {
    /// What happens on yes.
    public enum Action: Sendable, Hashable {
        case deleteEntry(id: Int64)
        /// Drop the refused change of entry `id`: Toggl's version comes back.
        case discardFailed(id: Int64)
        /// Extend entry `firstID` to the end of `nextID` and delete `nextID`.
        case joinEntries(firstID: Int64, nextID: Int64)
    }

    public var title: String
    public var message: String
    public var action: Action

    public init(title: String, message: String, action: Action) {
        self.title = title
        self.message = message
        self.action = action
    }
}
