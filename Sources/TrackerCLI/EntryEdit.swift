import Foundation
import TogglModels

/// Builds the update payload of `edit` and `now` from what was typed.
public enum EntryEdit {
    /// The payload changing `entry` as asked; names resolve in the entry's workspace.
    /// - Throws: ``CLIError`` for unreadable times, unknown names, or nothing to change.
    public static func payload(
        for entry: TimeEntry, description: String?, fields: EntryNames, tags: String?, start: String?, stop: String?,
        duration: String?, billable: Bool?, in session: CLISession
    ) async throws -> TimeEntryPayload {
        var payload = TimeEntryPayload()
        let parser = session.parser
        if let description {
            let text = description.trimmingCharacters(in: .whitespaces)
            payload.description = text.isEmpty ? .clear : .set(text)
        }
        var lookup = fields
        lookup.tags = nil
        if lookup.project != nil || lookup.task != nil || lookup.workspace != nil {
            let resolved = try await EntryResolution.resolve(lookup, in: session, workspaceID: entry.workspaceID)
            if resolved.clearsProject {
                payload.projectID = .clear
                payload.taskID = .clear
            } else if let projectID = resolved.projectID {
                payload.projectID = .set(projectID)
                if resolved.taskID == nil, entry.projectID != projectID, entry.taskID != nil { payload.taskID = .clear }
            }
            if let taskID = resolved.taskID { payload.taskID = .set(taskID) }
            if resolved.workspaceID != entry.workspaceID { payload.workspaceID = resolved.workspaceID }
        }
        if let tags {
            session.storedCatalogIfAny()
            payload.tags = session.tagNames(TagEdit(parsing: tags).applied(to: entry.tags), in: entry.workspaceID)
        }
        var newStart = entry.start
        if let start {
            newStart = try parser.requireTime(start, for: "the start")
            payload.start = newStart
        }
        if let stop {
            let end = try parser.requireTime(stop, for: "the stop")
            guard end >= newStart else { throw CLIError.usage("The stop time is before the start.") }
            payload.stop = .set(end)
        }
        if let duration {
            let seconds = try parser.requireDuration(duration, for: "--duration")
            payload.stop = .set(newStart.addingTimeInterval(TimeInterval(seconds)))
        }
        if let billable { payload.billable = billable }
        guard payload != TimeEntryPayload() else {
            throw CLIError.usage("Nothing to change: give -d, -p, -t, -s, -e, --duration, --task or --billable.")
        }
        return payload
    }
}
