import Testing
@testable import TrackerRuntime

/// The TUI fixes glibc's mapped-block threshold at its start (what it saves is measured by
/// `toggl-tui-bench`'s fresh-process rows).
struct HeapTuningTests {
    @Test func theThresholdIsAppliedOnGlibc() {
        #if canImport(Glibc)
        #expect(HeapTuning.returnLargeBlocks())
        #else
        #expect(!HeapTuning.returnLargeBlocks())
        #endif
    }
}
