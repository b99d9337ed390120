import Foundation
import Testing
@testable import TogglSandbox

@Suite struct EngineTests {
    typealias F = EngineFixtures

    @Test func missingAuthorizationIs401WithAnEmptyBodyAndTheMissingHeader() {
        let sandbox = F.sandbox()
        let response = sandbox.handle(F.get("/api/v9/me/logged", auth: nil))
        #expect(response.status == 401)
        #expect(response.body.isEmpty)
        #expect(response.headers["X-Authorization-Missing"] == "true")
        #expect(response.headers["X-Toggl-Quota-Remaining"] == nil)
        #expect(response.delivery == .normal)
    }

    @Test func garbledAuthorizationIs401() {
        let sandbox = F.sandbox()
        for header in ["Bearer abc", "Basic !!!not-base64!!!", "Basic " + Data("no-colon".utf8).base64EncodedString()] {
            let response = sandbox.handle(F.get("/api/v9/me/logged", auth: header))
            #expect(response.status == 401, "\(header)")
            #expect(response.headers["X-Authorization-Missing"] == "true")
        }
    }

    @Test func wrongCredentialsAre403WithAJSONString() throws {
        let sandbox = F.sandbox()
        for auth in [F.basic("nope", "api_token"), F.basic(F.email, "wrong"), F.basic("", "api_token")] {
            let response = sandbox.handle(F.get("/api/v9/me/logged", auth: auth))
            #expect(response.status == 403)
            #expect(response.headers["Content-Type"] == SandboxResponse.jsonContentType)
            let message = try JSONDecoder().decode(String.self, from: response.body)
            #expect(!message.isEmpty)
        }
        // Not charged to any bucket.
        #expect(sandbox.requestLog.allSatisfy { $0.bucket == nil })
    }

