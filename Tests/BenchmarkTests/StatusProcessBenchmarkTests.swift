import Foundation
import Testing
@testable import TrackerBenchmarks

/// The status benchmark's parts: spawning with `wait4`, and its rows against the hello.
struct StatusProcessBenchmarkTests {
    @Test func spawnReportsTheExitStatusAndPeakMemory() throws {
        let ran = try #require(StatusProcessBenchmark.spawn("/bin/sh", ["-c", "exit 3"], environment: ["PATH=/usr/bin:/bin"]))
        #expect(ran.exitStatus == 3)
        #expect(ran.maxResidentMegabytes > 0 && ran.milliseconds > 0)
        #expect(StatusProcessBenchmark.spawn("/nonexistent/toggl-tui", [], environment: []) == nil)
    }

    @Test func statusRowsCompareTheMedianWithOneAndAHalfHellos() {
        func program(_ key: String, _ milliseconds: [Double], peak: Double) -> StatusProcessResult.Program {
            .init(key: key, name: key, arguments: [], wall: Distribution(milliseconds), peakMegabytes: peak)
        }
        let result = StatusProcessResult(programs: [
            program("hello", [6, 6, 7], peak: 16), program("hello_static", [2, 2, 2], peak: 5),
            program("status", [8, 9, 30], peak: 20), program("status_json", [10, 10, 10], peak: 21),
            program("status_full", [25, 25, 25], peak: 40),
        ], storeBytes: 1_000)
        let rows = Dictionary(uniqueKeysWithValues: result.metrics.map { ($0.key, $0) })
        #expect(rows["status_wall_ms"]?.value == 9 && rows["status_wall_ms"]?.met == true)
        #expect(rows["status_json_wall_ms"]?.met == false)
        #expect(rows["status_full_wall_ms"]?.met == nil)
        #expect(rows["status_peak_mb"]?.value == 21 && rows["status_peak_mb"]?.met == true)
        #expect(StatusProcessResult(skipped: "swiftc is not on PATH").metrics.map(\.detail) == ["not measured: swiftc is not on PATH"])
    }
}
