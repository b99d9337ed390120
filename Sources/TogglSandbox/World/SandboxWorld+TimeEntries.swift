import Foundation
import TogglModels

/// Time-entry writes with Toggl's rules (CONTRACT §3.3, §6). Each write validates everything
/// first and only then changes the world, so a rejected request leaves no trace.
extension SandboxWorld {
    /// Toggl's 404 text for an entry the caller cannot see.
    static let timeEntryNotFound = SandboxFailure.notFound("Time entry not found")

    /// Toggl accepts start years 2006–2030 only.
    static let startYears = 2006...2030

    /// A live (not deleted) entry of `userID` in `workspaceID`; 404 otherwise.
    func ownTimeEntry(_ id: Int64, in workspaceID: Int64, of userID: Int64) throws -> TimeEntryRecord {
        guard let entry = timeEntries[id], entry.workspaceID == workspaceID, entry.userID == userID,
              entry.deletedAt == nil
        else { throw Self.timeEntryNotFound }
        return entry
    }

    /// Stops every running entry of `userID` at `now` (duration = now − start, never negative).
    mutating func stopRunningEntries(of userID: Int64, at now: Date) {
        let stopAt = Self.wholeSecond(now)
        for entry in timeEntries.filter({ $0.userID == userID && $0.deletedAt == nil && $0.isRunning }) {
            timeEntries.modify(entry.id) { record in
                let stop = max(stopAt, record.start)
                record.stop = stop
                record.duration = SaturatingArithmetic.seconds(from: record.start, to: stop)
                record.at = now
            }
        }
    }

    // MARK: Create

    /// `POST /workspaces/{wid}/time_entries`: validates `payload` and adds the entry. A running
    /// entry (negative duration) first stops the owner's running entry at `now`.
    mutating func createTimeEntry(_ payload: TimeEntryPayload, in workspaceID: Int64, by callerID: Int64,
                                  now: Date) throws -> TimeEntryRecord {
        if let bodyWorkspace = payload.workspaceID, bodyWorkspace != workspaceID {
            throw SandboxFailure.badRequest("workspace_id in the body must match the workspace in the path")
        }
        guard let requestedStart = payload.start else {
            throw SandboxFailure.badRequest("start is required for time entry creation")
        }
        let start = Self.wholeSecond(requestedStart)
        try Self.checkStartYear(start)
        let ownerID = try owner(payload.userID, in: workspaceID, caller: callerID)

        var stop: Date?
        var duration: Int
        let requestedStop = payload.stop?.value.map(Self.wholeSecond)
        if let sent = payload.duration, sent < 0 {
            guard requestedStop == nil else { throw Self.inconsistentStop }
            duration = sent
        } else if let sent = payload.duration {
            try Self.checkDuration(sent)
            let computed = start.addingTimeInterval(TimeInterval(sent))
            if let requestedStop, abs(requestedStop.timeIntervalSince(computed)) > 1 { throw Self.inconsistentStop }
            stop = requestedStop ?? computed
            duration = sent
        } else if let requestedStop {
            guard requestedStop >= start else { throw Self.stopBeforeStart }
            stop = requestedStop
            duration = SaturatingArithmetic.seconds(from: start, to: requestedStop)
        } else {
            // No duration and no stop: a zero-length stopped entry, not a timer [REC].
            stop = start
            duration = 0
        }

        var record = TimeEntryRecord(id: 0, workspaceID: workspaceID, userID: ownerID, start: start, stop: stop,
                                     duration: duration, description: payload.description?.value,
                                     createdWith: payload.createdWith ?? "", at: now)
        try applyProjectAndTask(payload, to: &record)
        if let billable = payload.billable {
            if billable { try requirePaidPlan(workspaceID) }
            record.billable = billable
        }
        let tagPlan = try resolveTags(names: payload.tags ?? [], ids: payload.tagIDs ?? [], in: workspaceID)

        // Validated: now change the world.
        if record.isRunning { stopRunningEntries(of: ownerID, at: now) }
        record.tagIDs = commit(tagPlan, in: workspaceID, by: callerID, now: now)
        record.id = makeID()
        timeEntries.upsert(record)
        return record
    }

    // MARK: Update

