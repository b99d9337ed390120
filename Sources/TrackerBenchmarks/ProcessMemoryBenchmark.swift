import CursesTerminal
import Foundation
import Glibc
import Synchronization
import TerminalUI
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore

/// Resident memory at one point of a process's run, in MB (its `/proc/<pid>/status`).
public struct MemorySample: Sendable, Equatable, Codable {
    public var phase: String
    /// `VmRSS`: in all.
    public var resident: Double
    /// `RssAnon`: heap and stacks — what the process made.
    public var anonymous: Double
    /// `RssFile`: the binary, the libraries and their data, mapped from files.
    public var file: Double
    /// `VmHWM`: the peak so far.
    public var peak: Double

    /// Process `pid`'s memory now; nil when it is gone.
    static func of(_ pid: pid_t, phase: String) -> MemorySample? {
        let fields = MemoryProbe.fields(of: "/proc/\(pid)/status")
        guard let resident = fields["VmRSS"], let peak = fields["VmHWM"] else { return nil }
        return MemorySample(phase: phase, resident: resident, anonymous: fields["RssAnon"] ?? 0, file: fields["RssFile"] ?? 0,
                            peak: peak)
    }
}

/// The memory of the real `toggl-tui` as a user starts it — the program, in a terminal, its store
/// warm, its launch sync answered over HTTP — read from outside, phase by phase. Once with an
/// empty account (the fixed floor: runtime, libraries, an empty state) and once with the
/// benchmark's account; what the account adds is the difference.
public struct ProcessMemoryResult: Sendable, Equatable, Codable {
    /// The program measured.
    public var program: String
    /// How it was linked, as its running process showed: "static Swift runtime" when it maps
    /// no `libswiftCore.so`, else "dynamic".
    public var linkage: String
    /// The empty account's run, phase by phase.
    public var floor: [MemorySample]
    /// The benchmark account's run, phase by phase.
    public var account: [MemorySample]
    /// Where the floor's resident memory is at its first frame: the largest mappings by file
    /// (the program, each library; a file's pages copied on write, such as its relocations,
    /// count with it), and the memory mapped from no file (heap, stacks) as "anonymous", in MB.
    public var floorMappings: [ResidentMapping]

    /// The account run's peak (`VmHWM`).
    public var peakMegabytes: Double { account.map(\.peak).max() ?? 0 }
    /// The floor run's peak.
    public var floorPeakMegabytes: Double { floor.map(\.peak).max() ?? 0 }
    /// What the account adds: the larger of the difference in peaks and the largest difference
    /// in anonymous memory at the end of a phase (phases matched by name).
    public var addedMegabytes: Double {
        let floorByPhase = Dictionary(floor.map { ($0.phase, $0.anonymous) }, uniquingKeysWith: { first, _ in first })
        let anonymous = account.compactMap { sample in floorByPhase[sample.phase].map { sample.anonymous - $0 } }.max() ?? 0
        return max(0, peakMegabytes - floorPeakMegabytes, anonymous)
    }

    /// The issue's peak target for an account: 45 MB at the benchmark's account, 60 at larger ones.
    public static func peakTarget(for account: AccountSize) -> Double {
        account.entries > AccountSize.large.entries || account.projects > AccountSize.large.projects ? 60 : 45
    }

    /// The issue's target for what the account adds: 15 MB, set for the benchmark's account only.
    public static func addedTarget(for account: AccountSize) -> Double? {
        peakTarget(for: account) == 45 ? 15 : nil
    }

    /// The two runs as lines of text (`--only-memory`): the peaks against the account's targets,
    /// what the account adds, then each phase (resident, anonymous, file-backed, peak so far).
    public func table(for size: AccountSize) -> String {
        let peakTarget = Self.peakTarget(for: size)
        func format(_ value: Double) -> String { String(format: "%.1f", value) }
        func phases(_ name: String, _ samples: [MemorySample]) -> [String] {
            ["\(name): phase — resident / anonymous / file-backed / peak so far (MB)"]
                + samples.map { "  \($0.phase): \(format($0.resident)) / \(format($0.anonymous)) / \(format($0.file)) / \(format($0.peak))" }
        }
        let met = peakMegabytes <= peakTarget ? "met" : "NOT met"
        return ([
            // File names are the file system's: shown through the terminal-safe boundary.
            "program: \(TerminalText.safe(program)) (\(linkage))",
            "peak resident, fresh process: \(format(peakMegabytes)) MB (target ≤ \(format(peakTarget)) MB: \(met))",
            "empty account's peak (the floor): \(format(floorPeakMegabytes)) MB",
            "memory the account adds: \(format(addedMegabytes)) MB"
                + (Self.addedTarget(for: size).map { " (target ≤ \(format($0)) MB: \(addedMegabytes <= $0 ? "met" : "NOT met"))" } ?? ""),
        ] + phases("account", account) + phases("empty account", floor)
            + ["the floor's first frame by mapping (MB): "
                + floorMappings.map { "\(TerminalText.safe($0.name)) \(format($0.megabytes))" }.joined(separator: ", ")])
            .joined(separator: "\n")
    }
}

