import Foundation
import Testing
import TogglModels

@Suite struct TimeEntryBehaviourTests {
    private let start = Date(timeIntervalSince1970: 1_734_314_124)

    @Test func runningMeansNoStopAndNegativeDuration() {
        let running = TimeEntry(id: 1, workspaceID: 1, start: start, duration: -1_734_314_125)
        #expect(running.isRunning)
        #expect(running.elapsed(at: start.addingTimeInterval(125)) == 125)

        let echo = TimeEntry(id: 1, workspaceID: 1, start: start, duration: -1)
        #expect(echo.isRunning)
        #expect(echo.elapsed(at: start.addingTimeInterval(3600)) == 3600)

        let stopped = TimeEntry(id: 1, workspaceID: 1, start: start, stop: start.addingTimeInterval(994), duration: 994)
        #expect(!stopped.isRunning)
        #expect(stopped.elapsed(at: .distantFuture) == 994)

        let zero = TimeEntry(id: 1, workspaceID: 1, start: start, duration: 0)
        #expect(!zero.isRunning)
        #expect(zero.elapsed(at: .distantFuture) == 0)
    }

    @Test func editableFieldsAreMutable() {
        var entry = TimeEntry(id: 1, workspaceID: 1, projectID: 5, start: start, duration: -1)
        entry.projectID = nil
        entry.description = "Edited"
        entry.tags.append("focus")
        entry.stop = start.addingTimeInterval(60)
        entry.duration = 60
        #expect(!entry.isRunning)
        #expect(entry.tags == ["focus"])
    }

    @Test func theSeldomReadFieldsAreOutOfLineAndStillCompare() throws {
        // The catalog holds entries inline in its dictionaries: the meta, sharing, permission
        // and expense fields live in a box, allocated only when one of them is set.
        #expect(MemoryLayout<TimeEntry>.stride <= 176)
        let start = Date(timeIntervalSince1970: 1_795_428_000)
        var plain = TimeEntry(id: 1, workspaceID: 2, start: start, duration: 60)
        let meta = TimeEntry(id: 1, workspaceID: 2, start: start, duration: 60, clientName: "Acme", projectColor: "#ff0000",
                             userAvatarURL: "https://example.com/a.png")
        #expect(plain != meta)
        #expect(meta.clientName == "Acme" && meta.projectColor == "#ff0000" && meta.projectName == nil)
        #expect(meta == TimeEntry(id: 1, workspaceID: 2, start: start, duration: 60, clientName: "Acme", projectColor: "#ff0000",
                                  userAvatarURL: "https://example.com/a.png"))
        plain.expenseIDs = [7]
        #expect(plain.expenseIDs == [7])
        plain.expenseIDs = nil
        #expect(plain == TimeEntry(id: 1, workspaceID: 2, start: start, duration: 60))
        #expect(Set([plain, meta]).count == 2)
        let decoded = try TogglJSON.makeDecoder().decode(TimeEntry.self, from: try TogglJSON.makeEncoder().encode(meta))
        #expect(decoded == meta)
    }
}
