import Foundation
import TogglAPI
import TogglModels

/// `toggl-tui doctor --live`: a short, reversible probe of the Toggl behaviours the app relies
/// on that the recordings do not show (or show only once), at most ``maximumRequests`` requests.
///
/// In the default workspace it starts timer A, starts timer B (Toggl should stop A), lists what
/// changed since just before (A stopped, B running with a negative duration), deletes B, resumes
/// A with `PUT duration: -1, stop: null` (the app's undo of a stop), deletes A, and lists again
/// (both deleted rows listed with `server_deleted_at`): 9 requests. A timer the user had running
/// is stopped by Toggl when A starts; the probe resumes it at the end the same way (same entry,
/// same start: its time runs on as if never stopped), the 10th request. Whatever the probe
/// created is deleted, also when a step fails.
struct DoctorProbe {
    /// A behaviour and what the probe saw.
    struct Finding: Sendable, Equatable, Encodable {
        /// `holds`, `differs`, or `not checked` (an earlier step failed).
        enum Verdict: String, Sendable, Equatable, Encodable {
            case holds, differs
            case notChecked = "not checked"
        }

        /// A short key (`token`, `resume`, …).
        var key: String
        /// The behaviour, in words.
        var behaviour: String
        var verdict: Verdict
        /// What Toggl answered.
        var seen: String
    }

    /// Why the probe stopped before the end, if it did.
    enum Stop: Sendable, Equatable {
        /// Toggl could not be reached (or failed) at this step.
        case unreachable(String)
        /// Toggl refused the token.
        case refusedToken(String)
        /// A request failed otherwise.
        case failed(String)
    }

    /// What the probe found.
    struct Outcome: Sendable, Equatable {
        var findings: [Finding]
        var stop: Stop?
        /// Entries the probe created and could not delete (named so the user can).
        var leftBehind: [Int64]
        /// The requests the probe made (retries of one request count once).
        var requests: Int
        /// The user's running timer, which the probe's first start stopped, and whether
        /// resuming it at the end worked (nil: no timer ran, or none was started).
        var userTimer: Int64?
        var userTimerResumed: Bool?
    }

    /// The most requests a probe spends (the happy path spends 9).
    static let maximumRequests = 10
    /// The description of the probe's own entries.
    static let entryDescription = "toggl-tui doctor probe (safe to delete)"

    let api: TogglAPIClient
    /// The current moment (the probe's entries start a minute and half a minute before it).
    let now: Date
    /// The workspace to probe in (the config's `default_wid`); nil means Toggl's default.
    let workspaceID: Int64?

    static let behaviours: [(key: String, text: String)] = [
        ("token", "the token works (GET /me)"),
        ("start", "starting a timer (POST duration -1) answers a running entry"),
        ("start stops", "starting a timer stops the one running"),
        ("running", "a running entry reads with stop null and a negative duration"),
        ("resume", "PUT duration -1, stop null resumes a stopped entry (undo of a stop)"),
        ("since deleted", "since lists deleted entries with server_deleted_at"),
    ]

