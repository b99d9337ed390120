import Foundation
import TrackerStatus
#if canImport(Glibc)
import Glibc
#endif

/// logind's idle hint for this login session, read by running
/// `loginctl show-session -p IdleHint -p IdleSinceHint -- <session>` — no D-Bus library.
///
/// The desktop (or, for a text console, logind itself from the terminal's last input) sets
/// `IdleHint`; `IdleSinceHint` is when it last changed, in microseconds since 1970. The
/// program's output is untrusted: read strictly (``parse(output:status:errorOutput:)``), capped,
/// and a program that hangs is killed after ``timeout``.
struct LogindIdle: Sendable {
    /// The most output read from `loginctl` (its answer is two short lines).
    static let outputLimit = 4096
    /// How long `loginctl` may take before it is killed and the answer counts as none.
    static let timeout: TimeInterval = 2

    /// `loginctl`'s path, nil when it is not on `PATH`.
    let program: String?
    /// The session asked about: `XDG_SESSION_ID` when it looks like a session id, else `self`
    /// (the session `loginctl` runs in).
    let session: String

    init(environment: [String: String]) {
        program = DesktopNotifier.find("loginctl", path: environment["PATH"])
        session = Self.sessionArgument(environment["XDG_SESSION_ID"])
    }

    /// `XDG_SESSION_ID` when it is a plausible session id (letters, digits, `_`, at most 64),
    /// else `self`.
    static func sessionArgument(_ value: String?) -> String {
        guard let value, !value.isEmpty, value.utf8.count <= 64,
              value.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
        else { return "self" }
        return value
    }

    /// Runs `loginctl` and reads its answer (blocks up to ``timeout``; call it off the loop).
    func read() -> IdleSource.Answer {
        guard let program else { return .unavailable(reason: "loginctl is not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["show-session", "-p", "IdleHint", "-p", "IdleSinceHint", "--", session]
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return .unavailable(reason: "could not run loginctl: \(error.localizedDescription)")
        }
        if exited.wait(timeout: .now() + Self.timeout) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 0.5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            return .unavailable(reason: "loginctl did not answer within \(Int(Self.timeout)) s")
        }
        return Self.parse(output: Self.drain(output), status: process.terminationStatus, errorOutput: Self.drain(errors))
    }

    /// What is in the pipe now, at most ``outputLimit`` + 1 bytes, without waiting (a child the
    /// program left behind may hold the pipe open).
    static func drain(_ pipe: Pipe) -> Data {
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1024)
        while data.count <= outputLimit {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
        }
        try? pipe.fileHandleForReading.close()
        return data
    }

    /// Reads `loginctl show-session -p IdleHint -p IdleSinceHint` output strictly: `Key=value`
    /// lines, `IdleHint` `yes` or `no` exactly once, `IdleSinceHint` (optional, at most once)
    /// decimal microseconds since 1970, 0 meaning never; other `Key=` lines are ignored. Anything
    /// else — a failed run, too much output, bytes that are not UTF-8, control characters, a
    /// number that does not fit — is no answer. Times are taken as given; the caller clamps them
    /// to what it knows (``IdleTracker``).
    static func parse(output: Data, status: Int32, errorOutput: Data) -> IdleSource.Answer {
        guard status == 0 else {
            let said = firstLine(errorOutput).map { ": \($0)" } ?? ""
            return .unavailable(reason: "loginctl show-session failed (exit status \(status))\(said)")
        }
        guard output.count <= outputLimit else { return .unavailable(reason: "loginctl answered more than \(outputLimit) bytes") }
        guard let text = String(data: output, encoding: .utf8) else { return .unavailable(reason: "loginctl answered bytes that are not UTF-8") }
        var hint: Bool?
        var since: UInt64?
        var sinceSeen = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let equals = line.firstIndex(of: "="),
                  line.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) })
            else { return .unavailable(reason: "loginctl answered a line that is not Key=value") }
            let key = line[..<equals]
            let value = line[line.index(after: equals)...]
            switch key {
            case "IdleHint":
                guard hint == nil else { return .unavailable(reason: "loginctl answered IdleHint twice") }
                switch value {
                case "yes": hint = true
                case "no": hint = false
                default: return .unavailable(reason: "loginctl answered an IdleHint that is neither yes nor no")
                }
            case "IdleSinceHint":
                guard !sinceSeen else { return .unavailable(reason: "loginctl answered IdleSinceHint twice") }
                guard !value.isEmpty, value.utf8.count <= 20, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                      let microseconds = UInt64(value)
                else { return .unavailable(reason: "loginctl answered an IdleSinceHint that is not a number of microseconds") }
                sinceSeen = true
                since = microseconds
            default:
                guard !key.isEmpty, key.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
                    return .unavailable(reason: "loginctl answered a line that is not Key=value")
                }
            }
        }
        guard let hint else { return .unavailable(reason: "logind does not give this session an IdleHint") }
        // 0 is "never"; UINT64_MAX is systemd's "infinity", no time either.
        let date = since.flatMap { $0 == 0 || $0 == UInt64.max ? nil : Date(timeIntervalSince1970: Double($0) / 1_000_000) }
        return hint ? .idle(since: date) : .active(since: date)
    }

    /// The first line of a program's error output, trimmed and at most 160 characters, for the
    /// log (which makes it terminal-safe).
    static func firstLine(_ data: Data) -> String? {
        let text = String(decoding: data.prefix(outputLimit), as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).first?.trimmingCharacters(in: .whitespaces),
              !line.isEmpty else { return nil }
        return String(line.prefix(160))
    }
}
