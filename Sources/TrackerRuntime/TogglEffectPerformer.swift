import Foundation
import TogglAPI
import TogglModels
import TrackerCore

/// Performs the app's effects against Toggl through ``TogglAPIClient``, one request per effect
/// (two for the first bootstrap of a session, which also reads preferences), and reports the
/// quota after each.
public struct TogglEffectPerformer: EffectPerformer {
    public let api: TogglAPIClient

    public init(api: TogglAPIClient) {
        self.api = api
    }

    public func perform(_ effect: AppEffect) async -> [AppMessage] {
        let result = await answer(effect)
        return result.map { [$0, .quotaChanged(gauges())] } ?? []
    }

    private func answer(_ effect: AppEffect) async -> AppMessage? {
        switch effect {
        case .quit, .discardFailed, .remind:
            // Without an outbox there is no journal to settle.
            return nil
        case .loadBootstrap(let requestID, let withPreferences):
            return .bootstrapLoaded(requestID: requestID, await capture {
                let me = try await api.me.get(withRelatedData: true)
                for workspace in me.workspaces ?? [] {
                    if let organization = workspace.organizationID {
                        api.quota.register(workspaceID: workspace.id, organizationID: organization)
                    }
                }
                // Preferences only change how times look: a failure there must not fail the sync.
                let preferences = withPreferences ? try? await api.me.preferences() : nil
                return Bootstrap(me: me, preferences: preferences)
            })
        case .fetchEntries(let requestID, let window):
            return .entriesFetched(requestID: requestID, await capture {
                try await api.timeEntries.list(startDate: window.start, endDate: window.end)
            })
        case .fetchReportedEntries(let requestID, let window, let workspaceIDs, let userID, let profileTimeZone):
            var report = ReportedEntries(entries: [], answered: [])
            for workspaceID in workspaceIDs {
                switch await capture({
                    try await api.reports.timeEntries(of: userID, in: workspaceID, startingIn: window, profileTimeZone: profileTimeZone)
                }) {
                case .success(let entries):
                    report.entries += entries
                    report.answered.append(workspaceID)
                case .failure(let error):
                    report.failures[workspaceID] = error
                }
            }
            return .reportedEntriesFetched(requestID: requestID, report)
        case .fetchChangedEntries(let requestID, let since):
            return .changedEntriesFetched(requestID: requestID, await capture {
                try await api.timeEntries.list(since: since)
            })
        case .loadStoredEntries(let requestID, _):
            // No store here: the app fetches the window instead.
            return .storedEntriesLoaded(requestID: requestID, nil)
        case .startEntry(let localID, let workspaceID, let payload), .createEntry(let localID, let workspaceID, let payload):
            return .entryCreated(localID: localID, await capture {
                try await api.timeEntries.create(in: workspaceID, payload)
            })
        case .updateEntry(let id, let workspaceID, let payload, _):
            return .entryUpdated(id: id, await capture {
                try await api.timeEntries.update(id, in: workspaceID, payload)
            })
        case .stopEntry(let id, let workspaceID, _, _):
            return .entryUpdated(id: id, await capture {
                switch try await api.timeEntries.stop(id, in: workspaceID) {
                case .stopped(let entry):
                    return entry
                case .alreadyStopped:
                    // Stopped elsewhere: read back how Toggl has it.
                    guard let entry = try await api.timeEntries.get(id) else { throw APIError.notFound(message: "Time entry not found") }
                    return entry
                }
            })
        case .deleteEntry(let id, let workspaceID, _):
            return .entryDeleted(id: id, await capture {
                try await api.timeEntries.delete(id, in: workspaceID)
                return true
            })
        case .createClient(let localID, let workspaceID, let payload):
            return .clientCreated(localID: localID, await capture { try await api.clients.create(in: workspaceID, payload) })
        case .createProject(let localID, let workspaceID, let payload):
            return .projectCreated(localID: localID, await capture { try await api.projects.create(in: workspaceID, payload) })
        }
    }

    /// The quota tracker's buckets as the status line shows them.
    func gauges() -> [QuotaGauge] { api.quotaGauges() }

    private func capture<Value>(_ work: () async throws -> Value) async -> Result<Value, AppError> {
        do {
            return .success(try await work())
        } catch {
            return .failure(AppError(any: error))
        }
    }
}
