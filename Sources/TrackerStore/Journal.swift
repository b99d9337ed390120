#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization
import TogglModels
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The offline write journal: an append-only JSON Lines file, `<state>/users/<id>/journal.jsonl`,
/// that holds every write the user made until it is settled. Its promise: once
/// ``append(_:at:baseAt:)`` returns, the record is on disk (written and fsynced), so the UI may show the
/// write as done; killing the process at any later moment loses nothing.
///
/// Line format (UTF-8, one JSON object per line, keys sorted, each line ends with `\n`):
/// ```
/// {"base_sequence":0,"created_at":"2025-03-01T09:00:00Z","format":"toggl-tui.journal","version":1}
/// {"at":"2025-03-01T09:00:05Z","operation":{"id":-1,"payload":{…},"type":"start_entry","workspace_id":42},"sequence":1}
/// {"at":"2025-03-01T09:00:06Z","operation":{"server_id":3812,"target":1,"type":"sent"},"sequence":2}
/// ```
/// The header line names the format and version and the sequence the records continue from;
/// the records follow in strictly increasing ``JournalRecord/sequence`` (see
/// ``JournalOperation`` for the operations).
///
/// Damage: a last line without its newline is an append that was cut short (its `append` never
/// returned): it is dropped and the file truncated back to the last complete line, keeping every
/// earlier line. Any other damage (a bad line in the middle, a missing or unknown header) is not
/// guessed at: the whole file is set aside as `journal.jsonl.corrupt-<UTC stamp>` (or
/// `.old-v<N>-…`) and a fresh journal continues the numbering. Both are reported as
/// ``StoreIssue``s. A sequence (or header `base_sequence`) outside 1…2^53
/// (``JournalRecord/maximumSequence``) is such damage and its number is not carried on; a file
/// whose numbering comes within ``JournalRecord/sequenceHeadroom`` of the limit is set aside the
/// same way and the numbering starts again at 1, so no `+ 1` on a number read from disk can
/// overflow and a damaged file is reported once, not on every start.
///
/// Several processes: every operation holds an exclusive ``StoreLock`` on a lock file of its own
/// (`journal.lock`) for its few system calls, so the TUI and command-line runs append safely to
/// the same journal. The journal never holds it while calling out, so callers may hold the
/// store's main lock around journal calls.
public final class Journal: Sendable {
    /// What ``readAll(now:)`` found.
    public struct Contents: Sendable, Equatable {
        /// The records, oldest first.
        public var records: [JournalRecord]
        /// Problems found and repaired on the way (torn tail, file set aside).
        public var issues: [StoreIssue]
        /// The highest sequence used so far (the next append gets a higher one).
        public var lastSequence: Int64

        /// Creates contents.
        public init(records: [JournalRecord], issues: [StoreIssue] = [], lastSequence: Int64) {
            self.records = records
            self.issues = issues
            self.lastSequence = lastSequence
        }
    }

    /// The journal file.
    public let path: String
    /// The lock every operation holds.
    public let lock: StoreLock
    private let memory = Mutex(Memory())

    /// A journal at `path`, locked through `lockPath` (by default `<folder>/journal.lock`).
    /// Nothing is touched until the first call.
    public init(path: String, lockPath: String? = nil) {
        self.path = path
        lock = StoreLock(path: lockPath ?? POSIX.join(POSIX.parent(of: path), "journal.lock"))
    }

    /// Appends `operation` as the next record and fsyncs it before returning.
    ///
    /// The sequence is one above the highest in the file (read again if another process has
    /// written since). An unfinished last line left by a killed process is cut off first (the
    /// issue is kept for ``takeIssues()``/``readAll(now:)``).
    /// - Returns: the record as written.
    /// - Throws: ``StoreError`` when the record could not be made durable; then it is not in the
    ///   journal (a partial line is cut off again) and the write must not be shown as done.
    @discardableResult
    public func append(_ operation: JournalOperation, at date: Date = Date(), baseAt: Date? = nil) throws -> JournalRecord {
        try lock.withExclusive {
            let descriptor = try openForAppend(now: date)
            defer { close(descriptor) }
            let last = memory.withLock { max($0.cache?.lastSequence ?? 0, $0.highestSequence) }
            guard last < JournalRecord.maximumSequence else {
                throw StoreError.encoding(path: path, detail: "the journal's numbering is used up (sequence \(last))")
            }
            let record = JournalRecord(sequence: last + 1, at: date, operation: operation, baseAt: baseAt)
            var line = try encode(record)
            line.append(0x0A)
            let before = try FileIdentity(descriptor: descriptor, path: path)
            do {
                try POSIX.writeAll(descriptor, line, path: path)
                try POSIX.sync(descriptor, path: path)
            } catch {
                _ = ftruncate(descriptor, off_t(before.size))
                _ = fsync(descriptor)
                memory.withLock { $0.cache = nil }
                throw error
            }
            let after = try FileIdentity(descriptor: descriptor, path: path)
            memory.withLock {
                $0.cache = Cache(identity: after, lastSequence: record.sequence)
                $0.highestSequence = max($0.highestSequence, record.sequence)
            }
            return record
        }
    }

