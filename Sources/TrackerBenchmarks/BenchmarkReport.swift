import Foundation
import TrackerCore

/// One row of the benchmark's table.
public struct Metric: Sendable, Equatable, Codable {
    /// A stable name for scripts (`first_frame_ms`, `keystroke_move_us`, …).
    public var key: String
    public var name: String
    /// The number compared with the target (p99, max, peak, total), in ``unit``.
    public var value: Double
    public var unit: String
    /// The value in words (percentiles, breakdowns).
    public var detail: String
    /// The target as a limit on ``value`` (nil: reported for comparison only).
    public var target: Double?
    public var targetText: String
    public var met: Bool?

    init(_ key: String, _ name: String, value: Double, unit: String, detail: String, atMost target: Double? = nil,
         targetText: String? = nil) {
        self.key = key
        self.name = name
        self.value = value
        self.unit = unit
        self.detail = detail
        self.target = target
        self.targetText = targetText ?? target.map { "≤ \(Format.number($0)) \(unit)" } ?? "—"
        self.met = target.map { value <= $0 }
    }

    enum CodingKeys: String, CodingKey { case key, name, value, unit, detail, target, targetText, met }

    /// Writes `target` and `met` as `null` when there is no target, so every row has every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(name, forKey: .name)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(detail, forKey: .detail)
        try container.encode(target, forKey: .target)
        try container.encode(targetText, forKey: .targetText)
        try container.encode(met, forKey: .met)
    }
}

/// Everything measured, the table's rows, and the caveats of this first version.
public struct BenchmarkReport: Sendable, Equatable, Codable {
    public var account: AccountSize
    public var projectsInDefaultWorkspace: Int
    public var screen: String
    public var firstFrame: FirstFrameResult
    public var keystrokes: [KeystrokeResult]
    public var tick: TickResult
    public var memory: MemoryResult
    public var workday: WorkdayResult
    /// `toggl-tui status` as a process beside the hellos.
    public var statusProcess: StatusProcessResult
    /// A fresh process's memory, floor and account (nil when not measured).
    public var processMemory: ProcessMemoryResult?
    /// Why the fresh process's memory was not measured, when it was asked for and failed.
    public var processMemoryNotMeasured: String?
    public var metrics: [Metric]
    public var notes: [String]

    init(options: BenchmarkOptions, projectsInDefaultWorkspace: Int, firstFrame: FirstFrameResult,
         keystrokes: [KeystrokeResult], tick: TickResult, memory: MemoryResult, workday: WorkdayResult,
         statusProcess: StatusProcessResult, processMemory: ProcessMemoryResult? = nil, processMemoryNotMeasured: String? = nil) {
        account = options.account
        self.projectsInDefaultWorkspace = projectsInDefaultWorkspace
        screen = "\(options.screen.columns)×\(options.screen.rows)"
        self.firstFrame = firstFrame
        self.keystrokes = keystrokes
        self.tick = tick
        self.memory = memory
        self.workday = workday
        self.statusProcess = statusProcess
        self.processMemory = processMemory
        self.processMemoryNotMeasured = processMemoryNotMeasured
        metrics = []
        notes = []
        metrics = makeMetrics()
        notes = makeNotes()
    }

    /// Every metric met its target.
    public var allMet: Bool { metrics.allSatisfy { $0.met != false } }

