import Foundation
import Testing
import TogglSandbox
@testable import TrackerBenchmarks

/// The `--tiny` benchmark end to end: every metric is produced (no timing is asserted).
struct BenchmarkTests {
    static let marker = "toggl-tui-bench report: "

    @Test func tinyRunProducesEveryMetric() async throws {
        // In a child process: curses has one current screen per process, and other suites use it.
        let result = try await #require(processExitsWith: .success, observing: [\.standardOutputContent]) {
            var options = BenchmarkOptions.tiny
            options.statusRuns = 0 // spawning a debug toggl-tui measures nothing; StatusProcessBenchmarkTests covers it
            let report = try await BenchmarkSuite.run(options)
            let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
            print(BenchmarkTests.marker + json)
        }
        let output = String(decoding: result.standardOutputContent, as: UTF8.self)
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix(Self.marker) })
        let report = try JSONDecoder().decode(BenchmarkReport.self, from: Data(line.dropFirst(Self.marker.count).utf8))

        #expect(report.metrics.map(\.key) == [
            "first_frame_ms", "keystroke_move_us", "keystroke_panes_us", "keystroke_filter_us", "keystroke_picker_us",
            "tick_cells", "tick_bytes", "peak_memory_mb", "workday_requests", "workday_requests_naive", "status_wall_ms",
        ])
        #expect(report.statusProcess.skipped != nil)
        for metric in report.metrics where metric.key != "status_wall_ms" {
            #expect(metric.value.isFinite && metric.value > 0, "\(metric.key) = \(metric.value)")
        }
        #expect(report.firstFrame.total.count == BenchmarkOptions.tiny.firstFrameRuns)
        // Only the recent days are read for the first frame.
        #expect(report.firstFrame.entries > 0 && report.firstFrame.entries <= AccountSize.tiny.entries)
        #expect(report.keystrokes.allSatisfy { $0.total.count > 0 })
        #expect(report.tick.ticks == BenchmarkOptions.tiny.ticks)
        #expect(report.tick.firstFrameBytes > report.tick.bytesMax)

        let day = report.workday
        let counts: [Int] = [day.starts, day.stops, day.edits, day.workspaceSwitches, day.syncs]
        // 20 scripted stops, and the stop the first start makes of the timer running since the night before;
        // syncs: the launch, 10 by `r` and 29 in the background (every 15 minutes since the last).
        #expect(counts == [20, 21, 5, 3, 40])
        #expect(day.app.refusedForQuota == 0 && day.app.failed == 0, "\(day.app.refused)")
        #expect(day.app.total <= day.budget)
        // The budget counts every bucket: the user's (syncs) and each organization's (writes).
        #expect(day.keptEveryBudget, "\(day.app.byBucket) against \(day.bucketBudgets), busiest hours \(day.app.busiestHour)")
        #expect(day.bucketBudgets["user", default: 0] >= day.syncs)
        #expect(day.bucketBudgets.keys.contains { $0.hasPrefix("organization:") })
        #expect(day.hourlyLimits["user"] == 30)
        #expect(day.naive.total > day.app.total)

        let table = report.table()
        for metric in report.metrics { #expect(table.contains(metric.name)) }
        #expect(table.contains("restored through LocalStore"))
    }

    /// A 402 is a quota refusal only when its bucket had spent its hourly limit; else (a paid
    /// plan's feature) it is a failure, and it counts against the bucket like any answered request.
    @Test func aQuotaRefusalIsToldFromAPaidFeaturesRefusal() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        func entry(_ minute: Double, _ status: Int, _ bucket: String) -> RequestLogEntry {
            RequestLogEntry(method: "POST", path: "/api/v9/workspaces/1/time_entries", query: "", status: status, bucket: bucket,
                            body: "", at: start.addingTimeInterval(minute * 60))
        }
        let quota = QuotaSettings(userLimit: 2, organizationLimit: 3)
        let log = [
            entry(0, 200, "organization:9"), entry(1, 402, "organization:9"), entry(2, 200, "organization:9"),
            entry(3, 402, "organization:9"), // the fourth in the hour: over the limit of 3
            entry(4, 200, "user"), entry(5, 500, "user"),
            entry(61, 200, "organization:9"), // an hour after the first: room again
        ]
        let tally = RequestTally(log, quota: quota)
        #expect(tally.refusedForQuota == 1)
        #expect(tally.failed == 2)
        #expect(tally.byBucket == ["organization:9": 5, "user": 2])
        #expect(tally.busiestHour == ["organization:9": 3, "user": 2])
        #expect(tally.refused == [
            "402 POST /api/v9/workspaces/1/time_entries (organization:9) at +1 min",
            "402 quota POST /api/v9/workspaces/1/time_entries (organization:9) at +3 min",
            "500 POST /api/v9/workspaces/1/time_entries (user) at +5 min",
        ])
    }
}
