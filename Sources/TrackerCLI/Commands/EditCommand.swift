import ArgumentParser
import Foundation
import TrackerStatus
import TogglModels

/// `edit ID [-d] [-p] [-t] [-s START] [-e STOP] [--duration D] [--task] [--billable|--no-billable]`:
/// changes an entry. One request when the store holds the entry, two otherwise.
public struct EditCommand: CLICommand {
    public static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a time entry.")

    /// The entry.
    @Argument(help: "The entry's id (see ls; local-… for one not yet sent).")
    public var id: String

    /// New description.
    @Option(name: .shortAndLong, help: "New description ('' clears it).")
    public var description: String?

    @OptionGroup public var fields: EntryFields

    /// New start.
    @Option(name: .shortAndLong, help: "New start time.")
    public var start: String?

    /// New stop.
    @Option(name: [.customShort("e"), .customLong("stop")], help: "New stop time.")
    public var stop: String?

    /// New duration.
    @Option(help: "New duration (sets the stop from the start).")
    public var duration: String?

    /// Billable or not.
    @Flag(inversion: .prefixedNo, help: "Billable or not.")
    public var billable: Bool?

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        guard let entryID = EntryReference.id(id) else {
            throw CLIError.usage("'\(id)' is not an entry id: use the id ls shows (e.g. 3700000182, or local-1796432081044 for one not yet sent).")
        }
        let entry = try await session.entry(entryID)
        let payload = try await EntryEdit.payload(
            for: entry, description: description, fields: fields.names, tags: fields.tags, start: start, stop: stop,
            duration: duration, billable: billable, in: session)
        let updated = try await session.writer().updateEntry(entry.id, in: entry.workspaceID, payload)
        try EntryOutput.written(updated, verb: "Updated", in: session)
    }
}
