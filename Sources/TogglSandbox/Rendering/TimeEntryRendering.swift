import Foundation
import TogglModels

/// How a running entry's `duration` is reported. Toggl has answered with several values
/// (CONTRACT §6.1); clients must not trust the number, so the sandbox can serve each.
public enum RunningDurationStyle: String, Sendable, Codable, CaseIterable {
    /// `−(start epoch seconds) − 1`: what every Track v9 read returned in the Dec-2024 recordings.
    case negativeStartEpoch
    /// `-1`: what the docs recommend sending.
    case minusOne
    /// The value the entry was created with: what the `POST` echo shows.
    case asCreated
}

extension TimeEntryRecord {
    /// The entry as Toggl renders it: tag ids resolved to names (deleted tags left out), the running
    /// duration in `runningDurationStyle`, and with `meta` the project/client/task/user fields.
    ///
    /// - Parameters:
    ///   - world: the world the entry lives in, for tag names and the meta fields.
    ///   - now: the sandbox's time; not needed by today's rules (a running entry's reported
    ///     duration derives from its start), kept so callers need not change if that moves.
    ///   - meta: add `client_id`, `client_name`, `project_name`, `project_color`, `project_active`,
    ///     `project_billable`, `task_name`, `user_name`, `user_avatar_url` (each only when known).
    ///   - runningDurationStyle: how a running entry's negative duration is reported.
    public func rendered(
        in world: SandboxWorld,
        now: Date,
        meta: Bool = false,
        runningDurationStyle: RunningDurationStyle = .negativeStartEpoch
    ) -> TimeEntry {
        let liveTags = tagIDs.compactMap { id in world.tags[id].flatMap { $0.deletedAt == nil ? $0 : nil } }
        var shownDuration = duration
        if isRunning {
            switch runningDurationStyle {
            case .negativeStartEpoch:
                // −(start epoch) − 1, saturating: the start may come from a loaded world.
                let epoch = SaturatingArithmetic.int(start.timeIntervalSince1970.rounded(.down))
                shownDuration = SaturatingArithmetic.subtract(SaturatingArithmetic.subtract(0, epoch), 1)
            case .minusOne: shownDuration = -1
            case .asCreated: shownDuration = duration
            }
        }
        let project = projectID.flatMap { world.projects[$0] }
        let client = project?.clientID.flatMap { world.clients[$0] }
        let task = taskID.flatMap { world.tasks[$0] }
        let user = world.users[userID]
        return TimeEntry(
            id: id,
            workspaceID: workspaceID,
            projectID: projectID,
            taskID: taskID,
            userID: userID,
            billable: billable,
            start: start,
            stop: stop,
            duration: shownDuration,
            description: description,
            tags: liveTags.map(\.name),
            tagIDs: liveTags.map(\.id),
            at: at,
            serverDeletedAt: deletedAt,
            clientID: meta ? client?.id : nil,
            clientName: meta ? client?.name : nil,
            projectName: meta ? project?.name : nil,
            projectColor: meta ? project?.color : nil,
            projectActive: meta ? project?.active : nil,
            projectBillable: meta ? project?.billable : nil,
            taskName: meta ? task?.name : nil,
            userName: meta ? user?.fullname : nil,
            userAvatarURL: meta && user != nil ? "" : nil
        )
    }
}

/// The spellings Track v9 uses for time entries on the wire (CONTRACT §2, §8.7–8).
enum TimeEntryWire {
    /// Which spelling a response uses.
    enum Spelling {
        /// Reads (`GET` lists, `current`, by id): `start`/`stop`/`server_deleted_at` as
        /// `2024-12-13T00:18:26+00:00`, `at` as `2024-12-13T00:18:26.835197Z`.
        case read
        /// Write echoes (`POST`, `PUT`, `PATCH …/stop`): `2024-12-16T01:55:24Z`, `at` with microseconds.
        case echo
    }

    /// Keys whose dates Toggl writes as `+00:00` in reads.
    private static let offsetKeys: Set<String> = ["start", "stop", "server_deleted_at"]

    /// An encoder for `spelling`: sorted keys, dates spelled per key.
    static func encoder(_ spelling: Spelling) -> JSONEncoder {
        let encoder = TogglJSON.makeEncoder()
        if spelling == .read {
            encoder.dateEncodingStrategy = .custom { date, encoder in
                var container = encoder.singleValueContainer()
                if let key = encoder.codingPath.last?.stringValue, offsetKeys.contains(key) {
                    try container.encode(ReportClock.format(date, offsetSeconds: 0))
                } else {
                    try container.encode(TogglTimestamp.formatExact(date))
                }
            }
        }
        return encoder
    }

    /// A 200 JSON response with `value` in `spelling`.
    static func response<Value: Encodable>(_ value: Value, _ spelling: Spelling) -> SandboxResponse {
        do {
            let body = try encoder(spelling).encode(value)
            return SandboxResponse(status: 200, headers: ["Content-Type": SandboxResponse.jsonContentType], body: body)
        } catch {
            return .error(500, "sandbox could not encode its answer")
        }
    }

    /// A 200 JSON response with `entry` in the echo spelling, with chosen keys forced to `null`
    /// (the `POST` echo shows `tags: null`, `tag_ids: null` and sometimes `stop: null` [REC]).
    static func echo(_ entry: TimeEntry, nullKeys: Set<String>) -> SandboxResponse {
        guard !nullKeys.isEmpty else { return response(entry, .echo) }
        do {
            let encoded = try encoder(.echo).encode(entry)
            guard case .object(var object) = try JSONDecoder().decode(JSONValue.self, from: encoded) else {
                return response(entry, .echo)
            }
            for key in nullKeys where object[key] != nil { object[key] = .null }
            let body = try encoder(.echo).encode(JSONValue.object(object))
            return SandboxResponse(status: 200, headers: ["Content-Type": SandboxResponse.jsonContentType], body: body)
        } catch {
            return .error(500, "sandbox could not encode its answer")
        }
    }
}
