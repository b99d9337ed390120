import ArgumentParser
import Foundation
import TrackerStore

/// `logout [--yes]`: forgets this token's mapping to its user and, after confirmation, the
/// user's local data (the cache; the journal folder is kept when it holds unsent writes).
public struct LogoutCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "logout", abstract: "Forget this token's local data (the token in config files stays; remove it there).")
    @Flag(name: .shortAndLong, help: "Do not ask.") public var yes = false
    @OptionGroup public var global: GlobalOptions
    public init() {}

    public func execute(in session: CLISession) async throws {
        guard let layout = session.layout() else { return session.report("No local data for this token.") }
        try session.confirm("Delete the local data of user \(layout.userID) in \(layout.userCacheDirectory)?", yes: yes)
        try? FileManager.default.removeItem(atPath: layout.userCacheDirectory)
        let keepsWrites = Self.holdsUnsentWrites(layout)
        if !keepsWrites { try? FileManager.default.removeItem(atPath: layout.userStateDirectory) }
        if let token = session.context.token {
            let accounts = layout.accounts
            try accounts.lock.withExclusive {
                let loaded = accounts.file.load()
                guard var index = loaded.payload else { return }
                index.accounts[AccountMap.key(for: token)] = nil
                try accounts.file.save(index)
            }
        }
        session.report(!keepsWrites ? "Logged out: local data deleted." : "Logged out: local data deleted; unsent writes kept in \(layout.journalPath).")
    }

    /// Whether the user's journal holds writes that have not reached Toggl (unsent, or refused and
    /// not discarded): those are kept. A journal of settled writes only is history. One that
    /// cannot be read (something else in its place, damage) is kept, as one with writes in it.
    static func holdsUnsentWrites(_ layout: StoreLayout) -> Bool {
        guard FileManager.default.fileExists(atPath: layout.journalPath) else { return false }
        do {
            let pending = PendingWrites(records: try layout.makeJournal().readAll().records)
            return !pending.writes.isEmpty || !pending.failed.isEmpty
        } catch {
            return true
        }
    }
}
