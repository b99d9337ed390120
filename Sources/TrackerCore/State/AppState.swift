import Foundation
import TogglModels

/// Everything the app knows and shows, as one value.
///
/// Only ``AppUpdate/update(_:_:)`` changes it; views read it. Derived lists (the projects of
/// the workspace narrowed by client and filter, the entries of the shown day, totals) are
/// computed from it, never stored.
public struct AppState: Sendable, Equatable {
    public var settings: AppSettings
    public var profile: Profile?
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
    /// Date windows already fetched (beyond what the bootstrap brings).
    public var fetchedWindows: [DateInterval]
    /// Entries whose write is in flight, with their state before it (nil for creates), to roll
    /// back if Toggl refuses.
    public var pendingWrites: [Int64: TimeEntry?]
    /// Stops asked for while the entry's create was still in flight, by local id.
    public var deferredStops: Set<Int64>
    /// The entry each start in flight (by local id) shows stopped because Toggl stops it when the
    /// start arrives; its running state is in ``pendingWrites``, restored if the start fails.
    public var stoppedByStart: [Int64: Int64]
    /// Whether the app should end.
    public var isQuitting: Bool

    public init(settings: AppSettings = AppSettings(), now: Date) {
        self.settings = settings
        self.profile = nil
        self.catalog = Catalog()
        self.workspaceID = nil
        self.clientFilter = nil
        self.focus = .projects
        self.selection = [:]
        self.filters = [:]
        self.filterEditor = nil
        self.day = LocalDay.containing(now, in: settings.timeZoneOverride ?? settings.systemTimeZone)
        self.entriesMode = .day
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
        self.pendingWrites = [:]
        self.deferredStops = []
        self.stoppedByStart = [:]
        self.isQuitting = false
    }
}