    private func makeMetrics() -> [Metric] {
        var rows: [Metric] = []
        let frame = firstFrame
        rows.append(Metric("first_frame_ms", "store load → first frame", value: frame.total.p99, unit: "ms",
                           detail: "\(Format.percentiles(frame.total)) ms; 1st run \(Format.number(frame.firstRun)); "
                               + "read files \(Format.number(frame.decode.p50)) + restore \(Format.number(frame.update.p50)) "
                               + "+ render \(Format.number(frame.render.p50)) (p50)",
                           atMost: 50, targetText: "p99 ≤ 50 ms"))
        for result in keystrokes {
            rows.append(Metric("keystroke_\(result.key)_us", "keystroke: \(result.scenario)", value: result.total.p99, unit: "µs",
                               detail: "\(Format.percentiles(result.total)) µs (n=\(result.total.count)); mean update "
                                   + "\(Format.number(result.updateMean)) + render \(Format.number(result.renderMean)) "
                                   + "+ diff \(Format.number(result.diffMean))",
                               atMost: 2_000, targetText: "p99 ≤ 2000 µs"))
        }
        rows.append(Metric("tick_cells", "cells changed per timer tick", value: Double(tick.cellsMax), unit: "cells",
                           detail: "mean \(Format.number(tick.cellsMean)), max \(tick.cellsMax) over \(tick.ticks) ticks"))
        rows.append(Metric("tick_bytes", "bytes written per tick (\(tick.terminalType) pty)", value: Double(tick.bytesMax),
                           unit: "bytes",
                           detail: "mean \(Format.number(tick.bytesMean)), max \(tick.bytesMax) (first frame \(tick.firstFrameBytes))",
                           atMost: 64, targetText: "max ≤ 64 bytes"))
        // The benchmark's own process (it holds the generated account too): for comparison; the
        // targets are the fresh process's below.
        rows.append(Metric("peak_memory_mb", "peak resident memory, this process (VmHWM, no sandbox)", value: memory.peakMegabytes, unit: "MB",
                           detail: "\(Format.number(memory.peakMegabytes)) MB; \(Format.number(memory.startMegabytes)) MB at start, "
                               + "\(Format.number(memory.afterGeneratorMegabytes)) after the generator; peaks by phase: "
                               + memory.phases.map { "\($0.phase) \(Format.number($0.peakMegabytes))" }.joined(separator: " · "),
                           atMost: nil))
        if let process = processMemory {
            // The targets: 45 MB at the benchmark's account, 60 at the larger ones.
            let peakTarget = ProcessMemoryResult.peakTarget(for: account)
            func phases(_ samples: [MemorySample]) -> String {
                samples.map { "\($0.phase) \(Format.number($0.resident)) (anon \(Format.number($0.anonymous)))" }.joined(separator: " · ")
            }
            rows.append(Metric("process_peak_mb", "peak resident, toggl-tui in a pty (store → frame → sync → save → keys)",
                               value: process.peakMegabytes, unit: "MB",
                               detail: "VmHWM \(Format.number(process.peakMegabytes)) MB (empty account "
                                   + "\(Format.number(process.floorPeakMegabytes))); phases: \(phases(process.account)); "
                                   + "empty account: \(phases(process.floor))",
                               atMost: peakTarget))
            rows.append(Metric("account_memory_mb", "memory the account adds (fresh process)", value: process.addedMegabytes,
                               unit: "MB",
                               detail: "peak − empty account's peak, or anonymous memory − the empty account's at a phase's "
                                   + "end, whichever is larger",
                               atMost: ProcessMemoryResult.addedTarget(for: account)))
        }
        if processMemory == nil, let reason = processMemoryNotMeasured {
            // Asked for and failed: a row that says so, never a silently shorter table.
            var missing = Metric("process_peak_mb", "peak resident, toggl-tui in a pty (store → frame → sync → save → keys)",
                                 value: 0, unit: "MB", detail: "not measured: \(reason)",
                                 targetText: "≤ \(Format.number(ProcessMemoryResult.peakTarget(for: account))) MB")
            missing.met = false
            rows.append(missing)
        }
        let day = workday
        var requests = Metric("workday_requests", "workday requests, toggl-tui", value: Double(day.app.total), unit: "requests",
                              detail: "\(day.app.total): \(Format.buckets(day)); \(day.app.refusedForQuota) refused for quota, "
                                  + "\(day.app.failed) failed; \(day.starts) starts, \(day.stops) stops, "
                                  + "\(day.edits) edits, \(day.workspaceSwitches) switches, \(day.syncs) syncs"
                                  + (day.app.refused.isEmpty ? "" : "; refused: " + day.app.refused.joined(separator: ", ")),
                              atMost: Double(day.budget),
                              targetText: "≤ \(day.budget), each bucket ≤ its budget and hourly limit, 0 refused")
        requests.met = day.keptEveryBudget
        rows.append(requests)
        rows.append(Metric("workday_requests_naive", "workday requests, naive poller", value: Double(day.naive.total),
                           unit: "requests",
                           detail: "\(day.naive.total): \(Format.buckets(day.naive)); \(day.naive.refusedForQuota) refused (402)"))
        rows += statusProcess.metrics
        return rows
    }

