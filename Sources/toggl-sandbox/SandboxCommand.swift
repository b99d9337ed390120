import ArgumentParser
import Foundation
import TogglSandbox
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `toggl-sandbox`: serves a Toggl-compatible API on 127.0.0.1.
@main
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toggl-sandbox",
        abstract: "A local Toggl Track API v9 server with a demo account, for demos and tests.",
        discussion: """
        Listens on 127.0.0.1 only. Authenticate with HTTP Basic auth: the demo token and the \
        password "api_token", or the demo email and password. The admin API lives under \
        /__sandbox/ (request log, reset, seed, clock, quota, faults); it needs no authentication, \
        so any local user can read and replace the world: use --no-admin on shared machines. \
        Requests must name 127.0.0.1:<port> or localhost:<port> as their Host (else 421), and \
        bodies over --max-body-bytes are refused (413).
        """
    )

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 0

    @Option(help: "A JSON file that keeps the sandbox's data between runs.")
    var state: String?

    @Option(name: .customLong("quota-user"), help: "Requests per hour in each user's own bucket.")
    var quotaUser: Int = QuotaSettings().userLimit

    @Option(name: .customLong("quota-org"), help: "Requests per hour for a user in one organization.")
    var quotaOrg: Int = QuotaSettings().organizationLimit

    @Option(help: "Answer 429 when one user sends more than this many requests within a second.")
    var burst: Int?

    @Option(help: "The time zone whose days the demo account is laid out in (default: the system's).")
    var timezone: String?

    @Flag(help: "Start with an empty world instead of the demo account.")
    var empty = false

    @Flag(help: "Start with the demo account as a hostile teammate left it: terminal escapes, control and bidi characters in every name, absurd durations (for trying toggl-tui against untrusted data).")
    var hostile = false

    @Flag(name: .customLong("no-admin"), help: "Serve without the admin API (/__sandbox/…), as toggl-tui --demo does.")
    var noAdmin = false

    @Option(name: .customLong("max-body-bytes"), help: "Refuse request bodies larger than this (413).")
    var maxBodyBytes: Int = SandboxSettings.defaultMaximumBodyBytes

    func validate() throws {
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("Unknown time zone '\(timezone)'.")
        }
        let limits = 0...QuotaSettings.maximumLimit
        if !limits.contains(quotaUser) || !limits.contains(quotaOrg) {
            throw ValidationError("Quotas must be between 0 and \(QuotaSettings.maximumLimit).")
        }
        if let burst, !(1...QuotaSettings.maximumLimit).contains(burst) {
            throw ValidationError("--burst must be between 1 and \(QuotaSettings.maximumLimit).")
        }
        if maxBodyBytes < 1 { throw ValidationError("--max-body-bytes must be at least 1.") }
    }

    func run() async throws {
        let zone = timezone.flatMap(TimeZone.init(identifier:)) ?? .current
        let makeWorld = {
            empty ? SandboxWorld() : hostile ? HostileAccount.makeWorld(now: Date(), timeZone: zone) : DemoAccount.makeWorld(now: Date(), timeZone: zone)
        }

        let world: SandboxWorld
        var loadedFromFile = false
        let stateFile = state.map { SandboxStateFile(url: URL(fileURLWithPath: $0)) }
        if let stateFile {
            let loaded = stateFile.load(orElse: makeWorld)
            world = loaded.world
            loadedFromFile = loaded.fromFile
        } else {
            world = makeWorld()
        }

        let sandbox = Sandbox(
            world: world,
            quota: QuotaSettings(userLimit: quotaUser, organizationLimit: quotaOrg, burstPerSecond: burst),
            settings: SandboxSettings(demoTimeZone: zone, adminAPI: !noAdmin, maximumBodyBytes: maxBodyBytes)
        )
        let autosave = stateFile.map { SandboxAutosave(sandbox: sandbox, file: $0, alreadySaved: loadedFromFile) }
        try autosave?.flush()

        let server = SandboxServer(sandbox: sandbox, autosave: autosave)
        let url: URL
        do {
            url = try await server.start(port: port)
        } catch {
            throw ValidationError("\(error)")
        }

        print("toggl-sandbox serving Toggl API v9 at \(url.absoluteString)")
        if let stateFile { print("state file: \(stateFile.url.path)\(loadedFromFile ? " (loaded)" : "")") }
        if !noAdmin {
            print("admin API (no authentication): \(url.deletingLastPathComponent().deletingLastPathComponent().absoluteString)__sandbox/")
        }
        if empty && noAdmin {
            print("empty world (no admin API to seed it: drop --no-admin to seed)")
        } else if empty {
            print("empty world: seed it with POST \(url.deletingLastPathComponent().deletingLastPathComponent().absoluteString)__sandbox/seed")
        } else {
            print("demo token: \(DemoAccount.apiToken)")
            print("try: curl -u \(DemoAccount.apiToken):api_token '\(url.absoluteString)/me?with_related_data=true'")
        }
        print("Ctrl-C to stop")
        fflush(nil)

        let signal = await Self.waitForTermination()
        await server.stop()
        print("toggl-sandbox stopped (\(signal))")
    }

    /// Waits for SIGINT or SIGTERM and returns its name.
    static func waitForTermination() async -> String {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        return await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            let queue = DispatchQueue(label: "toggl-sandbox.signals")
            let resumed = ResumeOnce(continuation)
            let sources = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")].map { number, name in
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { resumed.resume(name) }
                source.resume()
                return source
            }
            resumed.keep(sources)
        }
    }
}

/// Resumes a continuation once, and keeps the signal sources alive until then.
private final class ResumeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<String, Never>?
    private var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<String, Never>) {
        self.continuation = continuation
    }

    func keep(_ sources: [any DispatchSourceSignal]) {
        lock.withLock { self.sources = sources }
    }

    func resume(_ value: String) {
        let taken = lock.withLock { () -> CheckedContinuation<String, Never>? in
            defer { continuation = nil }
            return continuation
        }
        taken?.resume(returning: value)
    }
}
