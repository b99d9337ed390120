import Foundation
import TogglModels
import TrackerCore
import TrackerStore

/// The app's answers to settled writes: exactly one message per journaled write, naming the
/// entity as the app knows it by then (Toggl's id once a create was answered).
enum WriteAnswers {
    /// Answers for writes settled by one successful request.
    static func sent(_ records: [JournalRecord], _ sent: Outbox.Sent, resolve: (Int64) -> Int64) -> [AppMessage] {
        records.compactMap { record in
            switch (record.operation, sent) {
            case (.startEntry(_, let localID, _), .entry(let entry)), (.createEntry(_, let localID, _), .entry(let entry)):
                return .entryCreated(localID: localID, .success(entry))
            case (.stopEntry(_, let id, _), .entry(let entry)), (.updateEntry(_, let id, _), .entry(let entry)):
                // A stop folded into the next start is not this entry: Toggl stopped it itself.
                return entry.id == resolve(id) ? .entryUpdated(id: entry.id, .success(entry)) : .entrySaved(id: resolve(id))
            case (.stopEntry(_, let id, _), .deleted), (.updateEntry(_, let id, _), .deleted):
                // Edited, then deleted: only the delete was sent.
                return .entrySaved(id: resolve(id))
            case (.deleteEntry(_, let id), _):
                return .entryDeleted(id: resolve(id), .success(true))
            case (.createClient(_, let localID, _), .client(let client)):
                return .clientCreated(localID: localID, .success(client))
            case (.createProject(_, let localID, _), .project(let project)):
                return .projectCreated(localID: localID, .success(project))
            default:
                return nil
            }
        }
    }

    /// Answers for writes that cancelled out (an unsent entry that was deleted): nothing
    /// reached Toggl, and the screen already shows the outcome.
    static func cancelled(_ records: [JournalRecord]) -> [AppMessage] {
        records.compactMap { record in
            switch record.operation {
            case .startEntry(_, let id, _), .createEntry(_, let id, _), .stopEntry(_, let id, _), .updateEntry(_, let id, _),
                 .deleteEntry(_, let id):
                return .entrySaved(id: id)
            default:
                return nil
            }
        }
    }

    /// The answer to a write of this app that another process settled, by the `outcome` it
    /// journaled (nil: compacted away before this app looked; taken as sent). Only ids are
    /// known, so creates are answered with the entity as it was journaled, under Toggl's id.
    static func settledElsewhere(_ record: JournalRecord, outcome: JournalOperation?, resolve: (Int64) -> Int64) -> [AppMessage] {
        switch outcome {
        case .failed(_, let message, _):
            return failed([record], AppError(.rejected, message), resolve: resolve)
        case .discarded:
            return cancelled([record])
        default:
            break
        }
        var serverID: Int64?
        if case .sent(_, let id) = outcome { serverID = id }
        switch record.operation {
        case .startEntry(let workspace, let localID, let payload), .createEntry(let workspace, let localID, let payload):
            guard let serverID else { return [.entrySaved(id: localID)] }
            return [.entryCreated(localID: localID, .success(TimeEntry(id: serverID, workspaceID: workspace, payload: payload)))]
        case .deleteEntry(_, let id):
            return [.entryDeleted(id: resolve(id), .success(true))]
        case .createClient(let workspace, let localID, let payload):
            guard let serverID else { return [] }
            return [.clientCreated(localID: localID, .success(Client(id: serverID, workspaceID: workspace, name: payload.name ?? "")))]
        case .createProject(let workspace, let localID, let payload):
            guard let serverID else { return [] }
            return [.projectCreated(localID: localID, .success(Project(
                id: serverID, workspaceID: workspace, clientID: payload.clientID?.value, name: payload.name ?? "", color: payload.color)))]
        default:
            return cancelled([record])
        }
    }

    /// Answers for writes not sent because Toggl's copy of their entry, `theirs`, changed since.
    static func conflicted(_ records: [JournalRecord], _ theirs: TimeEntry, resolve: (Int64) -> Int64) -> [AppMessage] {
        records.compactMap { record in
            switch record.operation {
            case .stopEntry(_, let id, _), .updateEntry(_, let id, _), .deleteEntry(_, let id):
                return .entryConflict(id: resolve(id), theirs: theirs)
            default:
                return nil
            }
        }
    }

    /// Answers for writes Toggl refused (or that needed an object it refused).
    static func failed(_ records: [JournalRecord], _ error: AppError, resolve: (Int64) -> Int64) -> [AppMessage] {
        records.compactMap { record in
            switch record.operation {
            case .startEntry(_, let localID, _), .createEntry(_, let localID, _):
                return .entryCreated(localID: localID, .failure(error))
            case .stopEntry(_, let id, _), .updateEntry(_, let id, _):
                return .entryUpdated(id: resolve(id), .failure(error))
            case .deleteEntry(_, let id):
                return .entryDeleted(id: resolve(id), .failure(error))
            case .createClient(_, let localID, _):
                return .clientCreated(localID: localID, .failure(error))
            case .createProject(_, let localID, _):
                return .projectCreated(localID: localID, .failure(error))
            default:
                return nil
            }
        }
    }
}
