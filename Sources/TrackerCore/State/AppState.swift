#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Everything the app knows and shows, as one value.
///
/// Only ``AppUpdate/update(_:_:)`` changes it; views read it. Derived lists (the projects of
/// the workspace narrowed by client and filter, the entries of the shown day, totals) are
/// computed from it, never stored.
public struct AppState: Sendable, Equatable {
    public var settings: AppSettings
    public var profile: Profile?
    /// The user as `/me` last described them, without related data (what the store keeps).
    public var account: Me?
    /// The user's preferences as last fetched.
    public var preferences: Preferences?
    public var catalog: Catalog
    /// The workspace whose clients, projects and entries are shown.
    public var workspaceID: Int64?
    /// The client the projects are narrowed to (nil: all clients).
    public var clientFilter: Int64?
    public var focus: Pane
    /// The selected row of each list pane, by the row's id (clients: 0 is "All clients").
    public var selection: [Pane: Int64]
    /// Each list pane's `/` filter.
    public var filters: [Pane: String]
    /// The filter being typed, for the focused pane.
    public var filterEditor: LineEditor?
    /// The day the entries pane shows.
    public var day: LocalDay
    public var entriesMode: EntriesMode
    /// What the timeline's cursor is on (nil: the day's last item).
    public var timelineCursor: TimelineCursor?
    public var overlay: Overlay?
    public var status: StatusMessage?
    public var sync: SyncStatus
    public var quota: [QuotaGauge]
    /// The time of the last tick: the clock the views use.
    public var now: Date
    /// The terminal size, for paging.
    public var screenRows: Int
    /// Local ids for objects not yet confirmed by Toggl count down from -1.
    public var nextLocalID: Int64
    /// Request ids count up; results carrying an older id than expected are ignored.
    public var nextRequestID: Int
    /// The bootstrap in flight, if any.
    public var pendingBootstrap: Int?
    /// Date windows being fetched, by request id.
    public var pendingFetches: [Int: DateInterval]
    /// Date windows already fetched (beyond what the bootstrap brings): their entries are all
    /// in ``catalog``.
    public var fetchedWindows: [DateInterval]
    /// Workspaces whose reports Toggl refused (402 plan, 403 access) in this run: older weeks
    /// are not asked of them again.
    public var reportsRefused: Set<Int64>
    /// Date windows of older entries the local store holds whole (fetched in an earlier run),
    /// served from the store with no request when shown.
    public var storedWindows: [DateInterval]
    /// Where the next `since` delta of entries starts: the time a sync began after which
    /// everything held was known to be current (its delta answered, or nothing older was
    /// held), less a margin for clocks (nil: no delta possible yet).
    public var entriesSince: Date?
    /// Entries Toggl reported deleted, by id with their start, so the store drops them from
    /// files the app has not read.
    public var deletedEntries: [Int64: Date]
    /// Whether entries older than `/me` brings are held (in memory or the store) and have not
    /// been checked against Toggl since the last sync: the `since` delta is due, and is sent
    /// when an older week is shown. Until then ``entriesSince`` stays where it was.
    public var isDeltaDue: Bool
    /// The `since` delta in flight, if any.
    public var pendingDelta: Int?
    /// When the running (or last) sync began: the cursor's base and the background clock.
    public var syncStartedAt: Date?
    /// Whether the running sync was started in the background (it ends without a message).
    public var isQuietSync: Bool
    /// Entries with writes Toggl has not confirmed, by the id the screen shows.
    public var pendingWrites: [Int64: PendingWrite]
    /// Entries whose last write Toggl confirmed while a sync was in flight: that sync's answer
    /// may have been read before the write was made, so for these the screen's version stays.
    public var confirmedDuringSync: Set<Int64>
    /// Entries whose writes Toggl refused (or that conflict with an edit made elsewhere), by
    /// the id the screen shows: kept as the user made them until fixed or discarded.
    public var failedWrites: [Int64: FailedWrite]
    /// Writes kept in the journal until Toggl can be reached, and why they wait (offline,
    /// quota); 0 when everything was sent.
    public var waitingWrites: Int
    /// The user's latest changes to entries, oldest first, at most ``UndoStep/limit``: `u`
    /// takes back the last one.
    public var undoSteps: [UndoStep]
    /// Whether the app should end.
    /// The reminder due now (work hours, `remind_after`, a forgotten timer), for the status line.
    public var reminder: Reminder? = nil
    /// Away time noticed while another dialog was open: asked about once it closes.
    public var pendingAway: AwayDialog? = nil
    /// The episode last reminded with the bell (and the desktop), so each is reminded once.
    public var remindedEpisode: String? = nil
    /// The focus span last rung (`pomodoro`): the timer's start and the span's number, so
    /// each span rings once.
    public var pomodoroEpisode: String? = nil
    public var isQuitting: Bool

    public init(settings: AppSettings = AppSettings(), now: Date) {
        self.settings = settings
        self.profile = nil
        self.account = nil
        self.preferences = nil
        self.catalog = Catalog()
        self.workspaceID = nil
        self.clientFilter = nil
        self.focus = .projects
        self.selection = [:]
        self.filters = [:]
        self.filterEditor = nil
        self.day = LocalDay.containing(now, in: settings.timeZoneOverride ?? settings.systemTimeZone)
        self.entriesMode = .day
        self.timelineCursor = nil
        self.overlay = nil
        self.status = nil
        self.sync = .starting
        self.quota = []
        self.now = now
        self.screenRows = 24
        self.nextLocalID = -1
        self.nextRequestID = 1
        self.pendingBootstrap = nil
        self.pendingFetches = [:]
        self.fetchedWindows = []
        self.reportsRefused = []
        self.storedWindows = []
        self.entriesSince = nil
        self.deletedEntries = [:]
        self.isDeltaDue = false
        self.pendingDelta = nil
        self.syncStartedAt = nil
        self.isQuietSync = false
        self.pendingWrites = [:]
        self.confirmedDuringSync = []
        self.failedWrites = [:]
        self.waitingWrites = 0
        self.undoSteps = []
        self.isQuitting = false
    }
}
