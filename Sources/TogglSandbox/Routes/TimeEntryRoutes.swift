import Foundation
import TogglModels

extension SandboxRoutes {
    /// The time-entry routes of Track v9, reporting running durations Toggl's recorded way.
    ///
    /// `GET /workspaces/{wid}/time_entries` is deliberately absent: Toggl answers it 405.
    static let timeEntries: [SandboxRoute] = timeEntries(runningDurationStyle: .negativeStartEpoch)

    /// The time-entry routes, reporting a running entry's duration in reads as `runningDurationStyle`
    /// (the `POST` echo always shows the value sent).
    public static func timeEntries(runningDurationStyle style: RunningDurationStyle) -> [SandboxRoute] {
        [
            // `current` before `{time_entry_id}`: earlier routes win.
            SandboxRoute("GET", "/me/time_entries/current") { world, context in
                guard let running = world.runningEntry(of: context.userID) else { return .rawJSON("null") }
                let entry = running.rendered(in: world, now: context.now, meta: context.flag("meta") == true,
                                             runningDurationStyle: style)
                return TimeEntryWire.response(context.quirks.reading(entry), .read)
            },
            SandboxRoute("GET", "/me/time_entries/{time_entry_id}") { world, context in
                let id = try context.id("time_entry_id")
                guard let record = world.timeEntries[id], record.userID == context.userID, record.deletedAt == nil else {
                    throw SandboxWorld.timeEntryNotFound
                }
                let entry = record.rendered(in: world, now: context.now, meta: context.flag("meta") == true,
                                            runningDurationStyle: style)
                return TimeEntryWire.response(context.quirks.reading(entry), .read)
            },
            SandboxRoute("GET", "/me/time_entries") { world, context in
                let query = try TimeEntryListQuery(context)
                let meta = context.flag("meta") == true
                let selected = query.select(from: world, userID: context.userID)
                let entries = selected.filter { !(context.quirks.sinceOmitsDeleted && $0.deletedAt != nil) }.map {
                    context.quirks.reading($0.rendered(in: world, now: context.now, meta: meta, runningDurationStyle: style))
                }
                return TimeEntryWire.response(entries, .read)
            },
            SandboxRoute("POST", "/workspaces/{workspace_id}/time_entries") { world, context in
                let workspaceID = try context.id("workspace_id")
                _ = try world.accessibleWorkspace(workspaceID, by: context.userID)
                let payload = try context.body(TimeEntryPayload.self)
                let runningBefore = world.timeEntries.filter { $0.userID == context.userID && $0.deletedAt == nil && $0.isRunning }
                let record = try world.createTimeEntry(payload, in: workspaceID, by: context.userID, now: context.now)
                // Quirk: the timers that ran before keep running (Toggl stops them).
                if context.quirks.startKeepsRunningTimer { for kept in runningBefore { world.timeEntries.upsert(kept) } }
                let entry = record.rendered(in: world, now: context.now, meta: context.flag("meta") == true,
                                            runningDurationStyle: .asCreated)
                // The echo shows `null` for the tag lists the request did not send, and `stop: null`
                // for an entry created without duration or stop (stored as stop = start) [REC].
                var nullKeys: Set<String> = []
                if record.tagIDs.isEmpty {
                    if payload.tags == nil { nullKeys.insert("tags") }
                    if payload.tagIDs == nil { nullKeys.insert("tag_ids") }
                }
                if payload.duration == nil, payload.stop?.value == nil { nullKeys.insert("stop") }
                return TimeEntryWire.echo(entry, nullKeys: nullKeys)
            },
            SandboxRoute("PUT", "/workspaces/{workspace_id}/time_entries/{time_entry_id}") { world, context in
                let workspaceID = try context.id("workspace_id")
                let id = try context.id("time_entry_id")
                _ = try world.accessibleWorkspace(workspaceID, by: context.userID)
                var payload = try context.body(TimeEntryPayload.self)
                // Quirk: a resume (negative duration on a stopped entry) is ignored.
                if context.quirks.resumeByPutIgnored, let sent = payload.duration, sent < 0,
                   world.timeEntries[id].map({ !$0.isRunning }) == true {
                    payload.duration = nil
                    if payload.stop?.value == nil { payload.stop = nil }
                }
                let record = try world.updateTimeEntry(id, in: workspaceID, by: context.userID, with: payload,
                                                       now: context.now)
                let entry = record.rendered(in: world, now: context.now, meta: context.flag("meta") == true,
                                            runningDurationStyle: style)
                return TimeEntryWire.response(entry, .echo)
            },
            SandboxRoute("PATCH", "/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop") { world, context in
                let workspaceID = try context.id("workspace_id")
                let id = try context.id("time_entry_id")
                _ = try world.accessibleWorkspace(workspaceID, by: context.userID)
                let record = try world.stopTimeEntry(id, in: workspaceID, by: context.userID, now: context.now)
                return TimeEntryWire.response(record.rendered(in: world, now: context.now), .echo)
            },
            SandboxRoute("PATCH", "/workspaces/{workspace_id}/time_entries/{time_entry_ids}") { world, context in
                let workspaceID = try context.id("workspace_id")
                _ = try world.accessibleWorkspace(workspaceID, by: context.userID)
                let ids = try context.ids("time_entry_ids")
                guard ids.count <= TimeEntryBulkPatch.maximumIDs else {
                    throw SandboxFailure.badRequest("The limit is \(TimeEntryBulkPatch.maximumIDs) time entry IDs per request")
                }
                let operations = try context.body([JSONPatchOperation].self)
                let result = TimeEntryBulkPatch.apply(operations, to: ids, in: workspaceID, by: context.userID,
                                                      world: &world, now: context.now)
                return .json(result)
            },
            SandboxRoute("DELETE", "/workspaces/{workspace_id}/time_entries/{time_entry_id}") { world, context in
                let workspaceID = try context.id("workspace_id")
                let id = try context.id("time_entry_id")
                _ = try world.accessibleWorkspace(workspaceID, by: context.userID)
                try world.deleteTimeEntry(id, in: workspaceID, by: context.userID, now: context.now)
                return .empty(200)
            },
        ]
    }
}

extension SandboxQuirks {
    /// `entry` as a read reports it under these quirks: with ``runningDurationNotNegative``, a
    /// running entry's duration is 0.
    func reading(_ entry: TimeEntry) -> TimeEntry {
        guard runningDurationNotNegative, entry.stop == nil, entry.duration < 0 else { return entry }
        var shown = entry
        shown.duration = 0
        return shown
    }
}
