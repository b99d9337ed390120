import Foundation
import Testing
import TogglModels

/// Write bodies send exactly the fields that were set; `.clear` sends `null`.
@Suite struct PayloadEncodingTests {
    private let start = Date(timeIntervalSince1970: 1_734_314_124)  // 2024-12-16T01:55:24Z

    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try TogglJSON.makeEncoder().encode(value), as: UTF8.self)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try TogglJSON.makeDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func emptyPayloadsSendNothing() throws {
        #expect(try json(TimeEntryPayload()) == "{}")
        #expect(try json(ClientPayload()) == "{}")
        #expect(try json(ProjectPayload()) == "{}")
        #expect(try json(TaskPayload()) == "{}")
        #expect(try json(TagPayload()) == "{}")
        #expect(try json(ProjectUserPayload()) == "{}")
        #expect(try json(MePayload()) == "{}")
    }

    @Test func startTimer() throws {
        let payload = TimeEntryPayload(workspaceID: 2_230_580, createdWith: "toggl-tui", start: start,
                                       duration: -1, description: .set("Hello Toggl"))
        #expect(try json(payload)
            == #"{"created_with":"toggl-tui","description":"Hello Toggl","duration":-1,"start":"2024-12-16T01:55:24Z","workspace_id":2230580}"#)
    }

    @Test func clearingFieldsSendsNull() throws {
        let payload = TimeEntryPayload(stop: .clear, description: .clear, projectID: .clear, taskID: .clear)
        #expect(try json(payload) == #"{"description":null,"project_id":null,"stop":null,"task_id":null}"#)
    }

    @Test func settingFieldsSendsValues() throws {
        let payload = TimeEntryPayload(stop: .set(start.addingTimeInterval(3600)), projectID: .set(155_392_684),
                                       taskID: .set(3_545_645_770), tags: ["a", "b"], tagAction: .add,
                                       billable: true, userID: 7)
        #expect(try json(payload)
            == #"{"billable":true,"project_id":155392684,"stop":"2024-12-16T02:55:24Z","tag_action":"add","tags":["a","b"],"task_id":3545645770,"user_id":7}"#)
        #expect(try json(TimeEntryPayload(tagIDs: [1, 2], tagAction: .delete)) == #"{"tag_action":"delete","tag_ids":[1,2]}"#)
    }

    @Test func subSecondStartKeepsMicroseconds() throws {
        let payload = TimeEntryPayload(start: start.addingTimeInterval(0.837112))
        #expect(try json(payload) == #"{"start":"2024-12-16T01:55:24.837112Z"}"#)
    }

    @Test func projectPayload() throws {
        let payload = ProjectPayload(name: "Deep Work", clientID: .clear, color: "#0b83d9", active: true,
                                     isPrivate: false, startDate: TogglTimestamp.parse("2025-01-01"),
                                     endDate: .set(try #require(TogglTimestamp.parse("2025-01-31T18:00:00Z"))))
        #expect(try json(payload)
            == ##"{"active":true,"client_id":null,"color":"#0b83d9","end_date":"2025-01-31","is_private":false,"name":"Deep Work","start_date":"2025-01-01"}"##)
        let premium = ProjectPayload(billable: true, template: false, estimatedHours: .set(10), rate: .clear,
                                     currency: "EUR", fixedFee: .set(99.5), autoEstimates: false,
                                     endDate: .clear, isShared: true, externalReference: "X-1")
        #expect(try json(premium)
            == #"{"auto_estimates":false,"billable":true,"currency":"EUR","end_date":null,"estimated_hours":10,"external_reference":"X-1","fixed_fee":99.5,"is_shared":true,"rate":null,"template":false}"#)
    }

    @Test func otherPayloads() throws {
        #expect(try json(ClientPayload(name: "ACME", notes: "n", externalReference: "e"))
            == #"{"external_reference":"e","name":"ACME","notes":"n"}"#)
        #expect(try json(ClientPayload(name: "ACME")) == #"{"name":"ACME"}"#)
        #expect(try json(TaskPayload(name: "T", active: false, estimatedSeconds: .set(3600), userID: .clear))
            == #"{"active":false,"estimated_seconds":3600,"name":"T","user_id":null}"#)
        #expect(try json(TagPayload(name: "urgent")) == #"{"name":"urgent"}"#)
        #expect(try json(ProjectUserPayload(projectID: 1, userID: 2, manager: true, rate: .set(50), laborCost: .clear))
            == #"{"labor_cost":null,"manager":true,"project_id":1,"rate":50,"user_id":2}"#)
        #expect(try json(MePayload(fullname: "Marco", timezone: "Europe/Berlin", beginningOfWeek: 1,
                                   defaultWorkspaceID: 2_230_580))
            == #"{"beginning_of_week":1,"default_workspace_id":2230580,"fullname":"Marco","timezone":"Europe/Berlin"}"#)
        #expect(try json(MePayload(email: "a@b.c", countryID: 3)) == #"{"country_id":3,"email":"a@b.c"}"#)
    }

    @Test func payloadsDecodeBackKeepingClear() throws {
        let entry = TimeEntryPayload(workspaceID: 1, createdWith: "t", start: start, duration: 60,
                                     stop: .clear, description: .set("d"), projectID: .clear, taskID: .set(4),
                                     tags: [], tagIDs: [9], tagAction: .add, billable: false, userID: 3)
        #expect(try decode(TimeEntryPayload.self, json(entry)) == entry)
        let project = ProjectPayload(name: "P", clientID: .clear, estimatedHours: .clear,
                                     startDate: TogglTimestamp.parse("2025-01-01"), endDate: .clear)
        #expect(try decode(ProjectPayload.self, json(project)) == project)
        let task = TaskPayload(name: "T", estimatedSeconds: .clear, userID: .set(5))
        #expect(try decode(TaskPayload.self, json(task)) == task)
        let projectUser = ProjectUserPayload(projectID: 1, rate: .clear, laborCost: .set(2.5))
        #expect(try decode(ProjectUserPayload.self, json(projectUser)) == projectUser)
        let me = MePayload(fullname: "F", beginningOfWeek: 0)
        #expect(try decode(MePayload.self, json(me)) == me)
        let client = ClientPayload(name: "C", notes: "")
        #expect(try decode(ClientPayload.self, json(client)) == client)
        #expect(try decode(TagPayload.self, json(TagPayload(name: "x"))) == TagPayload(name: "x"))
    }

    @Test func payloadDecodingAcceptsLegacyKeys() throws {
        let payload = try decode(TimeEntryPayload.self,
                                 #"{"wid":1,"pid":2,"tid":null,"uid":3,"duronly":true,"created_with":"cli","start":"2024-12-16T02:55:24.837112+01:00","duration":-1}"#)
        #expect(payload.workspaceID == 1)
        #expect(payload.projectID == .set(2))
        #expect(payload.taskID == .clear)
        #expect(payload.userID == 3)
        #expect(payload.description == nil)
        #expect(payload.start.map(TogglTimestamp.format) == "2024-12-16T01:55:24Z")
        let project = try decode(ProjectPayload.self, #"{"cid":null,"end_date":"2025-02-01"}"#)
        #expect(project.clientID == .clear)
        #expect(project.endDate == TogglTimestamp.parse("2025-02-01").map(FieldUpdate.set))
    }

    @Test func jsonPatchOperations() throws {
        let patch: [JSONPatchOperation] = [
            .replace("/project_id", with: .null),
            .replace("/description", with: "Deep work"),
            .add("/tags", ["focus"]),
            .remove("/tags", ["idle"]),
            .replace("/billable", with: true),
            .replace("/project_id", with: 3_730_303_299),
        ]
        #expect(try json(patch) == #"[{"op":"replace","path":"/project_id","value":null},"#
            + #"{"op":"replace","path":"/description","value":"Deep work"},"#
            + #"{"op":"add","path":"/tags","value":["focus"]},"#
            + #"{"op":"remove","path":"/tags","value":["idle"]},"#
            + #"{"op":"replace","path":"/billable","value":true},"#
            + #"{"op":"replace","path":"/project_id","value":3730303299}]"#)
        #expect(try json(JSONPatchOperation.remove("/tags")) == #"{"op":"remove","path":"/tags"}"#)
        #expect(try decode([JSONPatchOperation].self, json(patch)) == patch)
        #expect(try decode(JSONPatchOperation.self, #"{"op":"remove","path":"/x"}"#).value == nil)
    }

    @Test func fieldUpdateHelpers() {
        #expect(FieldUpdate<Int>(nil) == .clear)
        #expect(FieldUpdate(5) == .set(5))
        #expect(FieldUpdate.set("a").value == "a")
        #expect(FieldUpdate<String>.clear.value == nil)
    }
}
