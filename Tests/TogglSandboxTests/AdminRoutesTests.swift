import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct AdminRoutesTests {
    typealias F = EngineFixtures

    private func json(_ response: SandboxResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
    }

    @Test func adminRequestsNeedNoAuthAndAreNotLoggedOrCharged() {
        let sandbox = F.sandbox(quota: QuotaSettings(userLimit: 1))
        #expect(sandbox.handle(F.get("/__sandbox/world", auth: nil)).status == 200)
        #expect(sandbox.requestLog.isEmpty)
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).headers["X-Toggl-Quota-Remaining"] == "0")
    }

    @Test func requestsListsTheLogWithIndexesAndCanBeCleared() throws {
        let sandbox = F.sandbox()
        _ = sandbox.handle(F.get("/api/v9/me/logged", query: [("a", "1")]))
        _ = sandbox.handle(F.addTag("x"))
        let all = sandbox.handle(F.get("/__sandbox/requests"))
        let entries = try #require(try JSONSerialization.jsonObject(with: all.body) as? [[String: Any]])
        #expect(entries.map { $0["index"] as? Int } == [0, 1])
        #expect(entries[0]["query"] as? String == "a=1")
        #expect(entries[0]["bucket"] as? String == "user")
        #expect(entries[1]["body"] as? String == #"{"name":"x"}"#)
        #expect(entries[1]["status"] as? Int == 200)
        #expect(entries[1]["at"] as? String == TogglTimestamp.formatExact(F.start))

        let since = sandbox.handle(F.get("/__sandbox/requests", query: [("since_index", "1")]))
        let later = try #require(try JSONSerialization.jsonObject(with: since.body) as? [[String: Any]])
        #expect(later.map { $0["method"] as? String } == ["POST"])

        #expect(sandbox.handle(SandboxRequest(method: "DELETE", path: "/__sandbox/requests")).status == 204)
        #expect(sandbox.requestLog.isEmpty)
        _ = sandbox.handle(F.get("/api/v9/me/logged"))
        let after = try #require(try JSONSerialization.jsonObject(
            with: sandbox.handle(F.get("/__sandbox/requests")).body) as? [[String: Any]])
        #expect(after.map { $0["index"] as? Int } == [2])
    }

    @Test func clockCanBeAdvancedSetFrozenAndUnfrozen() throws {
        let sandbox = F.sandbox()
        let advanced = try json(sandbox.handle(F.send("POST", "/__sandbox/clock", json: #"{"advance_seconds": 3600}"#)))
        #expect(advanced["now"] as? String == TogglTimestamp.formatExact(F.start.addingTimeInterval(3600)))
        #expect(advanced["frozen"] as? Bool == true)
        #expect(sandbox.now() == F.start.addingTimeInterval(3600))

        _ = sandbox.handle(F.send("POST", "/__sandbox/clock", json: #"{"set": "2025-01-02T03:04:05Z"}"#))
        #expect(sandbox.now() == TogglTimestamp.parse("2025-01-02T03:04:05Z"))

        let real = Date(timeIntervalSince1970: 1_800_000_000)
        _ = sandbox.handle(F.send("POST", "/__sandbox/clock", json: #"{"freeze": false}"#), realNow: real)
        #expect(sandbox.clock.frozenAt == nil)
        #expect(sandbox.now(realNow: real) == TogglTimestamp.parse("2025-01-02T03:04:05Z"))
        #expect(sandbox.now(realNow: real.addingTimeInterval(10)) == TogglTimestamp.parse("2025-01-02T03:04:15Z"))

        _ = sandbox.handle(F.send("POST", "/__sandbox/clock", json: #"{"set": "2025-06-01T00:00:00+02:00"}"#), realNow: real)
        #expect(sandbox.now(realNow: real) == TogglTimestamp.parse("2025-05-31T22:00:00Z"))
        _ = sandbox.handle(F.send("POST", "/__sandbox/clock", json: #"{"freeze": true}"#), realNow: real)
        #expect(sandbox.now(realNow: real.addingTimeInterval(100)) == TogglTimestamp.parse("2025-05-31T22:00:00Z"))

        let bad = sandbox.handle(F.send("POST", "/__sandbox/clock", json: #"{"set": "yesterday"}"#))
        #expect(bad.status == 400)
        #expect(sandbox.handle(F.get("/__sandbox/clock")).status == 200)
    }

    @Test func quotaSettingsCanBeReadAndChanged() throws {
        let sandbox = F.sandbox()
        let current = try json(sandbox.handle(F.get("/__sandbox/quota")))
        #expect(current["user_limit"] as? Int == 30)
        #expect(current["organization_limit"] as? Int == 30)
        #expect(current["window_seconds"] as? Int == 3600)

        let put = sandbox.handle(F.send("PUT", "/__sandbox/quota",
                                        json: #"{"user_limit": 2, "organization_limits": {"\#(F.organizationID)": 240}, "burst_per_second": 5}"#))
        #expect(put.status == 200)
        #expect(sandbox.quotaSettings == QuotaSettings(userLimit: 2, organizationLimit: 30,
                                                       organizationLimits: [F.organizationID: 240], burstPerSecond: 5))
        let echoed = try json(put)
        #expect((echoed["organization_limits"] as? [String: Int]) == ["\(F.organizationID)": 240])
        #expect(sandbox.handle(F.addTag("a")).headers["X-Toggl-Quota-Remaining"] == "239")

        // The pair-array spelling JSONEncoder uses for Int64 keys is accepted too.
        _ = sandbox.handle(F.send("PUT", "/__sandbox/quota", json: #"{"organization_limits": [\#(F.organizationID), 600]}"#))
        #expect(sandbox.quotaSettings.organizationLimits == [F.organizationID: 600])
        #expect(sandbox.quotaSettings.userLimit == 30)

        _ = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(sandbox.handle(F.send("POST", "/__sandbox/quota/reset", json: "")).status == 204)
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).headers["X-Toggl-Quota-Remaining"] == "29")

        #expect(sandbox.handle(F.send("PUT", "/__sandbox/quota", json: "nope")).status == 400)
    }

    @Test func faultsCanBeReadAndChanged() throws {
        let sandbox = F.sandbox()
        let current = try json(sandbox.handle(F.get("/__sandbox/faults")))
        #expect(current["down"] as? Bool == false)
        let put = sandbox.handle(F.send("PUT", "/__sandbox/faults", json: #"{"commit_then_timeout": 2, "withhold_seconds": 1.5, "latency_seconds": 0.1}"#))
        #expect(put.status == 200)
        #expect(sandbox.faults == SandboxFaults(latencySeconds: 0.1, commitThenTimeout: 2, withholdSeconds: 1.5))
        _ = sandbox.handle(F.send("PUT", "/__sandbox/faults", json: #"{"down": true}"#))
        #expect(sandbox.faults == SandboxFaults(isDown: true))
    }

    @Test func resetEmptiesOrRebuildsTheDemoWorld() {
        let sandbox = F.sandbox()
        _ = sandbox.handle(F.addTag("x"))
        let revision = sandbox.revision
        #expect(sandbox.handle(F.send("POST", "/__sandbox/reset", json: "")).status == 204)
        #expect(sandbox.world == DemoAccount.makeWorld(now: F.start, timeZone: TimeZone(identifier: "UTC")!))
        #expect(sandbox.requestLog.isEmpty)
        #expect(sandbox.revision > revision)

        sandbox.reset(to: F.world)
        _ = sandbox.handle(SandboxRequest(method: "POST", path: "/__sandbox/reset", query: [("empty", "true")]))
        #expect(sandbox.world == SandboxWorld())
    }

    @Test func seedReplacesTheWorldAndWorldReturnsIt() throws {
        let sandbox = F.sandbox(world: SandboxWorld())
        var seeded = F.world
        seeded.tags.upsert(TagRecord(id: 9, workspaceID: F.workspaceID, name: "seeded", creatorID: F.userID, at: F.start))
        let body = try TogglJSON.makeEncoder().encode(seeded)
        let response = sandbox.handle(SandboxRequest(method: "POST", path: "/__sandbox/seed", body: body))
        #expect(response.status == 204)
        #expect(sandbox.world == seeded)
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)

        let world = sandbox.handle(F.get("/__sandbox/world"))
        #expect(try TogglJSON.makeDecoder().decode(SandboxWorld.self, from: world.body) == seeded)

        #expect(sandbox.handle(F.send("POST", "/__sandbox/seed", json: #"{"users": 5}"#)).status == 400)
        #expect(sandbox.world == seeded)
    }

    @Test func unknownAdminRoutesAre404() {
        let sandbox = F.sandbox()
        #expect(sandbox.handle(F.get("/__sandbox/nope")).status == 404)
        #expect(sandbox.handle(F.send("PATCH", "/__sandbox/world", json: "{}")).status == 404)
    }
}
