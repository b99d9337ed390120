import Foundation
import TogglModels
import TrackerStore

/// Keeps the local store in step with what the command line changed at Toggl — the recent
/// entries, so `status` (which reads only the store) shows a timer started or stopped from a
/// script, and the catalog, so a fresh store answers `projects ls` with the project just made.
/// Does nothing when the user has no store yet.
public struct StoreMirror: Sendable {
    /// The user's store, if it exists.
    public var layout: StoreLayout?
    /// The current moment (the files' `saved_at`).
    public var clock: @Sendable () -> Date

    /// A mirror of `layout`.
    public init(layout: StoreLayout?, clock: @escaping @Sendable () -> Date) {
        self.layout = layout
        self.clock = clock
    }

    /// Puts `entry` in the recent entries (replacing one with its id). A running entry stops
    /// any other running one at its start, as Toggl does.
    public func upsert(_ entry: TimeEntry) {
        change { entries in
            if entry.isRunning {
                for index in entries.indices where entries[index].isRunning && entries[index].id != entry.id {
                    let stop = max(entry.start, entries[index].start)
                    entries[index].stop = stop
                    entries[index].duration = Int(stop.timeIntervalSince(entries[index].start))
                }
            }
            entries.removeAll { $0.id == entry.id }
            entries.append(entry)
        }
    }

    /// Removes the entry with `id`.
    public func remove(_ id: Int64) {
        change { entries in entries.removeAll { $0.id == id } }
    }

    /// Changes the stored catalog (clients, projects, tasks, tags) as a write at Toggl did.
    public func changeCatalog(_ edit: (inout CatalogSnapshot) -> Void) {
        guard let layout else { return }
        change(layout.catalog, in: layout, edit)
    }

    /// `item` put in `items`, replacing the one with its id.
    public static func upserting<Item: Identifiable>(_ item: Item, in items: inout [Item]) {
        if let index = items.firstIndex(where: { $0.id == item.id }) { items[index] = item } else { items.append(item) }
    }

    private func change(_ edit: (inout [TimeEntry]) -> Void) {
        guard let layout else { return }
        change(layout.recentEntries, in: layout) { edit(&$0.entries) }
    }

    /// Edits one store file under the store's lock, keeping its `saved_at` (the data is no
    /// fresher than the last sync). Best effort: the write already happened at Toggl; a store
    /// that cannot be updated is refreshed by the next sync.
    private func change<Payload>(_ file: VersionedFile<Payload>, in layout: StoreLayout, _ edit: (inout Payload) -> Void) {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        try? layout.lock.withExclusive {
            let loaded = file.load(now: clock())
            guard var payload = loaded.payload else { return }
            edit(&payload)
            try file.save(payload, now: loaded.savedAt ?? clock())
        }
    }
}
