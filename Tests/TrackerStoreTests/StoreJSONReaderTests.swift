import Foundation
import Testing
import TogglModels
@testable import TrackerStore

/// The store files' fast reader gives exactly what `JSONDecoder` gives, or bails so that
/// `JSONDecoder` decides.
@Suite struct StoreJSONReaderTests {
    func file<P>(_ type: P.Type) -> VersionedFile<P> {
        VersionedFile(path: "/nonexistent/test.json", format: "test.payload", version: 1, label: "the test file")
    }

    func envelope(_ payload: String, savedAt: String = #""2025-03-01T10:15:00Z""#) -> Data {
        Data(#"{"format":"test.payload","payload":\#(payload),"saved_at":\#(savedAt),"version":1}"#.utf8)
    }

    /// The payload as the fast reader reads it, and as `JSONDecoder` does.
    func bothWays<P: Codable & Sendable>(_ type: P.Type, _ payload: String) -> (fast: P?, decoded: P?) {
        let fast = file(P.self).fastRead(envelope(payload))?.payload
        let decoded = try? TogglJSON.makeDecoder().decode(P.self, from: Data(payload.utf8))
        return (fast, decoded)
    }

    static let entries = [
        #"{"id":1}"#,
        #"{"id":2,"workspace_id":10,"wid":10,"project_id":20,"pid":20,"task_id":30,"tid":30,"user_id":40,"uid":40,"billable":true,"start":"2024-12-13T00:18:26+00:00","stop":"2024-12-13T01:18:26Z","duration":3600,"description":"Write \"docs\"\n\tnow \u00e9 \ud83d\ude00 \/ \\ done","tags":["a","b"],"tag_ids":[1,2],"duronly":true,"at":"2024-12-13T00:18:26.835197Z","server_deleted_at":null,"permissions":["edit"],"expense_ids":[5],"shared_with":[{"user_id":9,"user_name":"Zoë","accepted":true},{"user_id":null}],"client_id":3,"client_name":"Müller","project_name":"東京 🚀","project_color":"blue","project_active":true,"project_billable":false,"task_name":"T","user_name":"U","user_avatar_url":"https://x/y.png"}"#,
        #"{"id":3,"workspace_id":null,"wid":11,"project_id":null,"pid":21,"user_id":null,"uid":41,"billable":null,"start":null,"stop":null,"duration":null,"description":null,"tags":null,"tag_ids":null,"at":null,"permissions":null,"expense_ids":null,"shared_with":null}"#,
        #"{"wid":12,"pid":22,"tid":32,"uid":42,"id":-4,"start":"2024-07-30T11:13:46+03:00","duration":-1733000000,"tags":[],"tag_ids":[]}"#,
        #" { "id" : 5 , "start" : "2017-08-28" , "description" : "" , "duration" : -0 } "#,
    ]

    @Test func entriesReadAsJSONDecoderReadsThem() throws {
        for entry in Self.entries {
            let (fast, decoded) = bothWays(EntriesSnapshot.self, #"{"entries":[\#(entry),\#(entry)]}"#)
            #expect(fast != nil, "\(entry)")
            #expect(decoded != nil, "\(entry)")
            #expect(fast == decoded, "\(entry)")
        }
        let (fast, decoded) = bothWays(EntriesSnapshot.self, #"{"entries":[]}"#)
        #expect(fast == EntriesSnapshot(entries: []))
        #expect(decoded == fast)
    }

    static let catalogs = [
        #"{}"#,
        #"{"profile":null,"preferences":null,"workspaces":null,"clients":null,"projects":null,"tasks":null,"tags":null}"#,
        #"{"clients":[{"id":1,"wid":2,"name":"Café","archived":true,"at":"2024-01-02T03:04:05Z","creator_id":7,"notes":"n","external_reference":"e","integration_provider":null,"integration_ext_id":"i","integration_ext_type":"t","permissions":["p"],"total_count":3},{"id":2,"workspace_id":5},{"id":3,"wid":null,"workspace_id":6,"name":null,"archived":null}],"tags":[{"id":1,"workspace_id":2,"name":"urgent 🔥","at":"2024-01-02T03:04:05Z","creator_id":1,"deleted_at":"2024-01-03T00:00:00Z","permissions":[],"integration_provider":null,"integration_ext_id":null,"integration_ext_type":null},{"id":2,"wid":4}],"tasks":[{"id":1,"name":"Task","project_id":2,"pid":2,"workspace_id":3,"wid":3,"active":false,"at":"2024-01-02T03:04:05Z","estimated_seconds":60,"tracked_seconds":1000,"user_id":4,"user_name":"U","toggl_accounts_id":"abc","recurring":true,"rate":12.5,"rate_last_updated":null,"project_name":"P","project_color":"white","project_billable":true,"project_is_private":false,"client_id":9,"client_name":"C","avatar_url":null,"external_reference":null,"permissions":null,"integration_provider":null,"integration_ext_id":null,"integration_ext_type":null},{"id":2,"pid":7,"wid":8}]}"#,
        #"{"projects":[{"id":1,"workspace_id":2,"wid":2,"client_id":3,"cid":3,"client_name":"C","name":"Ångström Redesign","is_private":true,"active":false,"status":"archived","color":"teal","at":"2024-01-02T03:04:05Z","created_at":"2023-01-02T03:04:05Z","server_deleted_at":null,"billable":true,"template":false,"template_id":4,"auto_estimates":false,"estimated_hours":10,"estimated_seconds":36000,"actual_hours":2,"actual_seconds":7200,"rate":99.95,"rate_last_updated":"2024-01-02T03:04:05Z","currency":"EUR","fixed_fee":1e3,"recurring":false,"recurring_parameters":null,"current_period":null,"start_date":"2017-08-28","end_date":"2018-01-31","can_track_time":false,"pinned":true,"is_shared":true,"tasks_count":5,"permissions":["x"],"total_count":1,"external_reference":"r","integration_provider":null,"integration_ext_id":"i","integration_ext_type":"t"},{"id":2,"wid":6,"cid":null,"name":null,"active":null,"can_track_time":null,"rate":-0.5E-2}]}"#,
        #"{"profile":{"id":1,"email":"a@example.com","fullname":"A","timezone":"Europe/Berlin","default_workspace_id":2},"preferences":{"date_format":"MM/DD/YYYY"},"workspaces":[{"id":2,"name":"W","organization_id":3}]}"#,
    ]

    @Test func catalogsReadAsJSONDecoderReadsThem() throws {
        for catalog in Self.catalogs {
            let (fast, decoded) = bothWays(CatalogSnapshot.self, catalog)
            #expect(fast != nil, "\(catalog)")
            #expect(decoded != nil, "\(catalog)")
            #expect(fast == decoded, "\(catalog)")
        }
    }

    /// What the fast reader leaves to `JSONDecoder` (which may accept it, or set the file aside).
    static let bails = [
        #"{"entries":[{"id":1,"duration":1.5}]}"#,  // a fraction where an integer is due
        #"{"entries":[{"id":1,"duration":1e3}]}"#,
        #"{"entries":[{"id":1,"duration":01}]}"#,  // not JSON
        #"{"entries":[{"id":1,"mystery":1}]}"#,  // a key the reader does not know
        #"{"entries":[{"id":1,"id":2}]}"#,  // a repeated key
        #"{"entries":[{"id":1,"start":"yesterday"}]}"#,
        #"{"entries":[{"id":1,"start":"2024-12-13\u0054 00:18:26Z"}]}"#,  // an escape inside a timestamp
        #"{"entries":[{"id":1,}]}"#,
        #"{"entries":[{"id":null}]}"#,
        #"{"entries":[{"billable":true}]}"#,
        #"{"entries":[{"id":1,"description":"\ud800"}]}"#,  // a lone surrogate
        #"{"entries":[{"id":1,"billable":1}]}"#,
        #"{"entries":[{"id":9223372036854775808}]}"#,
        #"{"entries":null}"#,
        #"{"entries":[]} x"#,
        #"{"projects":[{"id":1,"recurring_parameters":{"period":"weekly"}}]}"#,  // a JSONValue
        #"{"clients":[{"id":1,"integration_provider":"jira"}]}"#,
        #"{"profile":{"email":"no id"}}"#,
    ]

    @Test func bailsWhereJSONDecoderShouldJudge() throws {
        for payload in Self.bails {
            let catalog = file(CatalogSnapshot.self).fastRead(envelope(payload))
            let entries = file(EntriesSnapshot.self).fastRead(envelope(payload))
            #expect(catalog == nil && entries == nil, "\(payload)")
        }
        // Invalid UTF-8 inside a string.
        var bytes = Array(#"{"format":"test.payload","payload":{"entries":[{"id":1,"description":"x"#.utf8)
        bytes += [0xC3, 0x28] + Array(#""}]},"version":1}"#.utf8)
        #expect(file(EntriesSnapshot.self).fastRead(Data(bytes)) == nil)
    }

    @Test func theEnvelopeIsCheckedAsJSONDecoderChecksIt() throws {
        let entries = file(EntriesSnapshot.self)
        #expect(entries.fastRead(envelope(#"{"entries":[]}"#))?.savedAt == fixedNow)
        // saved_at is read leniently (`try?`): anything but a timestamp is no date.
        for savedAt in ["null", "5", #""soon""#, #"{"a":[1,true]}"#] {
            let read = entries.fastRead(envelope(#"{"entries":[]}"#, savedAt: savedAt))
            #expect(read != nil && read?.savedAt == nil, "\(savedAt)")
        }
        let otherVersion = Data(#"{"format":"test.payload","payload":{"entries":[]},"version":2}"#.utf8)
        let otherFormat = Data(#"{"format":"other","payload":{"entries":[]},"version":1}"#.utf8)
        let noPayload = Data(#"{"format":"test.payload","version":1}"#.utf8)
        for data in [otherVersion, otherFormat, noPayload, Data(), Data("[]".utf8)] {
            #expect(entries.fastRead(data) == nil)
        }
        // Payloads without a fast reader always go to JSONDecoder.
        #expect(file(SyncState.self).fastRead(envelope("{}")) == nil)
    }

    /// Every field of every model, as the store writes it, is read back the fast way: a field
    /// added to a model but not to its reader makes the reader bail here (and everywhere).
    @Test func savedFilesOfEveryModelReadTheFastWay() throws {
        let day = Date(timeIntervalSince1970: 1_503_878_400)
        let at = Date(timeIntervalSince1970: 1_734_049_106.5)
        let entry = TimeEntry(
            id: 1, workspaceID: 2, projectID: 3, taskID: 4, userID: 5, billable: true, start: day, stop: at,
            duration: 60, description: "d \"q\" é", tags: ["t"], tagIDs: [6], at: at, serverDeletedAt: at,
            permissions: ["p"], expenseIDs: [7], sharedWith: [TimeEntry.SharedWith(userID: 8, userName: "n", accepted: true)],
            clientID: 9, clientName: "c", projectName: "p", projectColor: "#000", projectActive: true,
            projectBillable: true, taskName: "t", userName: "u", userAvatarURL: "a")
        let project = Project(
            id: 1, workspaceID: 2, clientID: 3, clientName: "c", name: "n", isPrivate: true, active: false,
            status: "s", color: "#111", at: at, createdAt: at, serverDeletedAt: at, billable: true, template: true,
            templateID: 4, autoEstimates: true, estimatedHours: 5, estimatedSeconds: 6, actualHours: 7,
            actualSeconds: 8, rate: 9.25, rateLastUpdated: at, currency: "EUR", fixedFee: 10.5, recurring: true,
            startDate: day, endDate: day, canTrackTime: false, pinned: true, isShared: true, tasksCount: 11,
            permissions: ["p"], totalCount: 12, externalReference: "e", integrationExtID: "i",
            integrationExtType: "t")
        let client = Client(
            id: 1, workspaceID: 2, name: "n", archived: true, at: at, creatorID: 3, notes: "o",
            externalReference: "e", integrationExtID: "i", integrationExtType: "t", permissions: ["p"], totalCount: 4)
        let tag = Tag(id: 1, workspaceID: 2, name: "n", at: at, creatorID: 3, deletedAt: at, permissions: ["p"],
                      integrationExtID: "i", integrationExtType: "t")
        let task = ProjectTask(
            id: 1, name: "n", projectID: 2, workspaceID: 3, active: false, at: at, estimatedSeconds: 4,
            trackedSeconds: 5, userID: 6, userName: "u", togglAccountsID: "a", recurring: true, rate: 7.5,
            rateLastUpdated: at, projectName: "p", projectColor: "#222", projectBillable: true,
            projectIsPrivate: true, clientID: 8, clientName: "c", avatarURL: "v", externalReference: "e",
            permissions: ["p"], integrationExtID: "i", integrationExtType: "t")
        let profile = try TogglJSON.makeDecoder().decode(Me.self, from: Data(#"{"id":1,"email":"a@example.com"}"#.utf8))

        let entries = file(EntriesSnapshot.self)
        let entriesData = try entries.encode(EntriesSnapshot(entries: [entry]), savedAt: fixedNow)
        let fastEntries = try #require(entries.fastRead(entriesData))
        #expect(fastEntries.payload == EntriesSnapshot(entries: [entry]))
        #expect(fastEntries.savedAt == fixedNow)

        let catalogs = file(CatalogSnapshot.self)
        let catalog = CatalogSnapshot(profile: profile, workspaces: [], clients: [client], projects: [project],
                                      tasks: [task], tags: [tag])
        let catalogData = try catalogs.encode(catalog, savedAt: fixedNow)
        let fastCatalog = try #require(catalogs.fastRead(catalogData))
        let decoded = try TogglJSON.makeDecoder().decode(CatalogSnapshot.self,
                                                          from: Data(try TogglJSON.makeEncoder().encode(catalog)))
        #expect(fastCatalog.payload == decoded)
        #expect(fastCatalog.payload.projects == [project])
        #expect(fastCatalog.payload.clients == [client])
        #expect(fastCatalog.payload.tags == [tag])
        #expect(fastCatalog.payload.tasks == [task])
    }

    @Test func loadGivesTheSameEitherWay() throws {
        try withTemporaryFolder { folder throws in
            // One file the fast reader reads, one it leaves to JSONDecoder: both load.
            let entries = VersionedFile<EntriesSnapshot>(path: folder + "/e.json", format: "test.payload", version: 1, label: "e")
            try AtomicFile(path: entries.path).write(envelope(#"{"entries":[{"id":1,"duration":3600}]}"#))
            #expect(entries.load(now: fixedNow).payload?.entries.map(\.duration) == [3600])
            try AtomicFile(path: entries.path).write(envelope(#"{"entries":[{"id":1,"duration":3600,"mystery":true}]}"#))
            let loaded = entries.load(now: fixedNow)
            #expect(loaded.issue == nil)
            #expect(loaded.payload?.entries.map(\.duration) == [3600])
        }
    }
}
