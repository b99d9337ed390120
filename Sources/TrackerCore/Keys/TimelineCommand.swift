/// What the timeline's own keys do. They are fixed (like the dialogs' keys) and take
/// precedence over the keymap while the timeline shows; the keymap's actions (edit, delete,
/// continue, the moves, Enter) act on the entry under the cursor.
public enum TimelineCommand: String, Sendable, Hashable, CaseIterable {
    /// The cursor to the item before.
    case earlier
    /// The cursor to the item after.
    case later
    /// On a gap: the add dialog with the gap's start and end.
    case fillGap
    /// On an overlap: the earlier entry ends where the later starts.
    case trimOverlap
    /// On an entry: split it at a time asked for.
    case split
    /// On an entry: extend it to the next one's end and delete the next (asks first).
    case join

    /// The keys, in the order help lists them.
    public var keys: [KeyEvent] {
        switch self {
        case .earlier: [KeyEvent(.left), .character("h")]
        case .later: [KeyEvent(.right), .character("l")]
        case .fillGap: [.character("f")]
        case .trimOverlap: [.character("o")]
        case .split: [.character("S")]
        case .join: [.character("J")]
        }
    }

    /// A few words for hints and help.
    public var help: String {
        switch self {
        case .earlier: "the cursor to the entry, gap or overlap before"
        case .later: "the cursor to the entry, gap or overlap after"
        case .fillGap: "on a gap: add an entry filling it (its start and end filled in, the project of the entry before chosen)"
        case .trimOverlap: "on an overlap: trim the earlier entry to end where the later starts"
        case .split: "on an entry: split it at a time you type, into two entries with the same fields"
        case .join: "on an entry: extend it to the end of the next one and delete the next (asks first)"
        }
    }

    /// The command a key gives while the timeline shows.
    public static func command(for key: KeyEvent) -> TimelineCommand? {
        allCases.first { $0.keys.contains(key) }
    }
}
