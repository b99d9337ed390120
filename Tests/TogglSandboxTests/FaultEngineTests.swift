import Foundation
import Testing
@testable import TogglSandbox

@Suite struct FaultEngineTests {
    typealias F = EngineFixtures

    @Test func serverErrorsAreReproducibleAndChangeNothing() throws {
        func run() -> (statuses: [Int], tags: [String]) {
            let sandbox = F.sandbox(quota: .unlimited, faults: SandboxFaults(serverErrorRate: 0.5, seed: 42))
            let statuses = (0..<40).map { sandbox.handle(F.addTag("t\($0)")).status }
            return (statuses, sandbox.world.tags.all.map(\.name))
        }
        let first = run()
        let second = run()
        #expect(first.statuses == second.statuses)
        #expect(first.tags == second.tags)
        #expect(Set(first.statuses) == [200, 500, 503])
        let failures = first.statuses.filter { $0 >= 500 }.count
        #expect(failures > 5 && failures < 35)
        // Only the admitted writes changed the world.
        #expect(first.tags.count == first.statuses.filter { $0 == 200 }.count)
    }

    @Test func serverErrorsAreJSONStringsAndCarryQuotaHeaders() throws {
        let sandbox = F.sandbox(faults: SandboxFaults(serverErrorRate: 1))
        let before = sandbox.world
        let response = sandbox.handle(F.addTag("x"))
        #expect(response.status >= 500)
        #expect(!(try JSONDecoder().decode(String.self, from: response.body)).isEmpty)
        #expect(response.headers["X-Toggl-Quota-Remaining"] == "29")
        #expect(sandbox.world == before)
    }

    @Test func settingFaultsRestartsTheDice() {
        let sandbox = F.sandbox(quota: .unlimited)
        let faults = SandboxFaults(serverErrorRate: 0.5, seed: 7)
        sandbox.faults = faults
        let first = (0..<20).map { _ in sandbox.handle(F.get("/api/v9/me/logged")).status }
        sandbox.faults = faults
        let second = (0..<20).map { _ in sandbox.handle(F.get("/api/v9/me/logged")).status }
        #expect(first == second)
    }

    @Test func droppedConnectionsChangeNothingAndAreLoggedAsStatusZero() {
        let sandbox = F.sandbox(faults: SandboxFaults(dropConnectionRate: 1))
        let before = sandbox.world
        let response = sandbox.handle(F.addTag("x"))
        #expect(response.delivery == .dropConnection)
        #expect(sandbox.world == before)
        #expect(sandbox.requestLog.last?.status == 0)
        #expect(sandbox.requestLog.last?.bucket == "organization:\(F.organizationID)")
    }

    @Test func downDropsEveryAPIRequestButNotTheAdminAPI() {
        let sandbox = F.sandbox(faults: SandboxFaults(isDown: true))
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).delivery == .dropConnection)
        #expect(sandbox.handle(F.get("/api/v9/me/logged", auth: nil)).delivery == .dropConnection)
        #expect(sandbox.handle(F.get("/__sandbox/faults")).status == 200)
        #expect(sandbox.requestLog.map(\.status) == [0, 0])
        #expect(sandbox.requestLog.map(\.bucket) == [nil, nil])
        sandbox.faults.isDown = false
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)
    }

    @Test func commitThenTimeOutAppliesTheWriteAndWithholdsTheAnswer() {
        let sandbox = F.sandbox(faults: SandboxFaults(commitThenTimeout: 1, withholdSeconds: 5))
        // Reads are answered as usual and do not use up the count.
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).delivery == .normal)
        let withheld = sandbox.handle(F.addTag("committed"))
        #expect(withheld.delivery == .withhold(seconds: 5))
        #expect(withheld.status == 200)
        #expect(sandbox.world.tags.all.map(\.name) == ["committed"])
        #expect(sandbox.faults.commitThenTimeout == 0)
        #expect(sandbox.requestLog.last?.status == 200)
        let next = sandbox.handle(F.addTag("answered"))
        #expect(next.delivery == .normal)
        #expect(sandbox.world.tags.count == 2)
    }

    @Test func latencyIsForTheServerToWaitAndNeverForTheAdminAPI() {
        let sandbox = F.sandbox(faults: SandboxFaults(latencySeconds: 0.25))
        #expect(sandbox.latencySeconds(for: F.get("/api/v9/me/logged")) == 0.25)
        #expect(sandbox.latencySeconds(for: F.get("/__sandbox/requests")) == 0)
    }
}
