import Foundation
import Testing
import TogglModels

/// Every field but `id` may be `null` or absent; unknown keys are ignored (CONTRACT.md §2).
@Suite struct LenientDecodingTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try TogglJSON.makeDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func timeEntryWithOnlyAnID() throws {
        let entry = try decode(TimeEntry.self, #"{"id": 1}"#)
        #expect(entry.id == 1)
        #expect(entry.workspaceID == 0)
        #expect(entry.userID == 0)
        #expect(entry.projectID == nil)
        #expect(entry.tags == [])
        #expect(entry.tagIDs == [])
        #expect(entry.billable == false)
        #expect(entry.duration == 0)
        #expect(entry.start == Date(timeIntervalSince1970: 0))
        #expect(entry.at == nil)
        #expect(!entry.isRunning)
    }

    @Test func timeEntryWithEverythingNull() throws {
        let json = #"""
        {"id":2,"workspace_id":null,"wid":null,"project_id":null,"task_id":null,"billable":null,
         "start":null,"stop":null,"duration":null,"description":null,"tags":null,"tag_ids":null,
         "duronly":null,"at":null,"server_deleted_at":null,"user_id":null,"uid":null,
         "permissions":null,"expense_ids":null,"shared_with":null,"client_name":null}
        """#
        let entry = try decode(TimeEntry.self, json)
        #expect(entry == TimeEntry(id: 2, workspaceID: 0, start: Date(timeIntervalSince1970: 0), duration: 0))
    }

    @Test func legacyMirrorsAreFallbacks() throws {
        let legacy = try decode(TimeEntry.self, #"{"id":3,"wid":5,"pid":6,"tid":7,"uid":8,"start":"2024-12-16T01:55:24Z","duration":-1}"#)
        #expect(legacy.workspaceID == 5)
        #expect(legacy.projectID == 6)
        #expect(legacy.taskID == 7)
        #expect(legacy.userID == 8)
        #expect(legacy.isRunning)
        let both = try decode(TimeEntry.self, #"{"id":3,"workspace_id":1,"wid":2,"project_id":null,"pid":9}"#)
        #expect(both.workspaceID == 1)
        #expect(both.projectID == 9)  // null long key: the mirror still counts
        let project = try decode(Project.self, #"{"id":4,"wid":5,"cid":6}"#)
        #expect(project.workspaceID == 5)
        #expect(project.clientID == 6)
        let client = try decode(Client.self, #"{"id":4,"workspace_id":5}"#)
        #expect(client.workspaceID == 5)
    }

    @Test func unknownKeysAreIgnored() throws {
        let entry = try decode(TimeEntry.self, #"{"id":4,"brand_new":{"nested":[1,2,{"x":null}]},"event_metadata":{}}"#)
        #expect(entry.id == 4)
        let me = try decode(Me.self, #"{"id":5,"future_flag":true,"options":{"a":1}}"#)
        #expect(me.options == ["a": 1])
    }

    @Test func sharedWithAndExpenses() throws {
        let entry = try decode(TimeEntry.self,
                               #"{"id":6,"shared_with":[{"user_id":9,"user_name":"Ann","accepted":null},{"user_id":10}],"expense_ids":[1]}"#)
        #expect(entry.sharedWith == [TimeEntry.SharedWith(userID: 9, userName: "Ann"), TimeEntry.SharedWith(userID: 10)])
        #expect(entry.expenseIDs == [1])
    }

    @Test func idsBeyond32And53Bits() throws {
        let entry = try decode(TimeEntry.self, #"{"id":9007199254740993,"workspace_id":3730303299}"#)
        #expect(entry.id == 9_007_199_254_740_993)
        #expect(entry.workspaceID == 3_730_303_299)
    }

    @Test func missingIDFails() {
        #expect(throws: DecodingError.self) { try decode(TimeEntry.self, #"{"workspace_id":1}"#) }
        #expect(throws: DecodingError.self) { try decode(Project.self, #"{"id":null}"#) }
    }

    @Test func everyEntityDecodesFromAnIDAlone() throws {
        let json = #"{"id":42}"#
        #expect(try decode(Me.self, json).id == 42)
        #expect(try decode(Workspace.self, json).id == 42)
        #expect(try decode(Organization.self, json).id == 42)
        #expect(try decode(CreatedOrganization.self, json).id == 42)
        #expect(try decode(Client.self, json).id == 42)
        #expect(try decode(Project.self, json).id == 42)
        #expect(try decode(ProjectTask.self, json).id == 42)
        #expect(try decode(Tag.self, json).id == 42)
        #expect(try decode(TimeEntry.self, json).id == 42)
        #expect(try decode(WorkspaceUser.self, json).id == 42)
        #expect(try decode(SimpleWorkspaceUser.self, json).id == 42)
        #expect(try decode(ProjectUser.self, json).id == 42)
        #expect(try decode(BulkEditFailure.self, json).id == 42)
        #expect(try decode(DetailedReportRow.Entry.self, json).id == 42)
    }

    @Test func idlessTypesDecodeFromEmptyObjects() throws {
        #expect(try decode(Quota.self, "{}") == Quota(remaining: 0, resetsInSecs: 0, total: 0))
        #expect(try decode(Preferences.self, "{}") == Preferences())
        #expect(try decode(BulkEditResult.self, "{}") == BulkEditResult())
        #expect(try decode(BulkEditResult.self, #"{"success":null,"failure":null}"#) == BulkEditResult())
        #expect(try decode(WorkspaceTasksPage.self, #"{"data":null}"#) == WorkspaceTasksPage())
        #expect(try decode(SummaryReport.self, "{}") == SummaryReport())
        #expect(try decode(DetailedReportRow.self, "{}") == DetailedReportRow())
        #expect(try decode(WeeklyReportRow.self, "{}") == WeeklyReportRow())
        #expect(try decode(Organization.TrialInfo.self, "{}") == Organization.TrialInfo())
    }

    @Test func meRelatedArraysNullOrAbsent() throws {
        let absent = try decode(Me.self, #"{"id":1}"#)
        let null = try decode(Me.self, #"{"id":1,"tasks":null,"workspaces":null,"oauth_providers":null}"#)
        #expect(absent.tasks == nil)
        #expect(null.tasks == nil)
        #expect(null.workspaces == nil)
        #expect(null.oauthProviders == [])
        #expect(absent == null)
        let empty = try decode(Me.self, #"{"id":1,"workspaces":[],"2fa_enabled":true}"#)
        #expect(empty.workspaces == [])
        #expect(empty.twoFactorEnabled == true)
    }

    @Test func taskTrackedSecondsAreMilliseconds() throws {
        let task = try decode(ProjectTask.self, #"{"id":1,"name":"T","project_id":2,"workspace_id":3,"tracked_seconds":90500,"active":false}"#)
        #expect(task.trackedSeconds == 90_500)
        #expect(task.trackedDuration == 90.5)
        #expect(!task.active)
    }

    @Test func workspaceTasksEnvelope() throws {
        let page = try decode(WorkspaceTasksPage.self,
                              #"{"data":[{"id":1,"name":"A","project_id":2,"workspace_id":3}],"page":1,"per_page":50,"sort_field":"name","sort_order":"ASC","total_count":1}"#)
        #expect(page.data.map(\.name) == ["A"])
        #expect(page.totalCount == 1)
        #expect(page.perPage == 50)
    }

    @Test func usersAndQuota() throws {
        let user = try decode(WorkspaceUser.self, #"{"id":1,"user_id":2,"workspace_id":3,"group_ids":null,"2fa_enabled":true,"rate":12.5}"#)
        #expect(user.userID == 2)
        #expect(user.workspaceID == 3)
        #expect(user.groupIDs == [])
        #expect(user.twoFactorEnabled)
        #expect(user.rate == 12.5)
        let preferred = try decode(WorkspaceUser.self, #"{"id":1,"uid":7,"user_id":2,"wid":8}"#)
        #expect(preferred.userID == 7)
        #expect(preferred.workspaceID == 8)
        let projectUser = try decode(ProjectUser.self, #"{"id":1,"project_id":2,"user_id":3,"workspace_id":4,"gid":5,"manager":true}"#)
        #expect(projectUser.groupID == 5)
        #expect(projectUser.manager)
        let quotas = try decode([Quota].self,
                                #"[{"organization_id":null,"remaining":-2,"resets_in_secs":1838,"total":30},{"organization_id":2108099,"remaining":29,"resets_in_secs":10,"total":30}]"#)
        #expect(quotas.map(\.isUserBucket) == [true, false])
        #expect(quotas.first?.remaining == -2)
        #expect(quotas.first?.resetsInSecs == 1838)
    }

    @Test func preferencesAcceptTheSpecSpelling() throws {
        #expect(try decode(Preferences.self, #"{"beginningOfWeek":0}"#).beginningOfWeek == 0)
        #expect(try decode(Preferences.self, #"{"BeginningOfWeek":1,"beginningOfWeek":0}"#).beginningOfWeek == 1)
    }

    @Test func badTimestampThrowsDataCorruptedWithTheString() {
        do {
            _ = try decode(TimeEntry.self, #"{"id":1,"start":"16/12/2024 01:55"}"#)
            Issue.record("expected a decoding error")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("16/12/2024 01:55"))
            #expect(context.codingPath.last?.stringValue == "start")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Suite struct ReportDecodingTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try TogglJSON.makeDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func summarySubGroupsAsArray() throws {
        let report = try decode(SummaryReport.self, #"""
        {"groups":[{"id":155392684,"sub_groups":[{"id":null,"title":"Open Sourcing","seconds":13953},{"id":5,"title":"Review","seconds":60,"ids":[1,2]}]},
                   {"id":null,"sub_groups":null}]}
        """#)
        #expect(report.groups.count == 2)
        #expect(report.groups[0].subGroups == [
            SummarySubGroup(title: "Open Sourcing", seconds: 13_953),
            SummarySubGroup(id: 5, title: "Review", seconds: 60, ids: [1, 2]),
        ])
        #expect(report.groups[0].seconds == 14_013)
        #expect(report.groups[1].id == nil)
        #expect(report.groups[1].subGroups == [])
        #expect(report.totalSeconds == 14_013)
    }

    @Test func summarySubGroupsAsKeyedObject() throws {
        let report = try decode(SummaryReport.self, #"""
        {"groups":[{"id":1,"sub_groups":{"10":{"title":"B","seconds":2},"9":{"id":77,"title":"A","seconds":1}}},
                   {"id":2,"sub_groups":{"b":{"title":"Y","seconds":4},"a":{"title":"X","seconds":3}}}]}
        """#)
        #expect(report.groups[0].subGroups == [
            SummarySubGroup(id: 77, title: "A", seconds: 1),  // key 9 sorts before 10; own id kept
            SummarySubGroup(id: 10, title: "B", seconds: 2),  // no id: the numeric key is the id
        ])
        #expect(report.groups[1].subGroups.map(\.title) == ["X", "Y"])
    }

    @Test func summarySubGroupsOfTheWrongShapeFail() {
        #expect(throws: DecodingError.self) {
            try decode(SummaryReport.self, #"{"groups":[{"id":1,"sub_groups":"nope"}]}"#)
        }
    }

    @Test func weeklyRow() throws {
        let rows = try decode([WeeklyReportRow].self, #"""
        [{"user_id":1,"user_name":"U","project_id":null,"seconds":[0,3600,0,0,1800,0,0],"billable_seconds":null,"planned_task_id":null}]
        """#)
        #expect(rows.first?.seconds.count == 7)
        #expect(rows.first?.totalSeconds == 5400)
        #expect(rows.first?.billableSeconds == [])
        #expect(rows.first?.projectID == nil)
    }

    @Test func bulkEditResult() throws {
        let result = try decode(BulkEditResult.self, #"{"success":[3730303299],"failure":[{"id":1,"message":"Time entry not found"}]}"#)
        #expect(result == BulkEditResult(success: [3_730_303_299],
                                         failure: [BulkEditFailure(id: 1, message: "Time entry not found")]))
    }
}
