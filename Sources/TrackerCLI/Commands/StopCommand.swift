import ArgumentParser
import Foundation
import TogglModels

/// `stop [--at TIME]`: stops the running timer. One request when this machine knows what runs —
/// its copy is fresh, or the timer was started here and not yet sent (the two are then sent as
/// one finished entry) — two otherwise (ask Toggl what runs, then stop it). `--at` moves a stop
/// time, so it asks Toggl first unless the timer is unsent here. Offline, the stop is journaled
/// (exit 7).
public struct StopCommand: CLICommand {
    public static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the running timer.")

    /// When it stopped.
    @Option(help: "When it stopped (default now): 17:30, 5:30 PM, -10m, ISO 8601.")
    public var at: String?

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        let stop = try at.map { try session.parser.requireTime($0, for: "--at") }
        // What this machine knows runs saves asking Toggl; if it was stopped elsewhere
        // meanwhile, Toggl says so (409) and we ask what runs.
        let account = session.restoredAccount()
        let known = account?.runningEntry.flatMap { known -> TimeEntry? in
            let isOurs = known.id < 0 || account?.hasUnsentWrites(about: known.id) == true
            return isOurs || (stop == nil && session.isStoreFresh) ? known : nil
        }
        if let known, let entry = try await stopping(known, at: stop, in: session) {
            return try EntryOutput.written(entry, verb: "Stopped", in: session)
        }
        session.refreshRequested = true
        guard let running = try await session.runningEntry(), running.id != known?.id,
              let entry = try await stopping(running, at: stop, in: session) else { throw Self.nothingRunning }
        try EntryOutput.written(entry, verb: "Stopped", in: session)
    }

    /// Stops `running` now or at `stop`; nil when Toggl says it was already stopped.
    private func stopping(_ running: TimeEntry, at stop: Date?, in session: CLISession) async throws -> TimeEntry? {
        let writer = try await session.writer()
        guard let stop else { return try await writer.stopEntry(running.id, in: running.workspaceID) }
        guard stop >= running.start else {
            throw CLIError.usage("--at \(at ?? "") is before the timer started (\(session.presenter.time(running.start))).")
        }
        return try await writer.updateEntry(running.id, in: running.workspaceID, TimeEntryPayload(stop: .set(stop)))
    }

    static let nothingRunning = CLIError.conflict("No timer is running.")
}
