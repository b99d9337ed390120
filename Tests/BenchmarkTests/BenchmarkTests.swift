import Foundation
import Testing
import TrackerBenchmarks

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
        #expect(day.app.refusedForQuota == 0 && day.app.failed == 0)
        #expect(day.app.total <= day.budget)
        #expect(day.naive.total > day.app.total)

        let table = report.table()
        for metric in report.metrics { #expect(table.contains(metric.name)) }
        #expect(table.contains("restored through LocalStore"))
    }
}
