#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerStore

/// `status.json` in toggl-tui's cache folder: a full `status` leaves it so the next one — a
/// status bar's, every few seconds — can answer from one small file, before anything else is
/// loaded (``StatusShortcut``). It holds the facts gathered from the store (``summary``), the
/// settings `status` reads (``settings``), the zone's offset around that moment (``zone``), and
/// what all of that was made from (``inputs``): the card answers only while those inputs hold.
///
/// Its contents are untrusted: ``CardFile/read(path:)`` refuses a file that is large, not JSON,
/// of another format or version, or holds values the writer could not have written.
public struct StatusCard: CardFile, Equatable {
    /// `format` of the file.
    public static let fileFormat = "toggl-tui.status-card"
    /// `version` of the file; another version is gathered afresh.
    public static let fileVersion = 1
    /// The largest file read (a card is a few KB).
    public static let byteLimit = 1 << 20

    public var format = Self.fileFormat
    public var version = Self.fileVersion
    /// What the answer was made from.
    public var inputs: StatusInputs
    /// The offset of the zone `status` shows times in, and how long it holds.
    public var zone: ZoneOffsets
    /// The config's settings `status` reads.
    public var settings: StatusSettings
    /// The store's facts.
    public var summary: StatusSummary
    /// The Toggl user whose store it was gathered from: `remind` keeps the last reminder given in
    /// that store's `remind.json`. (A user id, not a path: a damaged card cannot name a file
    /// outside toggl-tui's folders for `remind` to write.)
    public var userID: Int64

    public init(inputs: StatusInputs, zone: ZoneOffsets, settings: StatusSettings, summary: StatusSummary, userID: Int64) {
        self.inputs = inputs
        self.zone = zone
        self.settings = settings
        self.summary = summary
        self.userID = userID
    }

    /// The user's `remind.json` under the state folder `stateDirectory` (`~/.local/state/toggl-tui`).
    public func remindFile(stateDirectory: String) -> AtomicFile {
        StoreLayout(cacheDirectory: "", stateDirectory: stateDirectory, userID: userID).remindFile
    }

    /// Where the card of the cache folder `cacheDirectory` (`~/.cache/toggl-tui`) lives.
    public static func path(cacheDirectory: String) -> String {
        POSIX.join(cacheDirectory, "status.json")
    }

    /// Whether the summary, the settings and the zone's stretch are ones the program could
    /// have written.
    public var isSane: Bool {
        summary.isSane && settings.isSane && zone.isSane
    }

    /// The card in `cacheDirectory` while what it was made from holds in `environment` (the
    /// files ``StatusInputs/expectedPaths(_:cacheDirectory:stateDirectory:userID:)`` names for its user,
    /// unchanged), with the zone to show `now` in (``timeZone(at:)``); nil when there is none or
    /// it does not hold.
    public static func current(cacheDirectory: String, stateDirectory: String, environment: [String: String],
                               now: Date) -> (card: StatusCard, timeZone: Zone)? {
        guard let card = read(path: path(cacheDirectory: cacheDirectory)),
              card.inputs.hold(in: environment, cacheDirectory: cacheDirectory, stateDirectory: stateDirectory, userID: card.userID),
              let timeZone = card.timeZone(at: now) else { return nil }
        return (card, timeZone)
    }

    /// The zone to show `now` in: the card's offset, when it holds for every instant the line
    /// may look at — from the earliest day a goal or a work window needs (yesterday, or the week
    /// with a week goal) to the end of today (or of the week), and the running timer's start.
    public func timeZone(at now: Date) -> Zone? {
        let hasWeekGoal = settings.goal(.week) != nil
        var earliest = now.addingTimeInterval(-(hasWeekGoal ? 9 : 2) * 86_400)
        var latest = now.addingTimeInterval((hasWeekGoal ? 8 : 1) * 86_400)
        if let start = summary.running?.entry.start {
            earliest = min(earliest, start)
            latest = max(latest, start)
        }
        guard earliest <= latest else { return nil }
        return zone.fixedZone(covering: earliest...latest)
    }
}
