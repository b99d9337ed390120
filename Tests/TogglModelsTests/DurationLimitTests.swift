import Foundation
import Testing
import TogglModels

/// Durations from outside are saturated where they are decoded, so no arithmetic on them traps.
struct DurationLimitTests {
    @Test func aDecodedDurationNearInt64MaxIsSaturated() throws {
        let json = #"[{"id":1,"workspace_id":2,"start":"2026-11-23T09:00:00Z","stop":"2026-11-23T10:00:00Z","duration":9000000000000000000},"#
            + #"{"id":2,"workspace_id":2,"start":"2026-11-23T09:00:00Z","stop":null,"duration":-9223372036854775807}]"#
        let entries = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(json.utf8))
        #expect(entries.map(\.duration) == [DurationLimit.seconds, -DurationLimit.seconds])
        #expect(entries[1].isRunning)
        let made = TimeEntry(id: 3, workspaceID: 2, start: Date(timeIntervalSince1970: 0), duration: Int.max)
        #expect(made.duration == DurationLimit.seconds)
    }

    @Test func aReportRowsSecondsAreSaturatedAndItsEntriesDoNotTrap() throws {
        let row = DetailedReportRow(timeEntries: [
            .init(id: 1, seconds: Int.max, start: Date(timeIntervalSince1970: 0)),
            .init(id: 2, seconds: Int.max, start: Date(timeIntervalSince1970: 0)),
        ])
        #expect(row.seconds == 2 * DurationLimit.seconds)
        #expect(row.timeEntries(in: 1).map(\.duration) == [DurationLimit.seconds, DurationLimit.seconds])
    }

    @Test func sumsAndConversionsSaturate() {
        #expect(DurationLimit.sum([Int.max, Int.max, 5]) == Int.max)
        #expect(DurationLimit.sum([Int.min, -5]) == Int.min)
        #expect(DurationLimit.sum([2 * DurationLimit.seconds, DurationLimit.seconds]) == 3 * DurationLimit.seconds)
        #expect(DurationLimit.sum(Array(repeating: DurationLimit.seconds, count: 10)) == 10 * DurationLimit.seconds)
        #expect(DurationLimit.wholeSeconds(.nan) == 0)
        #expect(DurationLimit.wholeSeconds(.infinity) == DurationLimit.seconds)
        #expect(DurationLimit.wholeSeconds(-1e300) == -DurationLimit.seconds)
        #expect(DurationLimit.wholeSeconds(90.9) == 90)
        let running = TimeEntry(id: 1, workspaceID: 1, start: Date(timeIntervalSince1970: -62_000_000_000), duration: -1)
        #expect(running.elapsedSeconds(at: Date(timeIntervalSince1970: 1_800_000_000)) == DurationLimit.seconds)
    }
}