    /// Every record in order, after repairing the file as described above; never loses a
    /// complete line. A missing file reads as empty.
    /// - Throws: ``StoreError`` only when the file cannot be read or repaired at all — including
    ///   a damaged file that cannot be set aside (it is then left untouched, never overwritten).
    public func readAll(now: Date = Date()) throws -> Contents {
        try lock.withExclusive {
            let scan = try inspect(now: now)
            let pending = memory.withLock { state -> [StoreIssue] in
                defer { state.pendingIssues = [] }
                return state.pendingIssues
            }
            return Contents(records: scan.records, issues: pending + scan.issues, lastSequence: scan.lastSequence)
        }
    }

    /// Rewrites the journal atomically with only the records `keeping` accepts, in order (their
    /// lines are copied byte for byte). The numbering continues above the highest sequence so far.
    /// - Returns: what remains, with any issue found on the way.
    @discardableResult
    public func compact(keeping: (JournalRecord) -> Bool, now: Date = Date()) throws -> Contents {
        try compact(now: now) { records in Set(records.filter(keeping).map(\.sequence)) }
    }

    /// Compacts away settled writes (see ``settledSequences(in:)``), keeping pending and failed
    /// ones with their `failed` records. Writes settled at `keepingSettledSince` or later (by
    /// their status record's time) are kept with their status records, so another process that
    /// shares the journal still learns how they ended (and the Toggl ids creates got). Only
    /// compact once the data files reflect what was sent.
    @discardableResult
    public func compactSettled(now: Date = Date(), keepingSettledSince cutoff: Date? = nil) throws -> Contents {
        try compact(now: now) { records in
            let settled = Self.settledSequences(in: records)
            let recentlySettled = Set(records.compactMap { record -> Int64? in
                guard let cutoff, record.operation.isStatus, record.at >= cutoff else { return nil }
                return record.operation.target
            })
            return Set(records.filter { record in
                !settled.contains(record.sequence) || recentlySettled.contains(record.operation.target ?? record.sequence)
            }.map(\.sequence))
        }
    }

    /// Whether the file changed since this instance last read or wrote it — another process
    /// appended or compacted. One `stat`; nothing is read.
    public var isChangedElsewhere: Bool {
        let known = memory.withLock { $0.cache?.identity }
        return known == nil || FileIdentity(path: path) != known
    }

    /// Issues found while repairing the file during ``append(_:at:baseAt:)`` since they were last taken
    /// (``readAll(now:)`` also returns and clears them).
    public func takeIssues() -> [StoreIssue] {
        memory.withLock { state in
            defer { state.pendingIssues = [] }
            return state.pendingIssues
        }
    }

    /// The sequences of records that are done with: writes that were `sent` or `discarded`,
    /// and every status record about them or about a write no longer in `records`.
    public static func settledSequences(in records: [JournalRecord]) -> Set<Int64> {
        let writes = Set(records.filter { !$0.operation.isStatus }.map(\.sequence))
        var done = Set<Int64>()
        for record in records {
            switch record.operation {
            case .sent(let target, _), .discarded(let target): done.insert(target)
            default: break
            }
        }
        var settled = done.intersection(writes)
        for record in records {
            guard let target = record.operation.target else { continue }
            if done.contains(target) || !writes.contains(target) { settled.insert(record.sequence) }
        }
        return settled
    }

    // MARK: Internals

    /// What this instance remembers between calls (guarded by `memory`, used under `lock`).
    private struct Memory: Sendable {
        /// The file as this instance last left it; when it still matches, no re-read is needed.
        var cache: Cache?
        /// The highest sequence this instance has seen or issued (floor for a fresh file).
        var highestSequence: Int64 = 0
        var pendingIssues: [StoreIssue] = []
    }

    private struct Cache: Sendable, Equatable {
        var identity: FileIdentity
        var lastSequence: Int64
    }

    private struct Inspection {
        var records: [JournalRecord]
        var issues: [StoreIssue]
        var lastSequence: Int64
        /// Each record's line bytes, newline included.
        var lines: [Data]
    }

    private func encode(_ value: some Encodable) throws -> Data {
        do {
            return Data(try StreamingJSONEncoder.storeBytes(of: value, capacity: 1_024))
        } catch {
            throw StoreError.encoding(path: path, detail: "\(error)")
        }
    }

    /// A descriptor open for appending to a file with a header and a clean end, repairing or
    /// creating the file as needed. Called with the lock held.
    private func openForAppend(now: Date) throws -> Int32 {
        // Non-blocking: a FIFO put where the journal should be must not hang the open.
        if let descriptor = try? POSIX.openFile(path, O_WRONLY | O_APPEND | O_NONBLOCK) {
            let identity = try? FileIdentity(descriptor: descriptor, path: path)
            let known = memory.withLock { $0.cache?.identity }
            if let identity, known == identity { return descriptor }
            // Not the file last checked (or not one that can be looked at): inspect it afresh.
            close(descriptor)
        }
        let inspection = try inspect(now: now)
        memory.withLock { $0.pendingIssues += inspection.issues }
        return try POSIX.openFile(path, O_WRONLY | O_APPEND | O_NONBLOCK)
    }

