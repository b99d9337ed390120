import Foundation
import TogglModels
import TrackerCore

/// A small, fixed account for view snapshots, after `TrackerCoreTests`' `Sample` (test targets
/// cannot import each other): two workspaces, two clients, three projects, two tags, and
/// entries around a fixed "now" (Monday 2026-11-23 10:00 UTC), shown in UTC.
///
/// States are built the way the app builds them: `AppUpdate.update` with `.launched`, the
/// bootstrap answer, then keys and messages. No network, no clock.
enum SampleState {
    static let utc = Zone(identifier: "UTC")!
    /// Monday 2026-11-23 10:00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_428_000)
    static let userID: Int64 = 42
    static let studio: Int64 = 100
    static let personal: Int64 = 200
    static let acme: Int64 = 11
    static let globex: Int64 = 12
    static let website: Int64 = 1001
    static let mobile: Int64 = 1002
    static let admin: Int64 = 1003

    /// Today (or `daysAgo` days before) at a UTC time.
    static func at(_ hour: Int, _ minute: Int = 0, daysAgo: Int = 0) -> Date {
        let midnight = now.addingTimeInterval(-10 * 3600)
        return midnight.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 - daysAgo * 86_400))
    }

    static var me: Me {
        Me(id: userID, email: "alex@example.com", fullname: "Alex Demo", timezone: "UTC", defaultWorkspaceID: studio,
           beginningOfWeek: 1,
           workspaces: [Workspace(id: studio, organizationID: 1, name: "Northwind Studio"),
                        Workspace(id: personal, organizationID: 2, name: "Personal")],
           clients: [Client(id: acme, workspaceID: studio, name: "Acme Corp"),
                     Client(id: globex, workspaceID: studio, name: "Globex")],
           projects: [Project(id: website, workspaceID: studio, clientID: acme, name: "Website Redesign", color: "#06a893"),
                      Project(id: mobile, workspaceID: studio, clientID: globex, name: "Mobile App", color: "#e36a00"),
                      Project(id: admin, workspaceID: studio, name: "Admin", color: "#525266")],
           tags: [Tag(id: 7, workspaceID: studio, name: "meeting"), Tag(id: 8, workspaceID: studio, name: "deep-work")],
           timeEntries: entries)
    }

    /// Today: a wide-character meeting 7:00–7:45, Wireframes 8–9, Standup 9–9:30; yesterday:
    /// a review 14–16.
    static var entries: [TimeEntry] {
        [
            TimeEntry(id: 500, workspaceID: studio, projectID: mobile, userID: userID, start: at(7), stop: at(7, 45), duration: 2700,
                      description: "会议 notes ☕", tags: ["meeting"]),
            TimeEntry(id: 501, workspaceID: studio, projectID: website, userID: userID, start: at(8), stop: at(9), duration: 3600,
                      description: "Wireframes", tags: ["deep-work"]),
            TimeEntry(id: 502, workspaceID: studio, projectID: mobile, userID: userID, start: at(9), stop: at(9, 30), duration: 1800,
                      description: "Standup"),
            TimeEntry(id: 503, workspaceID: studio, projectID: website, userID: userID, start: at(14, 0, daysAgo: 1),
                      stop: at(16, 0, daysAgo: 1), duration: 7200, description: "Review pull requests"),
        ]
    }

    /// Inbox on Admin, running since 9:30.
    static var running: TimeEntry {
        TimeEntry(id: 504, workspaceID: studio, projectID: admin, userID: userID, start: at(9, 30), duration: -1, description: "Inbox")
    }

    /// The sample account loaded, focused on projects, nothing open, no status message.
    static func loaded(running: Bool = true, preferences: Preferences? = nil) -> AppState {
        var state = AppState(settings: AppSettings(systemTimeZone: utc), now: now)
        _ = AppUpdate.update(&state, .launched)
        var account = me
        if running { account.timeEntries = (account.timeEntries ?? []) + [SampleState.running] }
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account, preferences: preferences))))
        state.status = nil
        return state
    }
}

extension AppState {
    /// Sends keys one after another.
    mutating func press(_ keys: KeyEvent...) {
        for key in keys { _ = AppUpdate.update(&self, .key(key)) }
    }

    /// Types text into whatever has the keys.
    mutating func type(_ text: String) {
        for character in text { _ = AppUpdate.update(&self, .key(.character(character))) }
    }

    /// Applies messages in order.
    mutating func send(_ messages: AppMessage...) {
        for message in messages { _ = AppUpdate.update(&self, message) }
    }
}

extension KeyEvent {
    static let enter = KeyEvent(.enter)
    static let tab = KeyEvent(.tab)
    static let escape = KeyEvent(.escape)
    static let down = KeyEvent(.down)
    static let up = KeyEvent(.up)
}