/// Resident memory mapped from one file (or all anonymous memory), in MB, from `/proc/<pid>/smaps`.
public struct ResidentMapping: Sendable, Equatable, Codable {
    /// The file's name (`libcrypto.so.3`, `toggl-tui`), or "anonymous" (heap, stacks).
    public var name: String
    public var megabytes: Double

    /// The `count` largest of process `pid`'s mappings by resident size; empty when unreadable.
    static func largest(of pid: pid_t, count: Int) -> [ResidentMapping] {
        guard let text = MemoryProbe.procFile("/proc/\(pid)/smaps") else { return [] }
        var kilobytes: [String: Int] = [:]
        var current = "anonymous"
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = fields.first, first.contains("-"), !first.hasSuffix(":") {
                // `start-end perms offset device inode [path]`
                current = fields.count >= 6 && fields[5].hasPrefix("/") ? String(fields[5].split(separator: "/").last ?? "") : "anonymous"
            } else if fields.first == "Rss:", fields.count >= 2, let value = Int(fields[1]) {
                kilobytes[current, default: 0] += value
            }
        }
        return kilobytes.sorted { $0.value > $1.value }.prefix(count).map { ResidentMapping(name: $0.key, megabytes: Double($0.value) / 1024) }
    }
}

/// Runs the real `toggl-tui` beside this benchmark's executable (the same build folder, so a
/// release build measures the release program — linked statically as `scripts/install.sh`
/// installs it — and a debug build the debug one) as a user would: in a pseudo-terminal, with a store a
/// previous run left (catalog + the last 14 days) in its own `HOME`, against the sandbox
/// serving the same account over loopback HTTP from this process.
///
/// Its memory is read from `/proc/<pid>/status` at three points: the first frame (the launch
/// sync's answer is held back ``answerDelay`` seconds so the frame is drawn alone), after the
/// launch sync's `/me?with_related_data=true` is answered, decoded and the store saved, and after
/// the keystrokes of ``keys`` have been typed. Waiting is by the program's output going quiet
/// and its store files changing, never by a fixed sleep alone. Then `q`.
public enum ProcessMemoryBenchmark {
    /// How long the sandbox holds the launch sync's answer, so the first frame is measured alone.
    static let answerDelay = 3.0
    /// What is typed: move in the projects, entries and clients, switch panes, a filter over the
    /// projects, the project picker, each closed again (nothing is sent to Toggl).
    static let keys: [String] = ["3"] + Array(repeating: "j", count: 20) + Array(repeating: "k", count: 20)
        + ["5"] + Array(repeating: "j", count: 10) + Array(repeating: "k", count: 10)
        + ["2"] + Array(repeating: "j", count: 5) + ["\t", "\t", "1", "2", "3", "4", "5", "3", "/", "a", "r", "e", "\u{1B}", "\u{1B}"]
        + ["3", "s", "\t", "a", "\u{1B}", "\u{1B}", "\u{1B}"]

