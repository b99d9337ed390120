import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct DemoAccountTests {
    /// Wednesday 18 December 2024, 15:10 in Berlin.
    static let now = TogglTimestamp.parse("2024-12-18T14:10:00Z")!
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    /// Several zones and times of day, including just after local midnight and late evening.
    static let moments: [(String, String)] = [
        ("Europe/Berlin", "2024-12-18T14:10:00Z"),
        ("America/Los_Angeles", "2024-12-18T14:10:00Z"), // 06:10 local: an early start
        ("Asia/Tokyo", "2024-12-18T14:10:00Z"),          // 23:10 local
        ("Asia/Kolkata", "2024-12-17T18:45:00Z"),        // 00:15 local
        ("UTC", "2025-03-30T01:30:00Z"),
        ("Europe/London", "2025-03-30T09:00:00Z"),       // the day clocks go forward
    ]

    @Test func sameNowGivesTheSameWorld() {
        let a = DemoAccount.makeWorld(now: Self.now, timeZone: Self.berlin)
        let b = DemoAccount.makeWorld(now: Self.now, timeZone: Self.berlin)
        #expect(a == b)
        let other = DemoAccount.makeWorld(now: Self.now.addingTimeInterval(86_400), timeZone: Self.berlin)
        #expect(other != a)
    }

    @Test(arguments: moments)
    func todayHasFinishedEntriesAndExactlyOneRunningEntry(zone: String, instant: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let now = try #require(TogglTimestamp.parse(instant))
        let world = DemoAccount.makeWorld(now: now, timeZone: timeZone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = world.timeEntries.filter { calendar.isDate($0.start, inSameDayAs: now) }

        let running = world.timeEntries.filter(\.isRunning)
        #expect(running.count == 1)
        let timer = try #require(running.first)
        #expect(calendar.isDate(timer.start, inSameDayAs: now))
        #expect(timer.start <= now)
        if now.timeIntervalSince(calendar.startOfDay(for: now)) > 3600 {
            #expect(abs(now.timeIntervalSince(timer.start) - 40 * 60) < 60)
        }
        let finished = today.filter { !$0.isRunning }
        #expect(finished.count >= 2)
        #expect(finished.allSatisfy { $0.stop! <= timer.start })
        #expect(world.timeEntries.all.allSatisfy { $0.start <= now && ($0.stop ?? now) <= now && $0.at <= now })
    }

    @Test func accountWorkspacesAndCatalog() throws {
        let world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.berlin)
        let user = try #require(world.user(apiToken: DemoAccount.apiToken))
        #expect(world.user(email: DemoAccount.email, password: DemoAccount.password)?.id == user.id)
        #expect(world.users.count == 1)
        #expect(user.fullname == "Alex Demo")
        #expect(user.timezone == "Europe/Berlin")
        #expect(user.beginningOfWeek == 1)

        let workspaces = world.workspaces(of: user.id)
        #expect(workspaces.map(\.name) == ["Northwind Studio", "Personal"])
        #expect(workspaces.map { world.plan(ofWorkspace: $0.id) } == [.starter, .free])
        #expect(user.defaultWorkspaceID == workspaces[0].id)
        #expect(world.organizations.count == 2)

        #expect(world.clients.count == 6)
        #expect(world.clients.all.allSatisfy { $0.workspaceID == workspaces[0].id && !($0.notes ?? "").isEmpty })
        #expect((23...27).contains(world.projects.count))
        #expect(world.projects.filter { !$0.active }.count == 1)
        #expect(world.projects.filter { $0.clientID == nil }.count >= 3)
        #expect(Set(world.projects.all.map(\.color)).count >= 8)
        #expect(world.projects.all.allSatisfy { $0.color.count == 7 && $0.color.hasPrefix("#") })
        #expect(world.tasks.count >= 5)
        #expect(world.tasks.all.allSatisfy { world.plan(ofWorkspace: $0.workspaceID) == .starter })
        #expect(world.tags.filter { $0.workspaceID == workspaces[0].id }.count == 10)
        #expect(world.projects.filter { $0.billable }.allSatisfy { world.plan(ofWorkspace: $0.workspaceID).isPaid })
    }

    @Test func idsAreUnique() {
        let world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.berlin)
        let ids: [Int64] = world.users.all.map(\.id) + world.organizations.all.map(\.id) + world.workspaces.all.map(\.id)
            + world.memberships.all.map(\.id) + world.clients.all.map(\.id) + world.projects.all.map(\.id)
            + world.tasks.all.map(\.id) + world.tags.all.map(\.id) + world.timeEntries.all.map(\.id)
            + world.projectUsers.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0 <= world.lastID })
    }

    @Test(arguments: moments)
    func everyReferenceIsValid(zone: String, instant: String) throws {
        let world = DemoAccount.makeWorld(now: try #require(TogglTimestamp.parse(instant)),
                                          timeZone: try #require(TimeZone(identifier: zone)))
        for entry in world.timeEntries.all {
            #expect(world.membership(of: entry.userID, in: entry.workspaceID) != nil)
            if let projectID = entry.projectID {
                #expect(world.projects[projectID]?.workspaceID == entry.workspaceID)
            }
            if let taskID = entry.taskID {
                #expect(world.tasks[taskID]?.projectID == entry.projectID)
            }
            #expect(entry.tagIDs.allSatisfy { world.tags[$0]?.workspaceID == entry.workspaceID })
            #expect(Set(entry.tagIDs).count == entry.tagIDs.count)
            if !entry.billable || world.plan(ofWorkspace: entry.workspaceID) == .free {
                #expect(!entry.billable)
            }
            if let stop = entry.stop {
                #expect(entry.duration == Int(stop.timeIntervalSince(entry.start)))
            }
        }
        for project in world.projects.all {
            if let clientID = project.clientID { #expect(world.clients[clientID]?.workspaceID == project.workspaceID) }
        }
        for task in world.tasks.all { #expect(world.projects[task.projectID]?.workspaceID == task.workspaceID) }
        // One person cannot do two things at once.
        let sorted = world.timeEntries.all.sorted { $0.start < $1.start }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) {
            #expect((earlier.stop ?? .distantFuture) <= later.start, "\(earlier.id) overlaps \(later.id)")
        }
    }

    @Test func entriesReadLikeTwoWeeksOfWork() {
        let world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.berlin)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.berlin
        let earliest = calendar.date(byAdding: .day, value: -14, to: calendar.startOfDay(for: Self.now))!
        let entries = world.timeEntries.all.filter { $0.start >= earliest }
        #expect((50...200).contains(entries.count))

        // Every workday of the two weeks has entries; lengths are 15 min to 3 h (today's may be squeezed).
        for offset in 1...14 {
            let day = calendar.date(byAdding: .day, value: -offset, to: calendar.startOfDay(for: Self.now))!
            let weekday = calendar.component(.weekday, from: day)
            let count = entries.filter { calendar.isDate($0.start, inSameDayAs: day) }.count
            if weekday != 1 && weekday != 7 { #expect(count >= 3, "\(day)") } else { #expect(count <= 2) }
        }
        let past = entries.filter { !$0.isRunning && !calendar.isDate($0.start, inSameDayAs: Self.now) }
        #expect(past.allSatisfy { $0.duration >= 10 * 60 && $0.duration <= 3 * 3600 + 59 })

        let descriptions = Set(entries.compactMap(\.description))
        #expect(descriptions.count >= 20)
        #expect(descriptions.contains { $0.unicodeScalars.contains { $0.value > 0x2E80 } }) // CJK or emoji
        #expect(descriptions.contains { $0.contains("é") || $0.contains("ü") })
        #expect(entries.contains { $0.billable })
        #expect(entries.contains { !$0.tagIDs.isEmpty })
        #expect(entries.filter { world.plan(ofWorkspace: $0.workspaceID) == .free }.count >= 2)
    }

    @Test func olderWeeksHaveEntriesBeyondThreeMonths() {
        let world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.berlin)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.berlin
        let today = calendar.startOfDay(for: Self.now)
        let entries = world.timeEntries.all
        #expect(entries.allSatisfy { $0.start >= calendar.date(byAdding: .day, value: -182, to: today)! })
        for offset in [15, 60, 100, 150, 182] {
            let day = calendar.date(byAdding: .day, value: -offset, to: today)!
            let weekday = calendar.component(.weekday, from: day)
            guard weekday != 1 && weekday != 7 else { continue }
            #expect(entries.filter { calendar.isDate($0.start, inSameDayAs: day) }.count >= 3, "\(day)")
        }
    }

    @Test func theRoutesServeTheDemoWorld() throws {
        var h = EntryHarness(now: Self.now)
        h.world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.berlin)
        h.userID = try #require(h.world.user(apiToken: DemoAccount.apiToken)).id
        let current = try h.send("GET", "/me/time_entries/current", query: [("meta", "true")]).decode(TimeEntry.self)
        #expect(current.isRunning)
        #expect(current.projectName == "Mobile App v2")
        #expect(current.clientName == "Globex")
        let list = try h.send("GET", "/me/time_entries").decode([TimeEntry].self)
        #expect(list.first?.id == current.id)
        let workspace = h.world.users[h.userID]!.defaultWorkspaceID
        let summary = h.send("POST", "/workspace/\(workspace)/summary/time_entries",
                             json: #"{"start_date":"2024-12-09","end_date":"2024-12-15"}"#, root: .reports)
        #expect(summary.status == 200)
        #expect(try summary.decode(SummaryReport.self).totalSeconds > 20 * 3600)
    }
}