    /// Reads and checks the whole file, cuts off a torn tail, sets a damaged file aside, writes
    /// a header into a missing or empty file, and refreshes the cache. Called with the lock held.
    private func inspect(now: Date) throws -> Inspection {
        var issues: [StoreIssue] = []
        var descriptor: Int32
        do {
            descriptor = try POSIX.openFile(path, O_RDWR | O_NONBLOCK)
        } catch StoreError.system(_, _, let code) where code == ENOENT {
            try startFresh(now: now)
            return Inspection(records: [], issues: [], lastSequence: memory.withLock { $0.highestSequence }, lines: [])
        }
        defer { close(descriptor) }
        // A FIFO or a device would be read forever; it holds no writes to keep.
        try POSIX.requireRegularFile(descriptor, path: path)
        let data = try POSIX.readAll(descriptor, path: path)
        let scan = JournalScan(data)
        memory.withLock { $0.highestSequence = max($0.highestSequence, scan.highestSequence) }
        if let damage = scan.damage {
            issues.append(try setAside(damage, now: now))
            try startFresh(now: now)
            return Inspection(records: [], issues: issues, lastSequence: memory.withLock { $0.highestSequence }, lines: [])
        }
        if scan.tornBytes > 0 {
            guard ftruncate(descriptor, off_t(scan.completeLength)) == 0 else { throw POSIX.failure("truncate", path) }
            try POSIX.sync(descriptor, path: path)
            issues.append(StoreIssue(
                path: path, problem: .tornTail, action: .truncated(droppedBytes: scan.tornBytes),
                message: "The journal's last line was cut short (\(scan.tornBytes) bytes of a write that never finished) and was dropped; every earlier write is intact."
            ))
        }
        if scan.header == nil {
            // Empty (or only an unfinished first line): give it its header.
            try startFresh(now: now)
            return Inspection(records: [], issues: issues, lastSequence: memory.withLock { $0.highestSequence }, lines: [])
        }
        let identity = try FileIdentity(descriptor: descriptor, path: path)
        let lastSequence = scan.lastSequence
        memory.withLock { $0.cache = Cache(identity: identity, lastSequence: lastSequence) }
        let lines = scan.lineRanges.map { data.subdata(in: $0) }
        return Inspection(records: scan.records, issues: issues, lastSequence: lastSequence, lines: lines)
    }

    /// Writes a journal holding only a header that continues the numbering (atomically).
    private func startFresh(now: Date) throws {
        let base = memory.withLock { $0.highestSequence }
        try writeFile(header: JournalHeader(baseSequence: base, createdAt: now), lines: [], lastSequence: base)
    }

    /// Replaces the file atomically with `header` and `lines`; `lastSequence` is the highest
    /// sequence in use afterwards.
    private func writeFile(header: JournalHeader, lines: [Data], lastSequence: Int64) throws {
        var data = try encode(header)
        data.append(0x0A)
        for line in lines { data.append(line) }
        try AtomicFile(path: path).write(data)
        let descriptor = try POSIX.openFile(path, O_RDONLY | O_NONBLOCK)
        defer { close(descriptor) }
        let identity = try FileIdentity(descriptor: descriptor, path: path)
        memory.withLock {
            $0.cache = Cache(identity: identity, lastSequence: lastSequence)
            $0.highestSequence = max($0.highestSequence, lastSequence)
        }
    }

    /// Moves a damaged journal aside. If it cannot be moved, this throws rather than let a fresh
    /// journal overwrite writes that may still be recoverable by hand.
    private func setAside(_ damage: JournalScan.Damage, now: Date) throws -> StoreIssue {
        memory.withLock { $0.cache = nil }
        let aside = try POSIX.setAside(path, suffix: damage.suffix, now: now)
        return StoreIssue(
            path: path, problem: damage.problem, action: .setAside(path: aside),
            message: "The journal could not be read safely: \(StoreIssue.explain(damage.problem)). It was set aside whole as \(aside) (nothing was deleted) and a new journal started; the writes in it will not be sent."
        )
    }

    private func compact(now: Date, keep choose: ([JournalRecord]) -> Set<Int64>) throws -> Contents {
        try lock.withExclusive {
            let inspection = try inspect(now: now)
            let keep = choose(inspection.records)
            var records: [JournalRecord] = []
            var lines: [Data] = []
            for (record, line) in zip(inspection.records, inspection.lines) where keep.contains(record.sequence) {
                records.append(record)
                lines.append(line)
            }
            let base = max(memory.withLock { $0.highestSequence }, inspection.lastSequence)
            try writeFile(header: JournalHeader(baseSequence: base, createdAt: now), lines: lines, lastSequence: base)
            let pending = memory.withLock { state -> [StoreIssue] in
                defer { state.pendingIssues = [] }
                return state.pendingIssues
            }
            return Contents(records: records, issues: pending + inspection.issues, lastSequence: base)
        }
    }
}
