import Foundation
import Testing
@testable import TogglSandbox

@Suite struct QuotaEngineTests {
    typealias F = EngineFixtures

    @Test func thirtyRequestsAnHourThenTheHourlyLimit402() {
        let sandbox = F.sandbox()
        for expected in stride(from: 29, through: 0, by: -1) {
            let response = sandbox.handle(F.get("/api/v9/me/logged"))
            #expect(response.status == 200)
            #expect(response.headers["X-Toggl-Quota-Remaining"] == "\(expected)")
        }
        sandbox.advanceClock(by: 600)
        let refused = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(refused.status == 402)
        #expect(F.text(refused) == "You have hit your hourly limit for API calls. Your quota will reset in 3000 seconds.")
        #expect(refused.headers["X-Toggl-Quota-Remaining"] == "0")
        #expect(refused.headers["X-Toggl-Quota-Resets-In"] == "3000")
        #expect(sandbox.requestLog.last?.status == 402)

        // The window slides: an hour after the first request the bucket is full again.
        sandbox.advanceClock(by: 3000)
        let again = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(again.status == 200)
        #expect(again.headers["X-Toggl-Quota-Remaining"] == "29")
    }

    @Test func theWindowSlidesRequestByRequest() {
        let sandbox = F.sandbox(quota: QuotaSettings(userLimit: 2))
        _ = sandbox.handle(F.get("/api/v9/me/logged"))
        sandbox.advanceClock(by: 1800)
        _ = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 402)
        sandbox.advanceClock(by: 1800)
        let admitted = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(admitted.status == 200)
        #expect(admitted.headers["X-Toggl-Quota-Remaining"] == "0")
        #expect(admitted.headers["X-Toggl-Quota-Resets-In"] == "1800")
    }

    @Test func organizationBucketsAreSeparateFromTheUserBucket() {
        let sandbox = F.sandbox(quota: QuotaSettings(userLimit: 1, organizationLimit: 2))
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 402)
        let workspace = sandbox.handle(F.addTag("a"))
        #expect(workspace.status == 200)
        #expect(workspace.headers["X-Toggl-Quota-Remaining"] == "1")
        // Another organization has its own bucket.
        #expect(sandbox.handle(F.addTag("b", workspaceID: F.otherWorkspaceID)).headers["X-Toggl-Quota-Remaining"] == "1")
        // The organization route and the Reports workspace route spend the organization's bucket.
        let organization = sandbox.handle(F.get("/api/v9/organizations/\(F.organizationID)"))
        #expect(organization.status == 200)
        #expect(organization.headers["X-Toggl-Quota-Remaining"] == "0")
        let report = sandbox.handle(F.send("POST", "/reports/api/v3/workspace/\(F.workspaceID)/summary/time_entries", json: "{}"))
        #expect(report.status == 402)
        #expect(sandbox.requestLog.map(\.bucket) == [
            "user", "user", "organization:\(F.organizationID)", "organization:\(F.otherOrganizationID)",
            "organization:\(F.organizationID)", "organization:\(F.organizationID)",
        ])
    }

    @Test func bucketsFollowThePath() {
        let world = F.world
        func key(_ path: String) -> String { SandboxEngineState.quotaKey(for: path, userID: 1, world: world).description }
        #expect(key("/api/v9/me") == "user")
        #expect(key("/api/v9/me/time_entries/current") == "user")
        #expect(key("/api/v9/workspaces/\(F.workspaceID)") == "organization:\(F.organizationID)")
        #expect(key("/api/v9/workspaces/\(F.otherWorkspaceID)/projects/5") == "organization:\(F.otherOrganizationID)")
        #expect(key("/api/v9/workspaces/999/projects") == "user")
        #expect(key("/api/v9/workspaces/abc/projects") == "user")
        #expect(key("/api/v9/organizations/77/workspaces") == "organization:77")
        #expect(key("/reports/api/v3/workspace/\(F.workspaceID)/search/time_entries") == "organization:\(F.organizationID)")
        #expect(key("/elsewhere/workspaces/\(F.workspaceID)") == "user")
    }

    @Test func perOrganizationLimitsOverrideTheDefault() {
        let sandbox = F.sandbox(quota: QuotaSettings(organizationLimits: [F.otherOrganizationID: 2]))
        #expect(sandbox.handle(F.addTag("a", workspaceID: F.otherWorkspaceID)).headers["X-Toggl-Quota-Remaining"] == "1")
        #expect(sandbox.handle(F.addTag("b", workspaceID: F.otherWorkspaceID)).status == 200)
        #expect(sandbox.handle(F.addTag("c", workspaceID: F.otherWorkspaceID)).status == 402)
        #expect(sandbox.handle(F.addTag("d")).headers["X-Toggl-Quota-Remaining"] == "29")
        // A refused write changed nothing.
        #expect(sandbox.world.tags.all.map(\.name) == ["a", "b", "d"])
    }

    @Test func changingTheSettingsKeepsTheCountedRequests() {
        let sandbox = F.sandbox()
        for _ in 0..<5 { _ = sandbox.handle(F.get("/api/v9/me/logged")) }
        sandbox.quotaSettings.userLimit = 6
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).headers["X-Toggl-Quota-Remaining"] == "0")
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 402)
        sandbox.resetQuotaWindows()
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).headers["X-Toggl-Quota-Remaining"] == "5")
    }

    @Test func theBurstLimiterAnswers429WithinOneSecond() {
        let sandbox = F.sandbox(quota: QuotaSettings(burstPerSecond: 2))
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)
        #expect(sandbox.handle(F.addTag("a")).status == 200)
        let burst = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(burst.status == 429)
        #expect(burst.headers["X-Toggl-Quota-Remaining"] == "29")
        sandbox.advanceClock(by: 1)
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)
    }
}
