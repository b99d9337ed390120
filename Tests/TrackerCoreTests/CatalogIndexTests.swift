import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// The catalog's indices: they follow every change, do not depend on insertion order, and the
/// selectors built on them give what a scan of the whole catalog gives.
@Suite struct CatalogIndexTests {
    // MARK: Entries

    @Test func theTimelineFollowsSingleEntryChanges() {
        var state = Sample.loadedState()
        #expect(state.dayEntries.map(\.id) == [502, 501])
        // Added, moved to another workspace, then deleted: each one assignment.
        state.catalog.entries[600] = TimeEntry(id: 600, workspaceID: Sample.studio, start: Sample.at(9, 45), stop: Sample.at(10),
                                               duration: 900)
        #expect(state.dayEntries.map(\.id) == [600, 502, 501])
        #expect(state.dayTotalSeconds == 3600 + 1800 + 900)
        state.catalog.entries[600]?.workspaceID = Sample.personal
        #expect(state.dayEntries.map(\.id) == [502, 501])
        state.catalog.entries[501] = nil
        #expect(state.dayEntries.map(\.id) == [502])
        #expect(state.dayTotalSeconds == 1800)
    }

    @Test func entriesStartingTogetherAreNewestIDFirst() {
        var state = Sample.loadedState()
        let start = Sample.at(11)
        for id: Int64 in [700, 702, 701] {
            state.catalog.entries[id] = TimeEntry(id: id, workspaceID: Sample.studio, start: start, stop: Sample.at(12), duration: 3600)
        }
        #expect(state.dayEntries.map(\.id) == [702, 701, 700, 502, 501])
    }

    @Test func theRunningEntryFollowsStartsAndStops() {
        var state = Sample.loadedState()
        #expect(state.runningEntry == nil)
        state.catalog.entries[Sample.running.id] = Sample.running
        #expect(state.runningEntry?.id == Sample.running.id)
        state.catalog.entries[Sample.running.id]?.stop = Sample.at(10)
        state.catalog.entries[Sample.running.id]?.duration = 1800
        #expect(state.runningEntry == nil)
    }

    @Test func mergeAddsReplacesAndRemoves() {
        var catalog = Catalog(me: Sample.me)
        let moved = TimeEntry(id: 501, workspaceID: Sample.studio, start: Sample.at(7), stop: Sample.at(8), duration: 3600)
        let gone = TimeEntry(id: 502, workspaceID: Sample.studio, start: Sample.at(9), duration: 0, serverDeletedAt: Sample.now)
        let added = TimeEntry(id: 505, workspaceID: Sample.personal, start: Sample.at(6), stop: Sample.at(7), duration: 3600)
        catalog.merge(entries: [moved, gone, added])
        #expect(catalog.entries.keys.sorted() == [501, 503, 505])
        #expect(catalog.timelines[Sample.studio]?.ids == [503, 501])
        #expect(catalog.timelines[Sample.personal]?.ids == [505])
    }

    @Test func catalogsWithTheSameContentAreEqualWhateverTheOrderOfChanges() {
        let forward = Catalog(me: Sample.me)
        var backward = Catalog()
        backward.workspaces = forward.workspaces
        for entry in Sample.entries.reversed() { backward.entries[entry.id] = entry }
        for project in (Sample.me.projects ?? []).reversed() { backward.projects[project.id] = project }
        for client in (Sample.me.clients ?? []).reversed() { backward.clients[client.id] = client }
        backward.tasks = forward.tasks
        backward.tags = forward.tags
        #expect(backward == forward)
    }

    @Test func weekSummaryAndRecentDescriptionsReadTheTimeline() {
        let state = Sample.loadedState()
        let summary = state.weekSummary
        #expect(summary.dailySeconds == [3600 + 1800, 0, 0, 0, 0, 0, 0])
        #expect(summary.totalSeconds == 3600 + 1800)
        #expect(state.recentDescriptions.compactMap(\.description) == ["Standup", "Wireframes", "Review pull requests"])
    }

    // MARK: Projects and clients

    /// The projects pane as it was computed before the indices: a scan, sort and match.
    static func scannedProjectRows(_ state: AppState) -> [Int64] {
        let query = state.filterQuery(for: .projects) ?? ""
        return state.catalog.projects.values
            .filter { $0.workspaceID == state.workspaceID && $0.active && $0.serverDeletedAt == nil }
            .filter { state.clientFilter == nil || $0.clientID == state.clientFilter }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            .filter { project in
                let text = [project.name, project.clientID.flatMap { state.catalog.clients[$0]?.name }].compactMap { $0 }.joined(separator: " ")
                return query.isEmpty || FuzzyMatcher.match(query, in: text) != nil
            }
            .map(\.id)
    }

