import Foundation
import TogglModels

/// Time entries: the caller's lists, the running timer, start/stop/continue, edits and bulk
/// edits.
///
/// Reads go through `/me/time_entries…` (user quota bucket); writes through
/// `/workspaces/{wid}/time_entries…` (the workspace's organization bucket). Toggl has no
/// per-workspace list (`GET /workspaces/{wid}/time_entries` answers 405).
public struct TimeEntriesEndpoint: Sendable {
    let api: TogglAPIClient

    /// What ``stop(_:in:)`` came to.
    public enum StopResult: Sendable, Hashable {
        /// The entry was running and is now stopped at the server's current time.
        case stopped(TimeEntry)
        /// The entry was not running (Toggl answered 409 "Time entry already stopped"); nothing
        /// changed. Fetch it with ``get(_:meta:includeSharing:)`` if its values are needed.
        case alreadyStopped

        /// The stopped entry, or `nil` when it had already been stopped.
        public var entry: TimeEntry? {
            if case .stopped(let entry) = self { return entry }
            return nil
        }
    }

    /// Toggl's limit of ids per bulk edit request.
    public static let bulkEditBatchSize = 100

    // MARK: Reading

    /// `GET /me/time_entries`: the caller's entries across all workspaces, newest start first
    /// (at most 1000).
    ///
    /// - Parameters:
    ///   - since: only entries changed at or after this instant, **deleted ones included**
    ///     (check `isDeleted`); sent as Unix seconds. Not combinable with `before`.
    ///   - before: only entries starting before this instant.
    ///   - startDate: with `endDate`, only entries starting in `startDate..<endDate`; Toggl
    ///     refuses a start before ``TimeEntry/oldestListableStart(now:)`` (older entries come
    ///     from ``ReportsEndpoint/timeEntries(of:in:startingIn:profileTimeZone:)``). Both or neither.
    ///   - endDate: see `startDate`.
    ///   - meta: also return project, client, task and user names.
    ///   - includeSharing: also return sharing details.
    /// - Throws: ``APIError/invalidRequest(_:)`` (nothing sent) for `since` with `before`, or
    ///   only one of `startDate`/`endDate`; otherwise ``APIError``.
    public func list(
        since: Date? = nil, before: Date? = nil, startDate: Date? = nil, endDate: Date? = nil,
        meta: Bool = false, includeSharing: Bool = false
    ) async throws -> [TimeEntry] {
        if since != nil, before != nil {
            throw APIError.invalidRequest("Time entries can be listed with 'since' or with 'before', not both.")
        }
        if (startDate == nil) != (endDate == nil) {
            throw APIError.invalidRequest("Time entries need both a start date and an end date, or neither.")
        }
        var query = MeEndpoint.sinceQuery(since)
        if let before { query.append(QueryItem("before", TogglTimestamp.format(before))) }
        if let startDate, let endDate {
            query.append(QueryItem("start_date", TogglTimestamp.format(startDate)))
            query.append(QueryItem("end_date", TogglTimestamp.format(endDate)))
        }
        query += Self.flags(meta: meta, includeSharing: includeSharing)
        return try await api.send(APIRequest(.get, "/me/time_entries", query: query))
    }

    /// `GET /me/time_entries/{id}`: one entry, or `nil` when Toggl answers 404.
    /// - Throws: ``APIError`` other than 404.
    public func get(_ id: Int64, meta: Bool = false, includeSharing: Bool = false) async throws -> TimeEntry? {
        let query = Self.flags(meta: meta, includeSharing: includeSharing)
        do {
            return try await api.send(APIRequest(.get, "/me/time_entries/\(id)", query: query))
        } catch APIError.notFound {
            return nil
        }
    }

    /// `GET /me/time_entries/current`: the running entry, or `nil` when none runs.
    ///
    /// Toggl answers "none" with 200 `null`; its spec says 404 and some servers answer 405 (or
    /// 200 with an empty body), so all of these mean `nil`.
    /// - Throws: any other ``APIError``.
    public func current() async throws -> TimeEntry? {
        let request = APIRequest(.get, "/me/time_entries/current")
        let response: HTTPResponse
        do {
            response = try await api.send(request)
        } catch APIError.notFound, APIError.methodNotAllowed {
            return nil
        }
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        return try api.decode(TimeEntry?.self, from: response, path: request.path)
    }

    // MARK: Writing

    /// `POST /workspaces/{wid}/time_entries` with `duration: -1`: starts a timer.
    ///
    /// Sends `created_with` (the configuration's, e.g. `toggl-tui/0.1.0`), `workspace_id` and
    /// `start` (default: now by the client's clock, whole seconds, UTC). Toggl stops any other
    /// running entry of the user at the time of this request.
    /// - Parameters:
    ///   - workspaceID: the workspace to track in.
    ///   - description: the entry's description, if any.
    ///   - projectID: the project, if any.
    ///   - taskID: the task, if any.
    ///   - tags: tag names; unknown names are created by Toggl.
    ///   - billable: the billable flag (a paid feature); not sent when `nil`.
    ///   - start: when the timer started; default now.
    /// - Returns: the running entry as Toggl echoes it.
    /// - Throws: ``APIError``; ``APIError/unknownOutcome(method:path:)`` when the answer was
    ///   lost (check ``current()`` before starting again).
    public func start(
        in workspaceID: Int64, description: String? = nil, projectID: Int64? = nil, taskID: Int64? = nil,
        tags: [String] = [], billable: Bool? = nil, start: Date? = nil
    ) async throws -> TimeEntry {
        let startInstant = Date(timeIntervalSince1970: (start ?? api.clock.now()).timeIntervalSince1970.rounded(.down))
        let payload = TimeEntryPayload(
            workspaceID: workspaceID,
            createdWith: createdWith,
            start: startInstant,
            duration: -1,
            description: description.map { .set($0) },
            projectID: projectID.map { .set($0) },
            taskID: taskID.map { .set($0) },
            tags: tags.isEmpty ? nil : tags,
            billable: billable)
        return try await create(in: workspaceID, payload)
    }

