import ArgumentParser
import Foundation
import TerminalUI
import TogglModels
import TrackerCore
import TrackerStore

/// `status [--format TEMPLATE] [--json] [--refresh]`: the running timer, its elapsed time,
/// today's total and how old the data is — read from the local store only, so it costs no
/// request and works offline (fast enough for a prompt or a status bar). `--refresh` first
/// fetches everything once (one request) and saves the store.
public struct StatusCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "status", abstract: "The running timer and today's total, from local data only (no request).",
        discussion: """
            Template fields: {description} {project} {client} {project_client} {tags} {elapsed} {elapsed_short} \
            {start} {id} {today} {today_short} {age} {state} (running or idle).
            Example for tmux: set -g status-right '#(toggl-tui status --format "{description} {elapsed_short}" --idle-format "idle")'
            """)

    /// The template while a timer runs.
    @Option(help: "Template for the line (default: '▶ {description} · {project} · {elapsed} · today {today_short} · {age}').")
    public var format: String?

    /// The template while idle.
    @Option(name: .customLong("idle-format"), help: "Template when no timer runs (default: --format, else '■ idle · today {today_short} · {age}').")
    public var idleFormat: String?

    /// Fetch first.
    @Flag(help: "Fetch from Toggl first (one request) and save the local data.")
    public var refresh = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    /// What `--json` prints.
    struct Report: Encodable {
        var running: TimeEntry?
        var description: String?
        var project: String?
        var client: String?
        var elapsedSeconds: Int?
        var todaySeconds: Int
        var dataSavedAt: Date
        var dataAgeSeconds: Int
        /// Toggl's reasons for the changes it refused (absent when there are none).
        var refusedChanges: [String]?

        enum CodingKeys: String, CodingKey {
            case running, description, project, client
            case elapsedSeconds = "elapsed_seconds"
            case todaySeconds = "today_seconds"
            case dataSavedAt = "data_saved_at"
            case dataAgeSeconds = "data_age_seconds"
            case refusedChanges = "refused_changes"
        }
    }

    /// Only `status --refresh` talks to Toggl; `status` alone makes no request.
    public var sendsUnsentFirst: Bool { refresh }

    public func execute(in session: CLISession) async throws {
        if refresh { try await session.bootstrap() }
        guard let layout = session.layout() else { throw Self.noData }
        let loaded = layout.recentEntries.load(now: session.now)
        guard let snapshot = loaded.payload, let savedAt = loaded.savedAt else { throw Self.noData }
        session.storedCatalogIfAny()
        let presenter = session.presenter
        let now = session.now
        // The store with what the journal holds laid over: a timer started or stopped offline shows.
        let entries = session.restoredAccount()?.entries ?? snapshot.entries.filter { !$0.isDeleted }
        let running = entries.filter(\.isRunning).max { $0.start < $1.start }
        let today = LocalDay.containing(now, in: session.timeZone)
        let dayStart = today.start(in: session.timeZone)
        let dayEnd = today.end(in: session.timeZone)
        var todaySeconds = 0
        for entry in entries {
            let end = entry.isRunning ? now : entry.stop ?? entry.start.addingTimeInterval(TimeInterval(max(0, entry.duration)))
            let overlap = min(end, dayEnd).timeIntervalSince(max(entry.start, dayStart))
            if overlap > 0 { todaySeconds += Int(overlap) }
        }
        let age = max(0, Int(now.timeIntervalSince(savedAt)))
        let refused = Self.refusedChanges(in: layout, now: now)
        if global.json {
            return try session.printJSON(Report(
                running: running, description: running.map(presenter.description), project: running.flatMap(presenter.project),
                client: running.flatMap(presenter.client), elapsedSeconds: running.map(presenter.seconds),
                todaySeconds: todaySeconds, dataSavedAt: savedAt, dataAgeSeconds: age, refusedChanges: refused.isEmpty ? nil : refused))
        }
        var values: [String: String] = [
            "today": TimeFormat.duration(todaySeconds), "today_short": TimeFormat.shortDuration(todaySeconds),
            "age": Self.age(age), "state": running == nil ? "idle" : "running",
        ]
        let template: String
        if let running {
            values["description"] = presenter.description(running)
            values["project"] = presenter.project(running) ?? ""
            values["client"] = presenter.client(running) ?? ""
            values["project_client"] = presenter.projectAndClient(running)
            values["tags"] = running.tags.joined(separator: ", ")
            values["elapsed"] = TimeFormat.duration(presenter.seconds(running))
            values["elapsed_short"] = TimeFormat.shortDuration(presenter.seconds(running))
            values["start"] = presenter.time(running.start)
            values["id"] = EntryReference.text(running.id)
            template = format ?? (running.projectID == nil
                ? "▶ {description} · {elapsed} · today {today_short} · {age}"
                : "▶ {description} · {project} · {elapsed} · today {today_short} · {age}")
        } else {
            template = idleFormat ?? format ?? "■ idle · today {today_short} · {age}"
        }
        session.say(Self.fill(template, values))
        // A one-line template is for a status bar; the default gets the reminder.
        if format == nil, idleFormat == nil, let first = refused.first {
            let what = refused.count == 1 ? "1 change" : "\(refused.count) changes"
            session.say("\(what) refused by Toggl: \(TerminalText.safe(first)) — open toggl-tui to fix or discard")
        }
    }

    /// Toggl's reasons for the journaled writes it refused (read from the journal, no request).
    static func refusedChanges(in layout: StoreLayout, now: Date) -> [String] {
        guard FileManager.default.fileExists(atPath: layout.journalPath),
              let records = try? layout.makeJournal().readAll(now: now).records else { return [] }
        let pending = PendingWrites(records: records)
        return pending.failed.compactMap { pending.failures[$0.sequence] }
    }

    /// Replaces `{name}` with its value made terminal-safe, line breaks included, so a status bar
    /// gets one line (unknown names and idle fields become empty).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out += TerminalText.safe(values[String(rest[rest.index(after: open)..<close])] ?? "")
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// `data 5m old`, `data 2h 05m old`, `data 3d old`, `data fresh`.
    static func age(_ seconds: Int) -> String {
        if seconds < 60 { return "data fresh" }
        if seconds >= 2 * 86_400 { return "data \(seconds / 86_400)d old" }
        return "data \(TimeFormat.shortDuration(seconds)) old"
    }

    static let noData = CLIError.notFound(
        "No local data yet: open toggl-tui once, or run `toggl-tui status --refresh` (one request).")
}
