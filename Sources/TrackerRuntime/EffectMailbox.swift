import Synchronization
import TrackerCore

/// Where running effects leave their answers, and the table of effects still running.
/// Shared between the loop's thread and the effect tasks, so everything in it is locked.
final class EffectMailbox: Sendable {
    private let messages = Mutex<[AppMessage]>([])
    private let running = Mutex<[Int: Task<Void, Never>]>([:])

    /// Starts `work` as a task registered under `id` until it has posted its answers.
    func launch(_ id: Int, _ work: @escaping @Sendable () async -> [AppMessage]) {
        // Registered inside the lock, so the task cannot finish (and unregister) first.
        running.withLock { tasks in
            tasks[id] = Task {
                let answers = await work()
                self.messages.withLock { $0.append(contentsOf: answers) }
                _ = self.running.withLock { $0.removeValue(forKey: id) }
            }
        }
    }

    /// Posts answers that arrived some other way (the outbox).
    func post(_ answers: [AppMessage]) {
        messages.withLock { $0.append(contentsOf: answers) }
    }

    /// Every answer posted so far, removed from the box.
    func takeAll() -> [AppMessage] {
        messages.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }

    /// Whether effects are still running.
    var isBusy: Bool { running.withLock { !$0.isEmpty } }

    /// The tasks still running.
    var runningTasks: [Task<Void, Never>] { running.withLock { Array($0.values) } }
}