    /// Starts a new running entry that continues `entry`: same workspace, description, project,
    /// task, tags and billable flag, starting at `start` (default now).
    /// - Throws: ``APIError``.
    public func `continue`(_ entry: TimeEntry, at start: Date? = nil) async throws -> TimeEntry {
        try await self.start(
            in: entry.workspaceID, description: entry.description, projectID: entry.projectID,
            taskID: entry.taskID, tags: entry.tags, billable: entry.billable, start: start)
    }

    /// `POST /workspaces/{wid}/time_entries`: creates an entry from `payload` — running with a
    /// negative `duration`, finished with `duration` or `stop`.
    ///
    /// `workspace_id` is filled in from `workspaceID` and an empty `created_with` with the
    /// configuration's.
    /// - Throws: ``APIError/invalidRequest(_:)`` (nothing sent) when `start` is missing or the
    ///   payload names another workspace; otherwise ``APIError``.
    public func create(in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        var body = payload
        if let named = body.workspaceID, named != workspaceID {
            throw APIError.invalidRequest("The time entry names workspace \(named) but is created in workspace \(workspaceID).")
        }
        guard body.start != nil else {
            throw APIError.invalidRequest("A new time entry needs a start time.")
        }
        body.workspaceID = workspaceID
        if body.createdWith?.isEmpty ?? true { body.createdWith = createdWith }
        return try await api.send(APIRequest(.post, "/workspaces/\(workspaceID)/time_entries", json: body))
    }

    /// `PUT /workspaces/{wid}/time_entries/{id}`: changes the fields set in `payload`. Without
    /// `tagAction`, given `tags`/`tagIDs` replace the entry's tags.
    /// - Throws: ``APIError``.
    public func update(_ id: Int64, in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        try await api.send(APIRequest(.put, "/workspaces/\(workspaceID)/time_entries/\(id)", json: payload))
    }

    /// `PATCH /workspaces/{wid}/time_entries/{id}/stop`: stops a running entry at the server's
    /// current time.
    ///
    /// Repeating a stop cannot change the outcome, so the request is retried like a read; an
    /// entry that was already stopped (409) is ``StopResult/alreadyStopped``, not an error.
    /// - Throws: ``APIError`` other than 409 (e.g. 404 for an unknown entry).
    public func stop(_ id: Int64, in workspaceID: Int64) async throws -> StopResult {
        let request = APIRequest(.patch, "/workspaces/\(workspaceID)/time_entries/\(id)/stop", isIdempotent: true)
        do {
            return .stopped(try await api.send(request))
        } catch APIError.conflict {
            return .alreadyStopped
        }
    }

    /// `DELETE /workspaces/{wid}/time_entries/{id}`. The entry stays visible to `since` queries
    /// with `serverDeletedAt` set.
    /// - Throws: ``APIError`` (404 for an unknown entry).
    public func delete(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.send(APIRequest(.delete, "/workspaces/\(workspaceID)/time_entries/\(id)"))
    }

    /// `PATCH /workspaces/{wid}/time_entries/{id,id,…}`: applies the JSON Patch `operations` to
    /// every entry in `ids`, entry by entry, without a transaction.
    ///
    /// More than ``bulkEditBatchSize`` ids are sent in several requests and their results merged;
    /// no ids sends nothing.
    /// - Returns: the ids patched and those that failed, with reasons.
    /// - Throws: ``APIError/invalidRequest(_:)`` (nothing sent) for no operations; otherwise
    ///   ``APIError`` — batches before the failing one have been applied.
    public func bulkEdit(_ ids: [Int64], in workspaceID: Int64, operations: [JSONPatchOperation]) async throws -> BulkEditResult {
        guard !ids.isEmpty else { return BulkEditResult() }
        guard !operations.isEmpty else {
            throw APIError.invalidRequest("A bulk edit needs at least one operation.")
        }
        var success: [Int64] = []
        var failure: [BulkEditFailure] = []
        var batchStart = ids.startIndex
        while batchStart < ids.endIndex {
            let batchEnd = min(batchStart + Self.bulkEditBatchSize, ids.endIndex)
            let list = ids[batchStart..<batchEnd].map(String.init).joined(separator: ",")
            let result: BulkEditResult = try await api.send(
                APIRequest(.patch, "/workspaces/\(workspaceID)/time_entries/\(list)", json: operations))
            success += result.success
            failure += result.failure
            batchStart = batchEnd
        }
        return BulkEditResult(success: success, failure: failure)
    }

    // MARK: Helpers

    /// The `created_with` value: the configuration's, or this app's when that is empty.
    private var createdWith: String {
        let configured = api.configuration.createdWith
        return configured.isEmpty ? TogglTUIVersion.createdWith : configured
    }

    /// `meta=true` and `include_sharing=true` when asked for.
    private static func flags(meta: Bool, includeSharing: Bool) -> [QueryItem] {
        var query: [QueryItem] = []
        if meta { query.append(QueryItem("meta", "true")) }
        if includeSharing { query.append(QueryItem("include_sharing", "true")) }
        return query
    }
}

extension TogglAPIClient {
    /// Time entries and the running timer: ``TimeEntriesEndpoint``.
    public var timeEntries: TimeEntriesEndpoint { TimeEntriesEndpoint(api: self) }
}