    @Test func tokenAndEmailPasswordBothAuthenticate() {
        let sandbox = F.sandbox()
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)
        #expect(sandbox.handle(F.get("/api/v9/me/logged", auth: F.basic(F.email.uppercased(), F.password))).status == 200)
    }

    @Test func unknownRouteOrMethodIs405EmptyAndCharged() {
        let sandbox = F.sandbox()
        let unknown = sandbox.handle(F.get("/api/v9/workspaces/\(F.workspaceID)/time_entries"))
        #expect(unknown.status == 405)
        #expect(unknown.body.isEmpty)
        #expect(unknown.headers["X-Toggl-Quota-Remaining"] == "29")
        let wrongMethod = sandbox.handle(F.send("DELETE", "/api/v9/me/logged", json: ""))
        #expect(wrongMethod.status == 405)
        #expect(sandbox.handle(F.get("/elsewhere")).status == 405)
    }

    @Test func everyAnswerCarriesQuotaAndRequestHeaders() {
        let sandbox = F.sandbox()
        let first = sandbox.handle(F.get("/api/v9/me/logged"))
        let second = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(first.headers["X-Toggl-Quota-Remaining"] == "29")
        #expect(first.headers["X-Toggl-Quota-Resets-In"] == "3600")
        #expect(second.headers["X-Toggl-Quota-Remaining"] == "28")
        #expect(first.headers["Server"] == "nginx")
        let firstID = first.headers["X-Toggl-Request-Id"]
        #expect(firstID != nil && firstID != second.headers["X-Toggl-Request-Id"])
        #expect(firstID.flatMap(UUID.init(uuidString:)) != nil)
    }

    @Test func aWriteChangesTheWorldAndAnswersTheRoutesBody() throws {
        let sandbox = F.sandbox()
        let before = sandbox.revision
        let response = sandbox.handle(F.addTag("focus"))
        #expect(response.status == 200)
        let answer = try JSONDecoder().decode(F.TagAnswer.self, from: response.body)
        #expect(sandbox.world.tags[answer.id]?.name == "focus")
        #expect(sandbox.revision > before)
    }

    @Test func aFailingHandlerLeavesTheWorldUnchanged() throws {
        let sandbox = F.sandbox()
        let before = sandbox.snapshot()
        let response = sandbox.handle(F.addTag(""))
        #expect(response.status == 400)
        #expect(try JSONDecoder().decode(String.self, from: response.body) == "Tag name must not be empty")
        let after = sandbox.snapshot()
        #expect(after.world == before.world)
        #expect(after.revision == before.revision)
        // Forbidden workspaces fail the same way.
        #expect(sandbox.handle(F.addTag("x", workspaceID: 999)).status == 403)
        #expect(sandbox.world == before.world)
    }

    @Test func theRequestLogRecordsEveryAPIRequest() {
        let sandbox = F.sandbox()
        _ = sandbox.handle(F.get("/api/v9/me/logged", auth: nil))
        _ = sandbox.handle(F.get("/api/v9/me/logged", query: [("since", "17"), ("q", "a b&c")]))
        _ = sandbox.handle(F.addTag("deep work"))
        _ = sandbox.handle(F.get("/__sandbox/requests"))
        let log = sandbox.requestLog
        #expect(log.count == 3)
        #expect(log[0] == RequestLogEntry(method: "GET", path: "/api/v9/me/logged", query: "", status: 401,
                                          bucket: nil, body: "", at: F.start))
        #expect(log[1].query == "since=17&q=a b&c")
        #expect(log[1].bucket == "user")
        #expect(log[2].method == "POST")
        #expect(log[2].bucket == "organization:\(F.organizationID)")
        #expect(log[2].body == #"{"name":"deep work"}"#)
        #expect(log[2].status == 200)
        #expect(sandbox.requestLog(since: 2).map(\.method) == ["POST"])
        sandbox.clearRequestLog()
        #expect(sandbox.requestLog.isEmpty)
        #expect(sandbox.nextRequestIndex == 3)
    }

    @Test func theLogForgetsItsOldestEntriesBeyondItsLimit() {
        let sandbox = Sandbox(world: F.world, clock: .frozen(at: F.start), quota: .unlimited,
                              settings: SandboxSettings(requestLogLimit: 3), routes: F.routes)
        for index in 0..<5 {
            _ = sandbox.handle(F.get("/api/v9/me/logged", query: [("n", "\(index)")]))
        }
        #expect(sandbox.requestLog.map(\.query) == ["n=2", "n=3", "n=4"])
        #expect(sandbox.requestLog(since: 4).map(\.query) == ["n=4"])
        #expect(sandbox.requestLog(since: 0).count == 3)
    }

    @Test func theSandboxClockTimesRequests() {
        let sandbox = F.sandbox()
        sandbox.advanceClock(by: 90)
        _ = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(sandbox.requestLog.last?.at == F.start.addingTimeInterval(90))
        sandbox.setClock(SandboxClock(offsetSeconds: -60))
        let real = Date(timeIntervalSince1970: 2_000_000_000)
        _ = sandbox.handle(F.get("/api/v9/me/logged"), realNow: real)
        #expect(sandbox.requestLog.last?.at == real.addingTimeInterval(-60))
    }

    @Test func updateWorldAndResetReplaceTheWorld() {
        let sandbox = F.sandbox()
        let revision = sandbox.revision
        sandbox.updateWorld { $0.tags.upsert(TagRecord(id: 5, workspaceID: F.workspaceID, name: "t", creatorID: F.userID, at: F.start)) }
        #expect(sandbox.world.tags.count == 1)
        #expect(sandbox.revision == revision + 1)
        _ = sandbox.handle(F.get("/api/v9/me/logged"))
        sandbox.reset(to: F.world)
        #expect(sandbox.world.tags.count == 0)
        #expect(sandbox.requestLog.isEmpty)
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).headers["X-Toggl-Quota-Remaining"] == "29")
    }

    @Test func theDefaultRoutesAreTheSandboxRoutes() {
        // Until the entity routes exist this is just the (possibly empty) list; the engine must
        // answer 405 rather than crash for anything it does not know.
        let sandbox = Sandbox(world: F.world, clock: .frozen(at: F.start))
        let response = sandbox.handle(F.get("/api/v9/no/such/route"))
        #expect(response.status == 405)
    }
}
