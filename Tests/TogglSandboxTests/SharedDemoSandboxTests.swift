import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// One demo sandbox per demo folder: the first opener serves it, the others use the same
/// server, and when the host quits another takes over on the same address with every change.
@Suite(.serialized)
struct SharedDemoSandboxTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("SharedDemoSandboxTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func client(_ demo: SharedDemoSandbox) -> TogglAPIClient {
        TogglAPIClient(configuration: APIConfiguration(credentials: .apiToken(demo.apiToken), trackURL: demo.trackURL,
                                                       timeoutSeconds: 30, retryPolicy: .never))
    }

    @Test func theSecondOpenerUsesTheFirstOnesServerAndTakesOverWhenItQuits() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let utc = try #require(TimeZone(identifier: "UTC"))
        let host = try await SharedDemoSandbox.open(folder: folder, fresh: false, timeZone: utc)
        let guest = try await SharedDemoSandbox.open(folder: folder, fresh: false, timeZone: utc)
        #expect(await host.isHost)
        #expect(await guest.isHost == false)
        #expect(guest.trackURL == host.trackURL)
        #expect(guest.apiToken == host.apiToken && guest.apiToken != DemoAccount.apiToken)
        // A guest cannot start the demo afresh under the host.
        await #expect(throws: SharedDemoSandbox.Failure.resetWhileInUse(folder: folder.path)) {
            _ = try await SharedDemoSandbox.open(folder: folder, fresh: true, timeZone: utc)
        }
        #expect(await guest.takeOverIfVacant() == false, "the host still serves")

        // What the guest starts, the host's server holds.
        let me = try await Self.client(guest).me.get()
        let workspace = try #require(me.defaultWorkspaceID)
        let started = try await Self.client(guest).timeEntries.start(in: workspace, description: "From the guest")
        #expect(try await Self.client(host).timeEntries.current()?.id == started.id)

        // The host quits: the guest takes over on the same address, with the entry.
        await host.close()
        #expect(await guest.takeOverIfVacant())
        #expect(await guest.isHost)
        let running = try await Self.client(guest).timeEntries.current()
        #expect(running?.id == started.id && running?.description == "From the guest")
        // And a process opening the folder now uses the new host.
        let third = try await SharedDemoSandbox.open(folder: folder, fresh: false, timeZone: utc)
        #expect(await third.isHost == false)
        #expect(third.trackURL == guest.trackURL)
        await third.close()
        await guest.close()
    }
}
