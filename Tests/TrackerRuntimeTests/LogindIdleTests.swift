import Foundation
import Testing
@testable import TrackerRuntime

/// `loginctl show-session -p IdleHint -p IdleSinceHint` output read strictly: real answers
/// become idle or active with their time; failures and hostile output are no answer, never a trap.
@Suite struct LogindIdleTests {
    static func parse(_ text: String, status: Int32 = 0, errors: String = "") -> IdleSource.Answer {
        LogindIdle.parse(output: Data(text.utf8), status: status, errorOutput: Data(errors.utf8))
    }

    static func isUnavailable(_ answer: IdleSource.Answer) -> Bool {
        if case .unavailable = answer { return true }
        return false
    }

    @Test func realAnswersAreIdleOrActiveSinceTheHint() {
        // systemd 255 on a GNOME session, locked at 2026-11-23 09:10:00.123456 UTC.
        #expect(Self.parse("IdleHint=yes\nIdleSinceHint=1795424400123456\n")
            == .idle(since: Date(timeIntervalSince1970: 1_795_424_400.123456)))
        #expect(Self.parse("IdleHint=no\nIdleSinceHint=1795428000000000\n")
            == .active(since: Date(timeIntervalSince1970: 1_795_428_000)))
        // 0 is "never changed"; systemd's infinity is no time either; a missing hint likewise.
        #expect(Self.parse("IdleHint=no\nIdleSinceHint=0\n") == .active(since: nil))
        #expect(Self.parse("IdleHint=yes\nIdleSinceHint=18446744073709551615\n") == .idle(since: nil))
        #expect(Self.parse("IdleHint=yes\n") == .idle(since: nil))
        // Another property a newer loginctl might add is ignored; blank lines too.
        #expect(Self.parse("IdleHint=no\n\nIdleSinceHintMonotonic=12345\nIdleSinceHint=0\n") == .active(since: nil))
    }

    @Test func failuresSayWhyWithTheProgramsFirstLine() {
        let noSystemd = Self.parse("", status: 1, errors: "System has not been booted with systemd as init system (PID 1). Can't operate.\n"
                                   + "Failed to connect to bus: Host is down\n")
        #expect(noSystemd == .unavailable(reason: "loginctl show-session failed (exit status 1): System has not been booted with "
                                          + "systemd as init system (PID 1). Can't operate."))
        let noSession = Self.parse("", status: 1, errors: "Could not get properties: Caller does not belong to any known session.\n")
        #expect(noSession == .unavailable(reason: "loginctl show-session failed (exit status 1): Could not get properties: "
                                          + "Caller does not belong to any known session."))
        #expect(Self.parse("", status: 1) == .unavailable(reason: "loginctl show-session failed (exit status 1)"))
        #expect(Self.parse("") == .unavailable(reason: "logind does not give this session an IdleHint"))
        let long = Self.parse("", status: 2, errors: String(repeating: "x", count: 1000))
        guard case .unavailable(let reason) = long else { Issue.record("\(long)"); return }
        #expect(reason.count < 220, "the program's words are cut for the log")
    }

    @Test func hostileOutputIsNoAnswer() {
        let hostile = [
            "IdleHint=maybe\n",
            "IdleHint=Yes\n",
            "IdleHint=yes\nIdleHint=no\n",
            "IdleHint=yes\nIdleSinceHint=1\nIdleSinceHint=2\n",
            "IdleHint=yes\nIdleSinceHint=-5\n",
            "IdleHint=yes\nIdleSinceHint=+5\n",
            "IdleHint=yes\nIdleSinceHint=1.5e15\n",
            "IdleHint=yes\nIdleSinceHint=\n",
            "IdleHint=yes\nIdleSinceHint=99999999999999999999\n",       // over UInt64
            "IdleHint=yes\nIdleSinceHint=٣٣٣\n",                        // not ASCII digits
            "IdleHint=yes\nIdleSinceHint=1795424400123456 \n",
            "IdleHint=yes\nthis is not a property\n",
            "IdleHint=yes\n=5\n",
            "IdleHint=yes\nIdle Hint=no\n",
            "IdleHint=yes\u{1B}[2J\n",
            "IdleHint=yes\nX=\u{1B}]0;pwned\u{07}\n",
            "IdleHint=yes\nX=\u{9B}31m\n",
            "IdleHint=yes\r\n",
            String(repeating: "A=b\n", count: 2000) + "IdleHint=yes\n",  // over the 4 KiB cap
        ]
        for text in hostile {
            #expect(Self.isUnavailable(Self.parse(text)), "\(text.debugDescription)")
        }
        // Bytes that are not UTF-8.
        #expect(Self.isUnavailable(LogindIdle.parse(output: Data([0x49, 0xFF, 0xFE, 0x0A]), status: 0, errorOutput: Data())))
        #expect(Self.isUnavailable(LogindIdle.parse(output: Data(), status: -1, errorOutput: Data([0xFF, 0x00, 0x1B]))))
    }

    @Test func theSessionIsXDGSessionIDOnlyWhenItLooksLikeOne() {
        #expect(LogindIdle.sessionArgument("2") == "2")
        #expect(LogindIdle.sessionArgument("c12_a") == "c12_a")
        #expect(LogindIdle.sessionArgument(nil) == "self")
        #expect(LogindIdle.sessionArgument("") == "self")
        #expect(LogindIdle.sessionArgument("--help") == "self")
        #expect(LogindIdle.sessionArgument("2 -p Name") == "self")
        #expect(LogindIdle.sessionArgument("ß") == "self")
        #expect(LogindIdle.sessionArgument(String(repeating: "1", count: 65)) == "self")
    }

    @Test func withoutLoginctlOnThePathThereIsNoAnswerAndNothingRuns() {
        let query = LogindIdle(environment: ["PATH": "/nonexistent-toggl-tui-test"])
        #expect(query.program == nil)
        #expect(query.read() == .unavailable(reason: "loginctl is not on PATH"))
    }
}
