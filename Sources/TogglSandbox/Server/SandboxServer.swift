import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// Serves a ``Sandbox`` over HTTP on 127.0.0.1 (never any other interface), with FlyingFox.
///
/// Before the sandbox sees a request, ``RequestGate`` refuses a `Host` other than
/// `127.0.0.1:<port>`/`localhost:<port>` (421) and a body over ``SandboxSettings/maximumBodyBytes`` (413).
///
/// Deliveries: `.normal` answers; `.dropConnection` cuts the connection off after the answer's
/// headers, with a TCP reset (see ``CutOffBody`` and ``ConnectionReset``), so clients see
/// "connection lost" at once and never repeat the request; `.withhold(seconds:)` keeps the
/// connection silent that long, then drops it without a byte (the client times out first). Injected latency
/// is slept before the request is handled. ``stopListening()`` / ``resumeListening()`` close and
/// reopen the listening socket on the same port, so clients see "connection refused" in between.
public actor SandboxServer {
    public nonisolated let sandbox: Sandbox
    /// Saves the world after every request that changed it, when the sandbox has a state file.
    public nonisolated let autosave: SandboxAutosave?

    private let listeningPort = ListeningPort()
    private var server: HTTPServer?
    private var runTask: Task<Void, Never>?
    /// Keeps the port while connections are refused (see ``stopListening()``).
    private var placeholder: PortPlaceholder?
    /// The port the server listens (or listened, while refusing) on.
    public private(set) var port: UInt16?

    public init(sandbox: Sandbox, autosave: SandboxAutosave? = nil) {
        self.sandbox = sandbox
        self.autosave = autosave
    }

    /// Starts listening on 127.0.0.1:`port` (0: any free port) and returns the Track v9 root,
    /// `http://127.0.0.1:<port>/api/v9`.
    @discardableResult
    public func start(port: UInt16 = 0) async throws -> URL {
        guard server == nil else { throw SandboxServerError.alreadyRunning }
        try await listen(on: port)
        guard let url = trackURL else { throw SandboxServerError.notStarted }
        return url
    }

    /// The Track v9 root, while started.
    public var trackURL: URL? {
        url(path: "/api/v9")
    }

    /// The Reports v3 root, while started.
    public var reportsURL: URL? {
        url(path: "/reports/api/v3")
    }

    /// The admin API root, while started.
    public var adminURL: URL? {
        url(path: AdminRoutes.prefix)
    }

    /// `http://127.0.0.1:<port><path>` while listening.
    private func url(path: String) -> URL? {
        port.flatMap { URL(string: "http://127.0.0.1:\($0)\(path)") }
    }

    /// Stops serving, closes open connections and saves the state file.
    public func stop() async {
        await closeListener()
        placeholder = nil
        port = nil
        try? autosave?.flush()
    }

    /// Closes the listening socket but keeps the port (bound, not listening): connections are
    /// refused until ``resumeListening()``, and no other server can take the port meanwhile.
    public func stopListening() async {
        await closeListener()
        placeholder = port.flatMap(PortPlaceholder.init(port:))
    }

    /// Listens again on the port the server had.
    public func resumeListening() async throws {
        guard server == nil else { return }
        guard let port else { throw SandboxServerError.notStarted }
        placeholder = nil
        try await listen(on: port)
    }

    /// Whether the server accepts connections now.
    public var isListening: Bool { server != nil }

    private func listen(on requestedPort: UInt16) async throws {
        let config = HTTPServer.Configuration(
            address: try .inet(ip4: "127.0.0.1", port: requestedPort),
            // Handlers are synchronous; only injected latency makes them slow, never cut it short.
            timeout: 24 * 3600,
            logger: .disabled
        )
        let server = HTTPServer(config: config, handler: SandboxHTTPHandler(sandbox: sandbox, autosave: autosave,
                                                                      listeningPort: listeningPort))
        let outcome = RunOutcome()
        let task = Task {
            do {
                try await server.run()
                outcome.record(SandboxServerError.couldNotListen("the server stopped before listening"))
            } catch {
                outcome.record(error)
            }
        }
        // run() never returns while serving, so wait for either "listening" or its failure.
        var waited = 0
        while await !server.isListening {
            if let error = outcome.error {
                throw SandboxServerError.couldNotListen("127.0.0.1:\(requestedPort): \(error)")
            }
            guard waited < 1000 else {
                task.cancel()
                throw SandboxServerError.couldNotListen("127.0.0.1:\(requestedPort): timed out")
            }
            waited += 1
            try? await Task.sleep(for: .milliseconds(10))
        }
        guard case .ip4(_, let boundPort)? = await server.listeningAddress else {
            await server.stop()
            task.cancel()
            throw SandboxServerError.couldNotListen("no IPv4 listening address")
        }
        ListenerNoDelay.apply(port: boundPort)
        self.server = server
        self.runTask = task
        self.port = boundPort
        listeningPort.value = boundPort
    }

    /// Ends the accept loop first, then lets the server close what is left. FlyingFox's
    /// `stop()` closes the listening socket before it cancels the loop, and a loop that calls
    /// `accept` in between on the closed descriptor's number — already reused by another
    /// server's new listening socket, still blocking until FlyingFox makes it non-blocking —
    /// blocks a thread of the cooperative pool until someone connects there: with two cores,
    /// every task of the process waited (a test run once stalled for 1,058 s, and again with
    /// a thread in `accept` on another test's socket). Cancelling `run()` first ends the loop
    /// while its descriptor is still its own; `run()` closes it on the way out.
    private func closeListener() async {
        guard let server else { return }
        self.server = nil
        runTask?.cancel()
        await runTask?.value
        runTask = nil
        await server.stop(timeout: 0)
    }
}

/// How a server's run ended, for ``SandboxServer/listen(on:)`` to notice a failed start.
private final class RunOutcome: Sendable {
    private let stored = Mutex<(any Error)?>(nil)

    func record(_ error: any Error) {
        stored.withLock { $0 = error }
    }

    var error: (any Error)? {
        stored.withLock { $0 }
    }
}

/// Why the server could not do what was asked.
public enum SandboxServerError: Error, CustomStringConvertible {
    case alreadyRunning
    case notStarted
    case couldNotListen(String)

    public var description: String {
        switch self {
        case .alreadyRunning: return "the sandbox server is already running"
        case .notStarted: return "the sandbox server was never started"
        case .couldNotListen(let reason): return "the sandbox server could not listen: \(reason)"
        }
    }
}