    /// `PUT /workspaces/{wid}/time_entries/{id}`: changes only the fields `payload` sets.
    mutating func updateTimeEntry(_ id: Int64, in workspaceID: Int64, by callerID: Int64,
                                  with payload: TimeEntryPayload, now: Date) throws -> TimeEntryRecord {
        var record = try ownTimeEntry(id, in: workspaceID, of: callerID)
        let wasRunning = record.isRunning

        var targetWorkspace = workspaceID
        if let moved = payload.workspaceID, moved != workspaceID {
            _ = try accessibleWorkspace(moved, by: callerID)
            targetWorkspace = moved
            record.workspaceID = moved
            // Project, task and tags belong to the old workspace: drop them unless re-sent.
            if payload.projectID == nil { record.projectID = nil }
            if payload.taskID == nil { record.taskID = nil }
        }

        try updateTimes(of: &record, with: payload)
        if let description = payload.description { record.description = description.value }
        try applyProjectAndTask(payload, to: &record)
        if let billable = payload.billable {
            if billable { try requirePaidPlan(targetWorkspace) }
            record.billable = billable
        }

        var tagPlan = TagPlan(ids: record.tagIDs, newNames: [])
        if targetWorkspace != workspaceID, payload.tags == nil, payload.tagIDs == nil {
            // Moving keeps the tags by name, created in the new workspace when missing.
            let names = record.tagIDs.compactMap { id in tags[id].flatMap { $0.deletedAt == nil ? $0.name : nil } }
            tagPlan = try resolveTags(names: names, ids: [], in: targetWorkspace)
        } else if payload.tags != nil || payload.tagIDs != nil {
            tagPlan = try plannedTags(current: record.tagIDs, payload: payload, in: targetWorkspace)
        }

        if record.isRunning && !wasRunning { stopRunningEntries(of: record.userID, at: now) }
        record.tagIDs = commit(tagPlan, in: targetWorkspace, by: callerID, now: now)
        record.at = now
        timeEntries.upsert(record)
        return record
    }

    /// Applies `start`, `stop` and `duration` of an update. A running entry whose start moves keeps
    /// running; a stopped entry whose start moves keeps its stop (the duration follows).
    private func updateTimes(of record: inout TimeEntryRecord, with payload: TimeEntryPayload) throws {
        if let newStart = payload.start {
            let start = Self.wholeSecond(newStart)
            try Self.checkStartYear(start)
            record.start = start
            if let stop = record.stop {
                guard stop >= start else { throw Self.stopBeforeStart }
                record.duration = Int(stop.timeIntervalSince(start))
            }
        }
        let requestedStop = payload.stop?.value.map(Self.wholeSecond)
        if let sent = payload.duration {
            if sent < 0 {
                guard requestedStop == nil else { throw Self.inconsistentStop }
                if !record.isRunning { record.duration = sent }
                record.stop = nil
            } else {
                try Self.checkDuration(sent)
                let computed = record.start.addingTimeInterval(TimeInterval(sent))
                if let requestedStop, abs(requestedStop.timeIntervalSince(computed)) > 1 { throw Self.inconsistentStop }
                record.stop = requestedStop ?? computed
                record.duration = sent
            }
        } else if let requestedStop {
            guard requestedStop >= record.start else { throw Self.stopBeforeStart }
            record.stop = requestedStop
            record.duration = SaturatingArithmetic.seconds(from: record.start, to: requestedStop)
        }
    }

    // MARK: Stop and delete

    /// `PATCH …/time_entries/{id}/stop`: stops a running entry at `now`; 409 when it is stopped.
    mutating func stopTimeEntry(_ id: Int64, in workspaceID: Int64, by callerID: Int64, now: Date) throws -> TimeEntryRecord {
        var record = try ownTimeEntry(id, in: workspaceID, of: callerID)
        guard record.isRunning else { throw SandboxFailure.conflict("Time entry already stopped") }
        let stop = max(Self.wholeSecond(now), record.start)
        record.stop = stop
        record.duration = SaturatingArithmetic.seconds(from: record.start, to: stop)
        record.at = now
        timeEntries.upsert(record)
        return record
    }

    /// `DELETE …/time_entries/{id}`: a soft delete, visible to `since` queries.
    mutating func deleteTimeEntry(_ id: Int64, in workspaceID: Int64, by callerID: Int64, now: Date) throws {
        var record = try ownTimeEntry(id, in: workspaceID, of: callerID)
        record.deletedAt = now
        record.at = now
        timeEntries.upsert(record)
    }

    // MARK: Validation helpers

    private static let inconsistentStop = SandboxFailure.badRequest("stop and duration do not match")
    private static let stopBeforeStart = SandboxFailure.badRequest("Stop time must be after start time")

