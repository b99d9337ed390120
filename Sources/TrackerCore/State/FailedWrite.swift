import TogglModels

/// A write Toggl refused (a 4xx) or that met a newer edit made elsewhere (a conflict), kept on
/// screen as the user made it until they fix it (`e`, then save: sent anew) or discard it (`d`:
/// Toggl's version comes back). The journal keeps its records `failed` meanwhile, so it
/// survives a restart.
public struct FailedWrite: Sendable, Equatable {
    /// What kind of write was refused.
    public enum Kind: Sendable, Equatable {
        /// A start or an add: Toggl never had the entry.
        case create
        /// An edit or a stop.
        case update
        /// A delete: the entry is shown again.
        case delete
    }

    public var kind: Kind
    /// Toggl's reason, as it said it (or what the conflict was).
    public var message: String
    /// The entry as Toggl has it (before the refused write, or as changed elsewhere); nil for
    /// an entry Toggl never had, or when it is not known (a restart; the next sync fills it in).
    public var original: TimeEntry?

    public init(kind: Kind, message: String, original: TimeEntry? = nil) {
        self.kind = kind
        self.message = message
        self.original = original
    }
}
