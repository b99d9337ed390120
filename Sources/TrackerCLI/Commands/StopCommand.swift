import ArgumentParser
import Foundation
import TogglModels

/// `stop [--at TIME]`: stops the running timer. One request when the local store knows what
/// runs, two otherwise (ask Toggl what runs, then stop it).
public struct StopCommand: CLICommand {
    public static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the running timer.")

    /// When it stopped.
    @Option(help: "When it stopped (default now): 17:30, 5:30 PM, -10m, ISO 8601.")
    public var at: String?

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        let writer = try await session.writer()
        if let at {
            let stop = try session.parser.requireTime(at, for: "--at")
            guard let running = try await session.runningEntry() else { throw Self.nothingRunning }
            guard stop >= running.start else {
                throw CLIError.usage("--at \(at) is before the timer started (\(session.presenter.time(running.start))).")
            }
            let entry = try await writer.updateEntry(running.id, in: running.workspaceID, TimeEntryPayload(stop: .set(stop)))
            return try EntryOutput.written(entry, verb: "Stopped", in: session)
        }
        // The store's running entry saves asking Toggl; if it was stopped elsewhere meanwhile,
        // Toggl says so (409) and we ask what runs.
        if let known = session.layout()?.recentEntries.load(now: session.now).payload?.entries.first(where: { $0.isRunning && $0.id > 0 }),
           let entry = try await writer.stopEntry(known.id, in: known.workspaceID) {
            return try EntryOutput.written(entry, verb: "Stopped", in: session)
        }
        guard let running = try await session.runningEntry() else { throw Self.nothingRunning }
        guard let entry = try await writer.stopEntry(running.id, in: running.workspaceID) else { throw Self.nothingRunning }
        try EntryOutput.written(entry, verb: "Stopped", in: session)
    }

    static let nothingRunning = CLIError.conflict("No timer is running.")
}
