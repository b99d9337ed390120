import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the process's heap gives memory back (glibc).
///
/// glibc serves blocks of 128 KiB and more (a file's bytes, the arrays and dictionaries of a
/// large account) with their own mappings, returned to the system when freed — but after the
/// first such block is freed it raises that threshold (up to 32 MiB), so the next large
/// blocks come from the heap and stay resident after the work that needed them. Fixing the
/// threshold keeps the transient memory of a restore, a sync and a save from staying.
///
/// glibc also gives each new thread an arena of its own (up to 8 per core) on its first
/// allocation; the app's work moves between the cooperative pool's threads, the transport's and the
/// loop's, and what one arena frees the others cannot reuse. `toggl-tui` keeps one arena, set as
/// its `main` starts, before any other thread exists, and gives freed pages back after a large
/// save. Measured on the real program in a pty (`toggl-tui-bench --only-memory`, benchmark
/// account): one arena took the peak from 60.3 to 56.3 MB, and giving freed pages back the
/// resident set after the launch sync from 58.1 to 48.3 MB.
public enum HeapTuning {
    /// The size from which blocks get their own mapping: glibc's default starting value.
    public static let mappedBlockThreshold: Int32 = 128 * 1024

    /// Fixes glibc's mapped-block threshold (`mallopt(M_MMAP_THRESHOLD, …)`). Returns whether it
    /// was applied (false elsewhere than glibc).
    @discardableResult
    public static func returnLargeBlocks() -> Bool {
        // M_MMAP_THRESHOLD in <malloc.h>.
        setMallocOption(-3, mappedBlockThreshold)
    }

    /// Makes every thread allocate from the one main arena (`mallopt(M_ARENA_MAX, 1)`); call it
    /// before the first thread starts (a thread that has already allocated keeps its arena).
    /// Returns whether it was applied.
    @discardableResult
    public static func shareOneArena() -> Bool {
        // M_ARENA_MAX in <malloc.h>.
        setMallocOption(-8, 1)
    }

    /// Gives the heap's free pages back to the system (`malloc_trim(0)`): after work that
    /// allocated much and freed it again, such as a sync saved to the store. Returns whether
    /// glibc released anything.
    @discardableResult
    public static func giveBackFreedMemory() -> Bool {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return false }
        return unsafeBitCast(symbol, to: Trim.self)(0) == 1
        #else
        return false
        #endif
    }

    /// glibc's `mallopt(option, value)`, looked up by name (it is not in the Glibc module); false
    /// when refused or not glibc.
    private static func setMallocOption(_ option: Int32, _ value: Int32) -> Bool {
        #if canImport(Glibc)
        typealias SetOption = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        return unsafeBitCast(symbol, to: SetOption.self)(option, value) == 1
        #else
        return false
        #endif
    }
}
