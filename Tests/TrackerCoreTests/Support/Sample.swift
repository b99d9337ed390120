import Foundation
import TogglModels
@testable import TrackerCore

/// A small, fixed account for update tests: two workspaces, clients, projects and entries
/// around a fixed "now" (Monday 2026-11-23 10:00 UTC), in UTC.
enum Sample {
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
    static let design: Int64 = 3001
    static let development: Int64 = 3002
    /// Monday 2026-11-23, the sample's today.
    static let today = LocalDay(year: 2026, month: 11, day: 23)

    /// A day of November 2026.
    static func november(_ day: Int) -> LocalDay { LocalDay(year: 2026, month: 11, day: day) }

    static func at(_ hour: Int, _ minute: Int = 0, daysAgo: Int = 0) -> Date {
        let midnight = now.addingTimeInterval(-10 * 3600)
        return midnight.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 - daysAgo * 86_400))
    }

    static var me: Me {
        Me(id: userID, email: "alex@example.com", fullname: "Alex Demo", timezone: "UTC", defaultWorkspaceID: studio,
           beginningOfWeek: 1,
           // Studio on a paid plan (billable entries), Personal on Free.
           workspaces: [Workspace(id: studio, organizationID: 1, name: "Northwind Studio", premium: true),
                        Workspace(id: personal, organizationID: 2, name: "Personal")],
           clients: [Client(id: acme, workspaceID: studio, name: "Acme Corp"),
                     Client(id: globex, workspaceID: studio, name: "Globex")],
           projects: [Project(id: website, workspaceID: studio, clientID: acme, name: "Website Redesign", color: "#06a893"),
                      Project(id: mobile, workspaceID: studio, clientID: globex, name: "Mobile App", color: "#e36a00"),
                      Project(id: admin, workspaceID: studio, name: "Admin", color: "#525266")],
           tags: [Tag(id: 7, workspaceID: studio, name: "meeting"), Tag(id: 8, workspaceID: studio, name: "deep-work")],
           tasks: [ProjectTask(id: design, name: "Design", projectID: website, workspaceID: studio),
                   ProjectTask(id: development, name: "Development", projectID: website, workspaceID: studio),
                   ProjectTask(id: 3003, name: "Old task", projectID: website, workspaceID: studio, active: false)],
           timeEntries: entries)
    }

    static var entries: [TimeEntry] {
        [
            TimeEntry(id: 501, workspaceID: studio, projectID: website, userID: userID, start: at(8), stop: at(9), duration: 3600,
                      description: "Wireframes", tags: ["deep-work"]),
            TimeEntry(id: 502, workspaceID: studio, projectID: mobile, userID: userID, start: at(9), stop: at(9, 30), duration: 1800,
                      description: "Standup"),
            TimeEntry(id: 503, workspaceID: studio, projectID: website, userID: userID, start: at(14, 0, daysAgo: 1),
                      stop: at(16, 0, daysAgo: 1), duration: 7200, description: "Review pull requests"),
        ]
    }

    static var running: TimeEntry {
        TimeEntry(id: 504, workspaceID: studio, projectID: admin, userID: userID, start: at(9, 30), duration: -1, description: "Inbox")
    }

    /// What the first bootstrap records as already fetched: the last eight days and on.
    static var bootstrapWindow: DateInterval {
        DateInterval(start: now.addingTimeInterval(-8 * 86_400), end: .distantFuture)
    }

    /// A state that has loaded the sample account, focused on projects, with nothing open.
    static func loadedState(running: Bool = false) -> AppState {
        var state = AppState(settings: AppSettings(systemTimeZone: utc), now: now)
        _ = AppUpdate.update(&state, .launched)
        var account = me
        if running { account.timeEntries = (account.timeEntries ?? []) + [Sample.running] }
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        state.status = nil
        return state
    }
}

extension AppState {
    /// Sends keys one after another and collects every effect.
    @discardableResult
    mutating func press(_ keys: KeyEvent...) -> [AppEffect] {
        keys.flatMap { AppUpdate.update(&self, .key($0)) }
    }

    /// Types text into whatever has the keys.
    @discardableResult
    mutating func type(_ text: String) -> [AppEffect] {
        text.flatMap { AppUpdate.update(&self, .key(.character($0))) }
    }
}