    private func makeNotes() -> [String] {
        var notes = [
            "Account: \(account.entries) entries over \(account.days) days, \(account.projects) projects "
                + "(\(projectsInDefaultWorkspace) in the default workspace), \(account.clients) clients, \(account.tags) tags, "
                + "\(account.workspaces) workspaces; screen \(screen).",
            "First frame: from the on-disk store a previous run left (catalog + the last 14 days of entries), restored "
                + "through LocalStore as toggl-tui starts, rendered and diffed; no request.",
            "Memory: read in-process before the workday's sandbox starts; VmHWM was "
                + (memory.peakRestartedAfterGenerator
                    ? "restarted after generating the account (its \(Format.number(memory.accountJSONMegabytes)) MB of JSON stay resident). "
                    : "NOT restarted (clear_refs refused): the peak includes the generator. ")
                + "The sandbox should run as its own process for the real number. "
                + (processMemory.map { process in
                    "The fresh-process rows run the real program, \(process.program) (\(process.linkage)), in a pseudo-terminal "
                        + "with its store warm, against the sandbox (in this process) serving the same account over loopback "
                        + "HTTP: the first frame, the launch sync answered and the store saved, the keystrokes; read from "
                        + "/proc/<pid>/status."
                } ?? ""),
            "Workday: 8 h on the sandbox's virtual clock, in-process over loopback HTTP, Toggl's quotas (me 30/h, "
                + "Starter 240/h, Free 30/h). The naive client polls the running entry every minute and re-fetches lists.",
            statusProcess.note,
        ]
        if !allMet { notes.append("Targets missed: " + metrics.filter { $0.met == false }.map(\.key).joined(separator: ", ") + ".") }
        return notes
    }

    // MARK: Output

    /// The table: metric, value, target, met?; then the details and notes.
    public func table() -> String {
        Self.table(metrics: metrics, notes: notes)
    }

    /// A table of `metrics` with their details and `notes` below.
    public static func table(metrics: [Metric], notes: [String]) -> String {
        let header = ["metric", "value", "target", "met?"]
        let rows = metrics.map { [$0.name, "\(Format.number($0.value)) \($0.unit)", $0.targetText, $0.met.map { $0 ? "yes" : "NO" } ?? "—"] }
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        lines.append("")
        // Details and notes carry paths and error messages from outside: terminal-safe.
        lines += metrics.map { TerminalText.safe("\($0.key): \($0.detail)") }
        lines.append("")
        lines += notes.map { "• " + TerminalText.safe($0) }
        return lines.joined(separator: "\n")
    }

    /// The whole report as JSON.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// Number formatting for the table.
enum Format {
    static func number(_ value: Double) -> String {
        if value >= 100 || value == value.rounded() { return String(Int(value.rounded())) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    static func percentiles(_ distribution: Distribution) -> String {
        "p50 \(number(distribution.p50)) · p95 \(number(distribution.p95)) · p99 \(number(distribution.p99))"
    }

    static func buckets(_ tally: RequestTally) -> String {
        tally.byBucket.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: " · ")
    }

    /// Per bucket: spent / budget, and the busiest hour against the hourly limit.
    static func buckets(_ day: WorkdayResult) -> String {
        Set(day.app.byBucket.keys).union(day.bucketBudgets.keys).sorted().map { bucket in
            "\(bucket) \(day.app.byBucket[bucket, default: 0])/\(day.bucketBudgets[bucket, default: 0]) "
                + "(busiest hour \(day.app.busiestHour[bucket, default: 0]) of \(day.hourlyLimits[bucket, default: 0]))"
        }.joined(separator: " · ")
    }
}