    /// The floor (an empty account), then the benchmark's account, each in a fresh `toggl-tui`.
    static func run(_ options: BenchmarkOptions, progress: (String) -> Void = { _ in }) async throws -> ProcessMemoryResult {
        let buildFolder = URL(fileURLWithPath: StatusProcessBenchmark.executablePath()).deletingLastPathComponent()
        let program = buildFolder.appendingPathComponent("toggl-tui").path
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw BenchmarkError.notMeasured("no toggl-tui beside the benchmark in \(buildFolder.path): build it first (swift build -c release)")
        }
        let now = Date()
        let empty = AccountSize(entries: 0, projects: 0, clients: 0, tags: 0, workspaces: 1, days: 1)
        progress("toggl-tui in a pty: an empty account")
        let floor = try await measure(program, SyntheticAccount(size: empty, now: now, timeZone: options.timeZone), screen: options.screen)
        progress("toggl-tui in a pty: this account")
        let account = try await measure(program, SyntheticAccount(size: options.account, now: now, timeZone: options.timeZone),
                                        screen: options.screen)
        return ProcessMemoryResult(program: program, linkage: account.linkage, floor: floor.samples, account: account.samples,
                                   floorMappings: floor.mappings)
    }

    /// One run of the program on one account.
    private static func measure(_ program: String, _ account: SyntheticAccount, screen: Size) async throws
        -> (samples: [MemorySample], linkage: String, mappings: [ResidentMapping]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("toggl-tui-memory-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let layout = try StatusProcessBenchmark.writeStore(account, root: root)
        let sandbox = Sandbox(world: account.world, clock: SandboxClock(), quota: account.quotaSettings,
                              settings: SandboxSettings(demoTimeZone: account.timeZone.foundationTimeZone))
        sandbox.faults = SandboxFaults(latencySeconds: answerDelay)
        let server = SandboxServer(sandbox: sandbox)
        let url = try await server.start(port: 0)
        do {
            let result = try await measure(program, account, root: root, layout: layout, sandbox: sandbox, url: url, screen: screen)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// The run itself, the sandbox listening at `url`.
    private static func measure(_ program: String, _ account: SyntheticAccount, root: URL, layout: StoreLayout, sandbox: Sandbox,
                                url: URL, screen: Size) async throws
        -> (samples: [MemorySample], linkage: String, mappings: [ResidentMapping]) {
        let terminal = try PseudoTerminal(size: screen)
        defer { terminal.close() }
        let output = TerminalOutput(master: terminal.master)
        let environment = [
            "HOME=\(root.path)", "XDG_CONFIG_HOME=\(root.path)/config", "XDG_CACHE_HOME=\(root.path)/cache",
            "XDG_STATE_HOME=\(root.path)/state", "XDG_DATA_HOME=\(root.path)/data", "TOGGL_API_TOKEN=\(SyntheticAccount.apiToken)",
            "TOGGL_API_URL=\(url.absoluteString)", "PATH=/usr/bin:/bin", "TZ=\(account.timeZone.identifier)", "LANG=C.UTF-8",
            "TERM=xterm-256color",
        ]
        evictFromPageCache(program)
        let pid = try spawn(program, terminal: terminal, environment: environment)
        var exited = false
        // The whole group (`setsid` made `pid` its leader): the program and anything it started.
        defer { if !exited { kill(-pid, SIGKILL); reap(pid, within: .seconds(5)) } }
        let reader = Thread { output.drain() }
        reader.start()
        defer { output.stop() }

        var samples: [MemorySample] = []
        func sample(_ phase: String) throws {
            guard let sample = MemorySample.of(pid, phase: phase) else { throw BenchmarkError.notMeasured("toggl-tui exited early") }
            samples.append(sample)
        }
        // The first frame: drawn, the launch sync's answer still held back by the sandbox.
        guard output.waitUntilQuiet(for: .milliseconds(300), within: .seconds(30)) else {
            throw BenchmarkError.notMeasured("toggl-tui drew nothing within 30 s")
        }
        let linkage = Self.linkage(of: pid)
        try sample("first frame")
        let mappings = ResidentMapping.largest(of: pid, count: 16)
        // The launch sync: answered (the sandbox logs a request as it handles it), then the store
        // saved after it (`sync.json` records every sync; a save before the answer is older
        // than the moment the answer was seen), then the screen settled.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        while clock.now < deadline, !sandbox.requestLog.contains(where: { $0.path.hasSuffix("/me") }) {
            try await Task.sleep(for: .milliseconds(5))
        }
        let answered = Date()
        while clock.now < deadline, (modified(layout.sync.path) ?? .distantPast) <= answered {
            try await Task.sleep(for: .milliseconds(5))
        }
        guard clock.now < deadline else { throw BenchmarkError.notMeasured("toggl-tui did not save a sync within 60 s") }
        _ = output.waitUntilQuiet(for: .milliseconds(300), within: .seconds(5))
        try sample("synced and saved")
        // The keystrokes, one at a time: each waits for the screen it changes to settle, and a
        // key after Esc waits out the terminal's escape delay (else Esc and the key read as Alt+key).
        for key in keys {
            let mark = output.bytesRead
            terminal.type(key)
            _ = output.waitUntilQuiet(for: .milliseconds(key == "\u{1B}" ? 100 : 30), within: .milliseconds(300), after: mark)
        }
        _ = output.waitUntilQuiet(for: .milliseconds(300), within: .seconds(5))
        try sample("keystrokes")
        terminal.type("q")
        exited = reap(pid, within: .seconds(10))
        guard exited else { throw BenchmarkError.notMeasured("toggl-tui did not quit on q within 10 s (the keys left it elsewhere)") }
        return (samples, linkage, mappings)
    }

    /// Drops the program file's pages from the page cache, so every run loads it from disk as a
    /// start after a reboot does. How a file came into the cache changes how much of it a process
    /// maps: on this machine's kernel (ext4 large folios), a binary the linker or `install` has
    /// just written is cached in large folios, and the same program maps ~1.5 MB more of it than
    /// when read back from disk. Dirty pages are not dropped, so the file is synced first; pages
    /// another process maps stay. Best effort: a file that cannot be opened is measured as it is.
    static func evictFromPageCache(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = fdatasync(descriptor)
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
    }

    /// Starts `program` in its own session with the terminal's slave as its controlling terminal
    /// and standard input, output and error.
    private static func spawn(_ program: String, terminal: PseudoTerminal, environment: [String]) throws -> pid_t {
        guard let name = ttyname(terminal.slave) else { throw BenchmarkError.notMeasured("the pseudo-terminal has no name") }
        let slavePath = String(cString: name)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, terminal.master)
        // Opened by name after `setsid`, the slave becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, posixSpawnSetSID)
        let argv = [strdup(program)] + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard result == 0 else { throw BenchmarkError.notMeasured("could not start \(program): \(String(cString: strerror(result)))") }
        return pid
    }

    /// glibc's `POSIX_SPAWN_SETSID` (2.26+), which the Glibc module does not import.
    private static let posixSpawnSetSID: Int16 = 0x80

    /// Waits for `pid` to exit; true when it did within `timeout`.
    @discardableResult
    private static func reap(_ pid: pid_t, within timeout: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var status: Int32 = 0
        while clock.now < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result < 0 && errno != EINTR) { return true }
            usleep(10_000)
        }
        return false
    }

    /// "static Swift runtime" when the process maps no `libswiftCore.so`, else "dynamic".
    private static func linkage(of pid: pid_t) -> String {
        (MemoryProbe.procFile("/proc/\(pid)/maps") ?? "").contains("libswiftCore.so") ? "dynamic" : "static Swift runtime"
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}

