import ArgumentParser
import Foundation
import TogglModels

/// `now [-d DESCRIPTION] [-p PROJECT] [-t TAGS] [-s START]`: shows the running timer, or
/// changes it (one request more). What runs comes from this machine while its copy is fresh
/// (no request), else from Toggl (one); offline, from this machine, and a change is journaled
/// (exit 7).
public struct NowCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "now", abstract: "Show the running timer, or change it with -d, -p, -t, -s.")

    /// New description.
    @Option(name: .shortAndLong, help: "New description.")
    public var description: String?

    /// New project.
    @Option(name: .shortAndLong, help: "New project name or id; '' for none.")
    public var project: String?

    /// Tag edit.
    @Option(name: .shortAndLong, help: "Tags: 'a,b' sets them, '+a,-b' adds and removes.")
    public var tags: String?

    /// New start.
    @Option(name: .shortAndLong, help: "New start time.")
    public var start: String?

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        guard let running = try await session.runningEntry() else {
            if global.json { return session.say("null") }
            if description != nil || project != nil || tags != nil || start != nil { throw StopCommand.nothingRunning }
            return session.report("No timer is running.")
        }
        guard description != nil || project != nil || tags != nil || start != nil else {
            if global.json { return try session.printJSON(running) }
            session.storedCatalogIfAny()
            let presenter = session.presenter
            return session.say("\(presenter.line(running))")
        }
        let fields = EntryNames(project: project)
        let payload = try await EntryEdit.payload(
            for: running, description: description, fields: fields, tags: tags, start: start, stop: nil, duration: nil,
            billable: nil, in: session)
        let entry = try await session.writer().updateEntry(running.id, in: running.workspaceID, payload)
        try EntryOutput.written(entry, verb: "Updated", in: session)
    }
}