    @Test(arguments: ["", "web", "ACME", "glx", "m a", "mobile globex", "zzz", "é", "Admin "])
    func projectRowsMatchAScanOfTheCatalog(query: String) {
        var state = Sample.loadedState()
        state.catalog.projects[1004] = Project(id: 1004, workspaceID: Sample.studio, clientID: Sample.acme, name: "Café Été")
        state.catalog.projects[1005] = Project(id: 1005, workspaceID: Sample.studio, name: "Archived", active: false)
        state.catalog.projects[1006] = Project(id: 1006, workspaceID: Sample.personal, name: "Elsewhere")
        state.filters[.projects] = query.isEmpty ? nil : query
        for client in [nil, Sample.acme, Sample.globex] {
            state.clientFilter = client
            #expect(state.projectRowIDs == Self.scannedProjectRows(state))
            #expect(state.projectRows.map(\.id) == state.projectRowIDs)
        }
    }

    @Test func clientRowsAreFilteredWithTheirAllRow() {
        var state = Sample.loadedState()
        state.catalog.clients[13] = Client(id: 13, workspaceID: Sample.studio, name: "Archived Inc", archived: true)
        #expect(state.clientRowIDs == [0, Sample.acme, Sample.globex])
        state.filters[.clients] = "al"
        #expect(state.clientRowIDs == [0])
        state.filters[.clients] = "co"
        #expect(state.clientRowIDs == [Sample.acme])
        #expect(state.clientRows.map(\.id) == [Sample.acme])
    }

    @Test func renamingAClientRefreshesWhatItsProjectsAreFoundBy() {
        var state = Sample.loadedState()
        state.filters[.projects] = "initech"
        #expect(state.projectRowIDs.isEmpty)
        state.catalog.clients[Sample.acme]?.name = "Initech"
        #expect(state.projectRowIDs == [Sample.website])
    }

    // MARK: Search keys

    static let texts = [
        "Website Redesign Acme Corp", "Café Crème", "Cafe\u{301} decomposed", "東京スタジオ デザイン", "Launch 🚀 Freelance",
        "Ångström Labs", "ΟΔΥΣΣΕΥΣ", "Kelvin \u{212A} sign", "👩‍💻 pairing", "Øresund Holding 🏢", "a\r\nb", "",
    ]
    static let queries = [
        "w", "wr", "acme", "café", "cafe\u{301}", "CAFÉ", "東京", "🚀", "ångström", "οδυσσευς", "ς", "k", "\u{212A}", "👩", "👩‍💻",
        "ø", "\r", "\r\n", "ab", "zz", "  ", "ee",
    ]

    @Test func searchKeysAgreeWithTheFuzzyMatcher() {
        var index = Catalog.SearchIndex()
        let keys = Self.texts.map { index.intern($0) }
        for query in Self.queries {
            for (text, key) in zip(Self.texts, keys) {
                let expected = FuzzyMatcher.match(query, in: text) != nil
                let found = index.needle(for: query).map { Catalog.SearchIndex.matches($0, key) } ?? false
                #expect(found == expected, "\(query) in \(text)")
            }
        }
    }

    /// Texts whose joint with a space is tricky: a prepended mark at the end, a combining or
    /// spacing mark or a joiner at the start, CR/LF, flags, emoji sequences, final sigma.
    static let joints = [
        "Website", "Café", "Cafe\u{301}", "\u{301}accent first", "x\u{0600}", "\u{0600}y", "\u{0903}visarga",
        "\u{200D}joined", "👩‍💻", "🇩🇪", "🇩", "\u{1F1EA}", "a\r", "\nb", "ΟΔΥΣΣΕΥΣ", "Σ", "İstanbul", "\u{212A}",
        "東京", "Launch 🚀", "x\u{200D}", " ", "",
    ]

    @Test func joinedKeysAreTheKeysOfTheJoinedText() {
        for second in Self.joints {
            var whole = Catalog.SearchIndex()
            var joined = Catalog.SearchIndex()
            // As the catalog does: the client first, then each project's name and name + client.
            let secondKey = whole.intern(second)
            #expect(joined.internLowercased(second.lowercased()) == secondKey)
            for first in Self.joints {
                let firstKey = whole.intern(first)
                let expected = whole.intern(first + " " + second)
                let firstJoinedKey = joined.internLowercased(first.lowercased())
                let key = joined.internJoined(lowercased: first.lowercased(), firstJoinedKey, second.lowercased(), secondKey)
                #expect(firstJoinedKey == firstKey, "\(first)")
                #expect(key == expected, "\(first) + \(second)")
            }
            #expect(joined == whole, "\(second)")
        }
    }
}

