import Testing
@testable import TrackerRuntime

/// The TUI fixes glibc's mapped-block threshold and keeps one arena from its start, and gives
/// freed pages back after large saves (what it saves is measured by `toggl-tui-bench`'s
/// fresh-process rows). `shareOneArena()` is not called here: in the test process it would put
/// every parallel test's allocations behind one lock.
struct HeapTuningTests {
    @Test func theThresholdIsAppliedOnGlibc() {
        #if canImport(Glibc)
        #expect(HeapTuning.returnLargeBlocks())
        #else
        #expect(!HeapTuning.returnLargeBlocks())
        #endif
    }

    @Test func givingBackFreedMemoryIsSafeAfterLargeFreedBlocks() {
        var blocks: [[UInt8]] = (0..<64).map { _ in [UInt8](repeating: 1, count: 64 * 1024) }
        blocks.removeAll()
        HeapTuning.giveBackFreedMemory()
        let after = [UInt8](repeating: 2, count: 1024)
        #expect(after.allSatisfy { $0 == 2 })
    }
}