    /// Runs the probe.
    func run() async -> Outcome {
        var found: [String: Finding] = [:]
        var created: [Int64] = []
        var deleted: Set<Int64> = []
        var stop: Stop?
        var requests = 0
        var userTimer: TimeEntry?
        var startedOne = false
        func note(_ key: String, _ holds: Bool, _ seen: String) {
            let text = Self.behaviours.first { $0.key == key }?.text ?? key
            found[key] = Finding(key: key, behaviour: text, verdict: holds ? .holds : .differs, seen: seen)
        }
        let since = now.addingTimeInterval(-600)
        var workspace: Int64 = 0
        do {
            // 1. The token.
            let me: TogglModels.Me
            do {
                requests += 1
                me = try await api.me.get()
                note("token", true, "signed in as user \(me.id)")
            } catch let error as APIError where Self.meansRefusedToken(error) {
                note("token", false, "Toggl refused it: \(error.description)")
                stop = .refusedToken(error.description)
                return finish(found, stop: stop, leftBehind: [], requests: requests)
            }
            guard let chosen = workspaceID ?? me.defaultWorkspaceID else {
                return finish(found, stop: .failed("Toggl names no default workspace to probe in."), leftBehind: [], requests: requests)
            }
            workspace = chosen
            // 2. What runs now (Toggl stops it when A starts; it is resumed at the end).
            requests += 1
            userTimer = try await api.timeEntries.current()
            // 3. Timer A.
            requests += 1
            startedOne = true  // even unanswered, it may have stopped the user's timer
            let first = try await api.timeEntries.start(in: workspace, description: Self.entryDescription, start: now.addingTimeInterval(-60))
            created.append(first.id)
            note("start", first.stop == nil && first.duration < 0, "entry \(first.id): stop \(Self.describe(first.stop)), duration \(first.duration)")
            // 4. Timer B: Toggl should stop A.
            requests += 1
            let second = try await api.timeEntries.start(in: workspace, description: Self.entryDescription, start: now.addingTimeInterval(-30))
            created.append(second.id)
            // 5. What changed since just before.
            requests += 1
            let changed = try await api.timeEntries.list(since: since)
            if let firstSeen = changed.first(where: { $0.id == first.id }) {
                note("start stops", !firstSeen.isRunning, firstSeen.isRunning
                    ? "the first timer still runs (stop null, duration \(firstSeen.duration)) after the second started"
                    : "the first timer stopped at \(Self.describe(firstSeen.stop)) when the second started")
            } else {
                note("start stops", false, "since did not list the first timer (\(first.id))")
            }
            if let secondSeen = changed.first(where: { $0.id == second.id }) {
                note("running", secondSeen.stop == nil && secondSeen.duration < 0,
                     "stop \(Self.describe(secondSeen.stop)), duration \(secondSeen.duration)\(Self.durationForm(secondSeen))")
            } else {
                note("running", false, "since did not list the running timer (\(second.id))")
            }
            // 6. Delete B; nothing runs now (unless A still does).
            requests += 1
            try await api.timeEntries.delete(second.id, in: workspace)
            deleted.insert(second.id)
            // 7. Resume A.
            requests += 1
            let resumed = try await api.timeEntries.update(first.id, in: workspace, TimeEntryPayload(duration: -1, stop: .clear))
            let sameStart = abs(resumed.start.timeIntervalSince(first.start)) < 1
            note("resume", resumed.id == first.id && resumed.isRunning && sameStart,
                 "entry \(resumed.id): stop \(Self.describe(resumed.stop)), duration \(resumed.duration), start "
                    + (sameStart ? "kept" : "moved to \(TogglTimestamp.format(resumed.start))"))
            // 8. Delete A.
            requests += 1
            try await api.timeEntries.delete(first.id, in: workspace)
            deleted.insert(first.id)
            // 9. Deleted rows in since.
            requests += 1
            let after = try await api.timeEntries.list(since: since)
            let rows = [first.id, second.id].map { id in after.first { $0.id == id } }
            let listed = rows.compactMap { $0 }
            let marked = listed.filter(\.isDeleted)
            note("since deleted", marked.count == 2,
                 marked.count == 2 ? "both deleted timers listed with server_deleted_at"
                    : "\(listed.count) of 2 deleted timers listed, \(marked.count) with server_deleted_at")
        } catch {
            stop = CLISession.meansOffline(error) ? .unreachable(Self.reason(error)) : .failed(Self.reason(error))
        }
        // Clean up whatever is left (a step failed half way).
        var leftBehind: [Int64] = []
        for id in created.reversed() where !deleted.contains(id) {
            requests += 1
            do { try await api.timeEntries.delete(id, in: workspace) } catch { leftBehind.append(id) }
        }
        var outcome = finish(found, stop: stop, leftBehind: leftBehind, requests: requests)
        // Resume the user's timer the way the app's undo does: same entry, same start.
        if let userTimer, startedOne {
            requests += 1
            let resumed = try? await api.timeEntries.update(userTimer.id, in: userTimer.workspaceID, TimeEntryPayload(duration: -1, stop: .clear))
            outcome.requests = requests
            outcome.userTimer = userTimer.id
            outcome.userTimerResumed = resumed?.isRunning == true
        }
        return outcome
    }

    /// Every behaviour in order, those not reached marked "not checked".
    private func finish(_ found: [String: Finding], stop: Stop?, leftBehind: [Int64], requests: Int) -> Outcome {
        let findings = Self.behaviours.map { behaviour in
            found[behaviour.key] ?? Finding(key: behaviour.key, behaviour: behaviour.text, verdict: .notChecked, seen: "not reached")
        }
        return Outcome(findings: findings, stop: stop, leftBehind: leftBehind, requests: requests)
    }

    static func meansRefusedToken(_ error: APIError) -> Bool {
        switch error {
        case .unauthorized, .forbidden: return true
        default: return false
        }
    }

    static func reason(_ error: any Error) -> String {
        (error as? APIError)?.description ?? "\(error)"
    }

    static func describe(_ date: Date?) -> String {
        date.map(TogglTimestamp.format) ?? "null"
    }

    /// How a running entry's negative duration relates to its start (CONTRACT §6.1).
    static func durationForm(_ entry: TimeEntry) -> String {
        guard entry.duration < 0 else { return "" }
        let epoch = Int64(entry.start.timeIntervalSince1970.rounded(.down))
        switch Int64(entry.duration) {
        case -1: return " (-1)"
        case -epoch: return " (-start epoch)"
        case -epoch - 1: return " (-start epoch - 1)"
        default: return ""
        }
    }
}
