import ArgumentParser
import Foundation
import TogglModels
import TrackerStatus
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
            {start} {id} {today} {today_short} {age} {state} (running or idle), {goal_left} and {goal_week_left} \
            (what is left of the [goals] day and week totals), {untracked} (how long nothing has run; empty while a \
            timer runs), {reminder} (the reminder due in work hours, or empty).
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

    /// Only `status --refresh` talks to Toggl; `status` alone makes no request.
    public var sendsUnsentFirst: Bool { refresh }

    /// Gathers the store's facts (``StatusSummary``), prints them, and leaves them with what they
    /// were made from as the ``StatusCard`` the next run's ``StatusShortcut`` answers from.
    public func execute(in session: CLISession) async throws {
        if refresh { try await session.bootstrap() }
        guard let layout = session.layout() else { throw Self.noData }
        // Before the store is read, so a write meanwhile shows as a change next time. (The
        // config was read at launch, a moment earlier.)
        let inputs = StatusCard.takeInputs(session, layout)
        guard let summary = StatusSummary.gather(layout: layout, in: session) else { throw Self.noData }
        let settings = StatusCard.settings(session)
        let line = StatusLine(format: format, idleFormat: idleFormat, json: global.json)
        // Just gathered, the summary lists every entry of the last nine days: today is among them.
        guard let text = try line.text(for: summary, settings: settings, now: session.now, timeZone: session.timeZone) else {
            throw Self.noData
        }
        session.context.output.write(text)
        StatusCard(inputs: inputs, summary: summary, session: session, layout: layout).save(for: session)
    }

    static let noData = CLIError.notFound(
        "No local data yet: open toggl-tui once, or run `toggl-tui status --refresh` (one request).")
}