/// Adopting a `/me` answer from the entries of the catalog it replaces, taken apart first so the
/// old and the new catalog are not both whole in memory.
@Suite struct CatalogReplacementTests {
    /// An old catalog with entries older than the answer's window, inside it, local ones, and
    /// local clients and projects.
    static var previous: Catalog {
        var old = Catalog(me: Sample.me)
        old.entries[400] = TimeEntry(id: 400, workspaceID: Sample.studio, start: Sample.at(8, daysAgo: 20), stop: Sample.at(9, daysAgo: 20),
                                     duration: 3600)
        old.entries[-3] = TimeEntry(id: -3, workspaceID: Sample.studio, start: Sample.at(10), duration: -1)
        old.clients[-5] = Client(id: -5, workspaceID: Sample.studio, name: "New client")
        old.projects[-6] = Project(id: -6, workspaceID: Sample.studio, name: "New project")
        return old
    }

    /// The answer: a newer copy of one entry, one deleted, one new.
    static var answer: Me {
        var me = Sample.me
        me.timeEntries = [
            TimeEntry(id: 501, workspaceID: Sample.studio, start: Sample.at(8), stop: Sample.at(10), duration: 7200, description: "Longer"),
            TimeEntry(id: 502, workspaceID: Sample.studio, start: Sample.at(9), duration: 60, serverDeletedAt: Sample.at(11)),
            TimeEntry(id: 510, workspaceID: Sample.studio, start: Sample.at(12), stop: Sample.at(13), duration: 3600),
        ]
        return me
    }

    @Test func consumingTheOldEntriesGivesWhatReadingThemGives() {
        var entries = Self.previous.entries
        let consumed = Catalog(me: Self.answer, keepingEntries: consume entries)
        let read = Catalog(me: Self.answer, keepingEntriesFrom: Self.previous)
        #expect(consumed == read)
        // Older than the answer's window: kept; local: dropped (adopt lays it over); deleted: gone.
        #expect(consumed.entries[400] != nil)
        #expect(consumed.entries[-3] == nil)
        #expect(consumed.entries[502] == nil)
        #expect(consumed.entries[501]?.description == "Longer")
        #expect(consumed.entries[510] != nil)
    }

    @Test func keepingLocalRowsKeepsOnlyTheLocalRowsAndTheEntriesAsked() {
        let slim = Self.previous.keepingLocalRows { $0 < 0 || $0 == 503 }
        #expect(Set(slim.entries.keys) == [-3, 503])
        #expect(Set(slim.clients.keys) == [-5])
        #expect(Set(slim.projects.keys) == [-6])
        #expect(slim.workspaces.isEmpty && slim.tags.isEmpty && slim.tasks.isEmpty)
    }

    // MARK: Revision

    @Test func everyChangeGivesANewRevisionAndACopyKeepsIt() {
        var catalog = Catalog(me: Sample.me)
        let copy = catalog
        #expect(copy.revision == catalog.revision)
        var seen = [catalog.revision]
        let changes: [(inout Catalog) -> Void] = [
            { $0.entries[600] = TimeEntry(id: 600, workspaceID: Sample.studio, start: Sample.at(9), stop: Sample.at(10), duration: 3600) },
            { $0.entries[600]?.description = "renamed" },
            { $0.projects[Sample.website]?.name = "Renamed" },
            { $0.clients = [:] },
            { $0.workspaces[Sample.personal] = nil },
            { $0.tags = [:] },
            { $0.tasks = [:] },
            { $0.merge(entries: [TimeEntry(id: 601, workspaceID: Sample.studio, start: Sample.at(11), duration: -1)]) },
        ]
        for change in changes {
            change(&catalog)
            #expect(!seen.contains(catalog.revision))
            seen.append(catalog.revision)
        }
        // The copy taken before was not touched.
        #expect(copy == Catalog(me: Sample.me))
    }

    @Test func catalogsWithEqualContentsAreEqualThoughTheirRevisionsDiffer() {
        let first = Catalog(me: Sample.me)
        let second = Catalog(me: Sample.me)
        #expect(first.revision != second.revision)
        #expect(first == second)
        var changed = second
        changed.entries[Sample.entries[0].id]?.description = "other"
        #expect(changed != first)
    }
}