    /// Toggl keeps whole seconds.
    static func wholeSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The longest duration the sandbox takes for a stopped entry: ten years (Toggl's own limit is
    /// not documented; this one keeps every stop within a date the API can spell).
    static let maximumDurationSeconds = 10 * 366 * 86_400

    /// A stopped entry's duration must be 0…``maximumDurationSeconds``.
    static func checkDuration(_ seconds: Int) throws {
        guard (0...maximumDurationSeconds).contains(seconds) else {
            throw SandboxFailure.badRequest("duration must be between 0 and \(maximumDurationSeconds) seconds, or negative for a running entry")
        }
    }

    static func checkStartYear(_ start: Date) throws {
        let year = Int(TogglTimestamp.formatDay(start).prefix(4)) ?? 0
        guard startYears.contains(year) else {
            throw SandboxFailure.badRequest("Start time year must be between 2006 and 2030")
        }
    }

    /// The entry's owner: the caller, or (for a workspace admin) another member.
    private func owner(_ requested: Int64?, in workspaceID: Int64, caller: Int64) throws -> Int64 {
        guard let requested, requested != caller else { return caller }
        guard membership(of: caller, in: workspaceID)?.isAdmin == true,
              membership(of: requested, in: workspaceID) != nil
        else { throw SandboxFailure.forbidden() }
        return requested
    }

    /// Sets project and task from the payload: both must be live in the entry's workspace, the
    /// task must belong to the project, and a task alone brings its project along.
    private func applyProjectAndTask(_ payload: TimeEntryPayload, to record: inout TimeEntryRecord) throws {
        if let update = payload.projectID {
            if let projectID = update.value {
                guard let project = projects[projectID], project.workspaceID == record.workspaceID,
                      project.deletedAt == nil
                else { throw SandboxFailure.badRequest("Project not found in workspace \(record.workspaceID)") }
                if record.projectID != projectID, payload.taskID == nil { record.taskID = nil }
                record.projectID = projectID
            } else {
                record.projectID = nil
                if payload.taskID == nil { record.taskID = nil }
            }
        }
        if let update = payload.taskID {
            if let taskID = update.value {
                guard let task = tasks[taskID], task.workspaceID == record.workspaceID, task.deletedAt == nil else {
                    throw SandboxFailure.badRequest("Task not found in workspace \(record.workspaceID)")
                }
                if payload.projectID?.value != nil, record.projectID != task.projectID {
                    throw SandboxFailure.badRequest("Task does not belong to the project")
                }
                record.projectID = task.projectID
                record.taskID = taskID
            } else {
                record.taskID = nil
            }
        }
    }

    // MARK: Tags

    /// Tags an entry will carry: existing tag ids, then names still to be created.
    struct TagPlan: Equatable {
        var ids: [Int64]
        var newNames: [String]
    }

    /// Live tags of the workspace for `names` (missing ones planned for creation) and `ids` (each
    /// must be a live tag of the workspace, else 400).
    func resolveTags(names: [String], ids: [Int64], in workspaceID: Int64) throws -> TagPlan {
        let live = tags.filter { $0.workspaceID == workspaceID && $0.deletedAt == nil }
        var plan = TagPlan(ids: [], newNames: [])
        for id in ids {
            guard live.contains(where: { $0.id == id }) else {
                throw SandboxFailure.badRequest("Tag with ID \(id) not found in workspace \(workspaceID)")
            }
            if !plan.ids.contains(id) { plan.ids.append(id) }
        }
        for raw in names {
            let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { continue }
            if let tag = live.first(where: { $0.name == name })
                ?? live.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                if !plan.ids.contains(tag.id) { plan.ids.append(tag.id) }
            } else if !plan.newNames.contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
                plan.newNames.append(name)
            }
        }
        return plan
    }

    /// The tags after an update: replaced without `tag_action`, added or removed with it.
    private func plannedTags(current: [Int64], payload: TimeEntryPayload, in workspaceID: Int64) throws -> TagPlan {
        switch payload.tagAction {
        case nil:
            return try resolveTags(names: payload.tags ?? [], ids: payload.tagIDs ?? [], in: workspaceID)
        case .add:
            let added = try resolveTags(names: payload.tags ?? [], ids: payload.tagIDs ?? [], in: workspaceID)
            let ids = current + added.ids.filter { !current.contains($0) }
            return TagPlan(ids: ids, newNames: added.newNames)
        case .delete:
            let names = (payload.tags ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let removedIDs = Set(payload.tagIDs ?? [])
            let ids = current.filter { id in
                guard !removedIDs.contains(id) else { return false }
                guard let name = tags[id]?.name else { return true }
                return !names.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
            }
            return TagPlan(ids: ids, newNames: [])
        }
    }

    /// Creates the planned new tags and returns the entry's full tag id list.
    private mutating func commit(_ plan: TagPlan, in workspaceID: Int64, by creatorID: Int64, now: Date) -> [Int64] {
        var ids = plan.ids
        for name in plan.newNames {
            let tag = TagRecord(id: makeID(), workspaceID: workspaceID, name: name, creatorID: creatorID, at: now)
            tags.upsert(tag)
            ids.append(tag.id)
        }
        return ids
    }
}
