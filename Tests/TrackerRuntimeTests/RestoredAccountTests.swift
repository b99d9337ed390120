import Foundation
import Testing
import TogglModels
import TrackerStore
@testable import TrackerRuntime

/// The account as restored from the cache with no journal to lay over: the cache's rows as they
/// are (sharing their storage), with what the general path drops dropped the same way.
@Suite struct RestoredAccountTests {
    static let start = Date(timeIntervalSince1970: 1_795_428_000)

    static func entry(_ id: Int64, _ description: String = "") -> TimeEntry {
        TimeEntry(id: id, workspaceID: 1, start: start.addingTimeInterval(Double(id) * 60), duration: 60, description: description)
    }

    static func catalog(clients: [Int64] = [3], projects: [Int64] = [4, 5]) -> CatalogSnapshot {
        var catalog = CatalogSnapshot(me: Me(id: 9, workspaces: [Workspace(id: 1, name: "W")]))
        catalog.clients = clients.map { Client(id: $0, workspaceID: 1, name: "C\($0)") }
        catalog.projects = projects.map { Project(id: $0, workspaceID: 1, name: "P\($0)") }
        return catalog
    }

    static func restoredEntries(_ entries: [TimeEntry], catalog: CatalogSnapshot = catalog()) throws -> [TimeEntry] {
        let account = try #require(RestoredAccount(catalog: catalog, entries: entries, sync: nil, pending: PendingWrites()))
        return (account.bootstrap.me.timeEntries ?? []).sorted { $0.id < $1.id }
    }

    @Test func withoutAJournalTheCachedRowsAreTakenAsTheyAre() throws {
        let entries = [Self.entry(2), Self.entry(1)]
        let account = try #require(RestoredAccount(catalog: Self.catalog(), entries: entries, sync: nil, pending: PendingWrites()))
        #expect(account.bootstrap.me.timeEntries == entries)
        #expect(account.bootstrap.me.projects?.map(\.id) == [4, 5])
        #expect(account.bootstrap.me.clients?.map(\.id) == [3])
        #expect(account.pendingWrites.isEmpty && account.failedWrites.isEmpty)
    }

    @Test func aRepeatedIDKeepsTheLastCopyAsBefore() throws {
        let entries = try Self.restoredEntries([Self.entry(1, "first"), Self.entry(2), Self.entry(1, "last")])
        #expect(entries.map(\.id) == [1, 2])
        #expect(entries.first?.description == "last")
    }

    @Test func localRowsTheJournalNoLongerKnowsAreDropped() throws {
        #expect(try Self.restoredEntries([Self.entry(-1), Self.entry(2)]).map(\.id) == [2])
        let account = try #require(RestoredAccount(catalog: Self.catalog(clients: [-3, 3], projects: [4, -5]), entries: [],
                                                   sync: nil, pending: PendingWrites()))
        #expect(account.bootstrap.me.clients?.map(\.id) == [3])
        #expect(account.bootstrap.me.projects?.map(\.id) == [4])
    }
}