/// What the program writes to its terminal, read as it comes (so it never blocks on a full
/// pty), with the moment of the last byte: "quiet" is how the benchmark knows it has settled.
private final class TerminalOutput: Sendable {
    private let master: Int32
    private let state = Mutex<(bytes: Int, last: ContinuousClock.Instant, stopped: Bool)>((0, ContinuousClock.now, false))
    private let drained = DispatchSemaphore(value: 0)

    init(master: Int32) { self.master = master }

    /// Reads until ``stop()`` (or the terminal's end).
    func drain() {
        defer { drained.signal() }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !state.withLock({ $0.stopped }) {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 50)
            if ready < 0, errno != EINTR { return }
            guard ready > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                state.withLock { $0.bytes += count; $0.last = ContinuousClock.now }
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                return
            }
        }
    }

    /// Stops ``drain()`` and waits for it to return, so the terminal can be closed under it.
    func stop() {
        state.withLock { $0.stopped = true }
        _ = drained.wait(timeout: .now() + 5)
    }

    /// How many bytes the program has written so far.
    var bytesRead: Int { state.withLock { $0.bytes } }

    /// Waits until more than `mark` bytes were written and then nothing for `quiet`; false when
    /// that did not happen within `timeout`.
    func waitUntilQuiet(for quiet: Duration, within timeout: Duration, after mark: Int = 0) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            let (bytes, last, _) = state.withLock { $0 }
            if bytes > mark, clock.now - last >= quiet { return true }
            usleep(2_000)
        }
        return false
    }
}
