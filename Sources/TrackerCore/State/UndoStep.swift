import TogglModels

/// One of the user's changes to time entries that `u` can take back: what was done, to which
/// entry, and what is needed to put it back. Undoing writes to Toggl like any other change.
///
/// Entry ids are the ones the screen shows: a local id becomes Toggl's when the create is
/// answered (``remapping(_:to:)``).
public struct UndoStep: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        /// A timer was started (or an entry continued) as `entryID`; `stoppedID` is the timer
        /// that start stopped, if one was running.
        case started(entryID: Int64, stoppedID: Int64?)
        /// A running entry was stopped.
        case stopped(entryID: Int64)
        /// A finished entry was added.
        case added(entryID: Int64)
        /// An entry was edited: how it was before and after, so exactly the fields that
        /// changed can be put back.
        case edited(entryID: Int64, before: TimeEntry, after: TimeEntry)
        /// An entry was deleted; this is how it was.
        case deleted(TimeEntry)
        /// Entry `entryID` was split: it was cut short (from `before` to `after`; a running
        /// one stopped) and the rest added (or started) as `addedID`.
        case split(entryID: Int64, before: TimeEntry, after: TimeEntry, addedID: Int64)
        /// Entry `entryID` was joined with the next: it was extended (from `before` to `after`)
        /// and `deleted` (as it was) deleted.
        case joined(entryID: Int64, before: TimeEntry, after: TimeEntry, deleted: TimeEntry)
    }

    public var action: Action
    /// The entry's label when the change was made (“Design review”, a project name), for messages.
    public var label: String

    public init(_ action: Action, label: String) {
        self.action = action
        self.label = label
    }

    /// How many steps ``AppState/undoSteps`` keeps; older ones are forgotten.
    public static let limit = 20

    /// The past tense of the change, for “Undid: …” messages.
    public var verb: String {
        switch action {
        case .started: "started"
        case .stopped: "stopped"
        case .added: "added"
        case .edited: "edited"
        case .deleted: "deleted"
        case .split: "split"
        case .joined: "joined"
        }
    }

    /// The entry the change was made to.
    public var entryID: Int64 {
        switch action {
        case .started(let entryID, _), .stopped(let entryID), .added(let entryID), .edited(let entryID, _, _): entryID
        case .split(let entryID, _, _, _), .joined(let entryID, _, _, _): entryID
        case .deleted(let entry): entry.id
        }
    }

    /// The kind of write the change made: what a refusal of it is recorded as.
    public var writeKind: FailedWrite.Kind {
        switch action {
        case .started, .added: .create
        case .stopped, .edited, .split, .joined: .update
        case .deleted: .delete
        }
    }

    /// This step with entry id `localID` replaced by `id` (Toggl confirmed a create).
    public func remapping(_ localID: Int64, to id: Int64) -> UndoStep {
        func map(_ value: Int64) -> Int64 { value == localID ? id : value }
        var step = self
        switch action {
        case .started(let entryID, let stoppedID):
            step.action = .started(entryID: map(entryID), stoppedID: stoppedID.map(map))
        case .stopped(let entryID):
            step.action = .stopped(entryID: map(entryID))
        case .added(let entryID):
            step.action = .added(entryID: map(entryID))
        case .edited(let entryID, let before, let after):
            step.action = .edited(entryID: map(entryID), before: before, after: after)
        case .split(let entryID, let before, let after, let addedID):
            step.action = .split(entryID: map(entryID), before: before, after: after, addedID: map(addedID))
        case .joined(let entryID, let before, let after, let deleted):
            step.action = .joined(entryID: map(entryID), before: before, after: after, deleted: deleted)
        case .deleted:
            break
        }
        return step
    }
}
