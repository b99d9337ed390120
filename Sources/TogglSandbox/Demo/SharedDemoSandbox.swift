import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The demo sandbox of one demo folder, shared by every `toggl-tui --demo` process that uses
/// the folder — the terminal UI and any number of command-line runs — so they all see and
/// change the same account.
///
/// The first process hosts it: it holds `server.lock` (an advisory lock the system lets go
/// when the process ends, however it ends) and names its port in `server.json`. The others use
/// that server. When the host quits, the next process to look (``takeOverIfVacant()``, which
/// the UI calls every few seconds) takes the lock, loads the state file the host kept saving,
/// and serves it on the same port, so clients that already know the address carry on; what
/// they journaled meanwhile is sent then. Only the host writes the state file.
///
/// The server itself is private to this user (``SandboxSettings/demo(timeZone:)``): a random
/// demo token per folder (``DemoAccount/makePrivate(_:using:)``), no admin API, the Host
/// checked, bodies capped.
public actor SharedDemoSandbox {
    /// The demo data folder.
    public nonisolated let folder: URL
    /// The demo user's private API token.
    public nonisolated let apiToken: String
    /// The Track v9 root every process of the folder talks to.
    public nonisolated let trackURL: URL
    private let timeZone: TimeZone
    private var server: SandboxServer?
    private var lock: Int32 = -1
    private var isClosed = false

    /// Why a demo folder could not be opened.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// `--reset-demo` while another process serves the folder.
        case resetWhileInUse(folder: String)
        /// Another process holds the folder but has not said where it serves.
        case noAddress(folder: String)

        public var description: String {
            switch self {
            case .resetWhileInUse(let folder):
                "Another toggl-tui --demo is using \(folder); quit it to start the demo afresh."
            case .noAddress(let folder):
                "Another toggl-tui --demo holds \(folder) but has not said where it serves; try again in a moment."
            }
        }
    }

    private init(folder: URL, apiToken: String, trackURL: URL, timeZone: TimeZone, server: SandboxServer?, lock: Int32) {
        self.folder = folder
        self.apiToken = apiToken
        self.trackURL = trackURL
        self.timeZone = timeZone
        self.server = server
        self.lock = lock
    }

    /// Opens the demo of `folder`: hosts it when no other process does (making a fresh demo
    /// account as of now when there is none, or when `fresh` asks for it), else uses the host's.
    public static func open(folder: URL, fresh: Bool, timeZone: TimeZone) async throws -> SharedDemoSandbox {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        if let lock = tryLock(folder) {
            do {
                let (server, token, url) = try await serve(folder, fresh: fresh, port: savedPort(folder), timeZone: timeZone)
                return SharedDemoSandbox(folder: folder, apiToken: token, trackURL: url, timeZone: timeZone, server: server, lock: lock)
            } catch {
                release(lock)
                throw error
            }
        }
        if fresh { throw Failure.resetWhileInUse(folder: folder.path) }
        var port = savedPort(folder)
        for _ in 0..<20 where port == nil {
            try? await Task.sleep(for: .milliseconds(100))
            port = savedPort(folder)
        }
        guard let port, let url = URL(string: "http://127.0.0.1:\(port)/api/v9") else { throw Failure.noAddress(folder: folder.path) }
        var world = stateFile(folder).load(orElse: { SandboxWorld() }, printWarnings: false).world
        var random = SystemRandomNumberGenerator()
        let token = DemoAccount.makePrivate(&world, using: &random) ?? DemoAccount.apiToken
        return SharedDemoSandbox(folder: folder, apiToken: token, trackURL: url, timeZone: timeZone, server: nil, lock: -1)
    }

    /// Whether this process serves the demo.
    public var isHost: Bool { server != nil }

    /// When the host went away, takes over: serves the state file on the same port. Returns
    /// whether this process serves now. Cheap when another process hosts (one failed lock).
    @discardableResult
    public func takeOverIfVacant() async -> Bool {
        if server != nil { return true }
        guard !isClosed, let port = trackURL.port.flatMap(UInt16.init(exactly:)), let lock = Self.tryLock(folder) else { return false }
        do {
            let (server, _, url) = try await Self.serve(folder, fresh: false, port: port, timeZone: timeZone)
            guard url == trackURL, !isClosed else {
                // Another address would leave the clients that know this one stranded; and
                // close() may have run while this was starting.
                await server.stop()
                Self.release(lock)
                return false
            }
            self.server = server
            self.lock = lock
            return true
        } catch {
            Self.release(lock)
            return false
        }
    }

    /// Stops serving (saving the state file) and lets another process host.
    public func close() async {
        isClosed = true
        if let server {
            await server.stop()
            self.server = nil
        }
        if lock >= 0 {
            Self.release(lock)
            lock = -1
        }
    }

    // MARK: Hosting

    /// Loads (or makes) the world, makes it private, serves it on `port` (a free one when
    /// `port` is nil or taken) and says where in `server.json`.
    private static func serve(_ folder: URL, fresh: Bool, port: UInt16?, timeZone: TimeZone)
        async throws -> (SandboxServer, String, URL) {
        let file = stateFile(folder)
        if fresh { try? FileManager.default.removeItem(at: file.url) }
        let loaded = file.load(orElse: { DemoAccount.makeWorld(now: Date(), timeZone: timeZone) }, printWarnings: false)
        var world = loaded.world
        var random = SystemRandomNumberGenerator()
        let token = DemoAccount.makePrivate(&world, using: &random) ?? DemoAccount.apiToken
        var quota = QuotaSettings()
        for organization in world.organizations.all {
            quota.organizationLimits[organization.id] = organization.plan.hourlyQuota
        }
        let sandbox = Sandbox(world: world, quota: quota, settings: .demo(timeZone: timeZone))
        let autosave = SandboxAutosave(sandbox: sandbox, file: file, alreadySaved: loaded.fromFile && world == loaded.world)
        try autosave.flush()
        var server = SandboxServer(sandbox: sandbox, autosave: autosave)
        let url: URL
        if let port, let served = try? await server.start(port: port) {
            url = served
        } else {
            server = SandboxServer(sandbox: sandbox, autosave: autosave)
            url = try await server.start(port: 0)
        }
        if let served = await server.port { try? savePort(served, folder) }
        return (server, token, url)
    }

    private static func stateFile(_ folder: URL) -> SandboxStateFile {
        SandboxStateFile(url: folder.appendingPathComponent("sandbox.json"))
    }

    // MARK: The lock and the address

    /// The folder's `server.lock`, taken without waiting; nil when another process holds it.
    private static func tryLock(_ folder: URL) -> Int32? {
        let path = folder.appendingPathComponent("server.lock").path
        let descriptor = openDescriptor(path)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            closeDescriptor(descriptor)
            return nil
        }
        return descriptor
    }

    private static func release(_ lock: Int32) {
        _ = flock(lock, LOCK_UN)
        closeDescriptor(lock)
    }

    private static func closeDescriptor(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }

    private static func openDescriptor(_ path: String) -> Int32 {
        #if canImport(Glibc)
        Glibc.open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        #else
        Darwin.open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        #endif
    }

    /// `server.json`: `{"port": N}`.
    private struct Address: Codable {
        var port: UInt16
    }

    /// The port `server.json` names (nil when there is none, or it is damaged).
    static func savedPort(_ folder: URL) -> UInt16? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("server.json")),
              let address = try? JSONDecoder().decode(Address.self, from: data), address.port > 0 else { return nil }
        return address.port
    }

    private static func savePort(_ port: UInt16, _ folder: URL) throws {
        let data = try JSONEncoder().encode(Address(port: port))
        try data.write(to: folder.appendingPathComponent("server.json"), options: .atomic)
    }
}
