import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

@Suite(.serialized) struct PersistenceTests {
    typealias F = EngineFixtures

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sandbox-persistence-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func saveAndLoadRoundTripTheWorldWithMode0600() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SandboxStateFile(url: folder.appendingPathComponent("nested/state.json"))
        try file.save(F.world)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let loaded = file.load(orElse: { SandboxWorld() }, printWarnings: false)
        #expect(loaded.fromFile)
        #expect(loaded.world == F.world)
        #expect(loaded.warning == nil)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.url.deletingLastPathComponent().path) == ["state.json"])
    }

    @Test func aMissingFileGivesTheFallback() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = SandboxStateFile(url: folder.appendingPathComponent("none.json")).load(orElse: { F.world })
        #expect(!loaded.fromFile)
        #expect(loaded.world == F.world)
        #expect(loaded.warning == nil)
    }

    @Test(arguments: ["{ not json", #"{"version": 99, "world": {}}"#, ""])
    func anUnreadableFileIsSetAsideAndTheFallbackUsed(content: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("state.json")
        try Data(content.utf8).write(to: url)
        let loaded = SandboxStateFile(url: url).load(orElse: { F.world }, printWarnings: false)
        #expect(!loaded.fromFile)
        #expect(loaded.world == F.world)
        #expect(loaded.warning?.contains("set aside") == true)
        let aside = try #require(loaded.setAsideURL)
        #expect(aside.lastPathComponent.hasPrefix("state.json.corrupt-"))
        #expect(try Data(contentsOf: aside) == Data(content.utf8))
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func autosaveWritesOnlyWhenTheWorldChanged() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sandbox = F.sandbox()
        let autosave = SandboxAutosave(sandbox: sandbox, file: SandboxStateFile(url: folder.appendingPathComponent("s.json")),
                                       alreadySaved: true)
        #expect(try autosave.saveIfChanged() == false)
        _ = sandbox.handle(F.get("/api/v9/me/logged"))
        #expect(try autosave.saveIfChanged() == false)
        _ = sandbox.handle(F.addTag("kept"))
        #expect(try autosave.saveIfChanged() == true)
        #expect(try autosave.saveIfChanged() == false)
        _ = sandbox.handle(F.addTag(""))
        #expect(try autosave.saveIfChanged() == false)
    }

    @Test func aServerSavesChangesThatTheNextServerServes() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SandboxStateFile(url: folder.appendingPathComponent("state.json"))

        let first = F.sandbox()
        let firstServer = SandboxServer(sandbox: first, autosave: SandboxAutosave(sandbox: first, file: file))
        let firstURL = try await firstServer.start()
        let created = try await CurlTransport().send(
            HTTPRequest(method: .post, url: firstURL.appendingPathComponent("workspaces/\(F.workspaceID)/tags"),
                        headers: ["Authorization": F.tokenAuth], body: Data(#"{"name":"survives"}"#.utf8)),
            timeoutSeconds: 30)
        // Saved before the answer was sent.
        let onDisk = file.load(orElse: { SandboxWorld() }, printWarnings: false)
        await firstServer.stop()
        #expect(created.status == 200)
        #expect(onDisk.world.tags.all.map(\.name) == ["survives"])

        let loaded = file.load(orElse: { F.world }, printWarnings: false)
        #expect(loaded.fromFile)
        let second = Sandbox(world: loaded.world, clock: .frozen(at: F.start), routes: F.routes)
        let secondServer = SandboxServer(sandbox: second, autosave: SandboxAutosave(sandbox: second, file: file, alreadySaved: true))
        let secondURL = try await secondServer.start()
        let admin = secondURL.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("__sandbox/world")
        let world = try await CurlTransport().send(HTTPRequest(method: .get, url: admin), timeoutSeconds: 30)
        await secondServer.stop()
        let served = try TogglJSON.makeDecoder().decode(SandboxWorld.self, from: world.body)
        #expect(served.tags.all.map(\.name) == ["survives"])
        #expect(served == first.world)
    }
}
