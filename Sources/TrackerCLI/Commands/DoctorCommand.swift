import ArgumentParser
import Foundation

/// `doctor [--live [--yes]] [--json]`: what works here, as a checklist — where the config and
/// token come from (never the token), the local store and journal, the last sync and quota, the
/// terminal. Makes no request; `--live`, after asking, probes the Toggl behaviours the app
/// relies on (``DoctorProbe``, at most 10 requests). Exit 0 only when every check holds.
public struct DoctorCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check what works here: config, token, local data, sync, quota and terminal (no request).",
        discussion: """
            Marks: ✓ works, ! worth knowing, ✗ broken (ok/warn/FAIL without a UTF-8 locale). The token is never shown.
            --live also probes Toggl (asks first; --yes for scripts): it starts two timers of its own in the default \
            workspace, resumes one, deletes both — at most \(DoctorProbe.maximumRequests) requests — and says whether each \
            behaviour the app relies on holds or differs. A timer you have running is stopped by the first of them \
            and resumed at the end (same entry, same start).
            Exit codes: 0 every check holds; 9 a check failed or a behaviour differs; 2 --live not confirmed; \
            3 Toggl refused the token (--live); 8 Toggl unreachable (--live).
            """)

    /// Probe Toggl too.
    @Flag(help: "Also probe Toggl (up to \(DoctorProbe.maximumRequests) requests; creates and deletes two entries of its own).")
    public var live = false

    /// Skip the question before the probe.
    @Flag(name: [.short, .long], help: "With --live: do not ask first (for scripts).")
    public var yes = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    /// `doctor` makes no request unless `--live`, and never sends the journal first.
    public var sendsUnsentFirst: Bool { false }

    /// What `--json` prints.
    struct Report: Encodable {
        var checks: [DoctorCheck]
        var probe: Probe?
        var failed: Int
        var warnings: Int

        struct Probe: Encodable {
            var findings: [DoctorProbe.Finding]
            var stopped: String?
            var leftBehind: [Int64]
            var requests: Int

            enum CodingKeys: String, CodingKey {
                case findings, stopped, requests
                case leftBehind = "left_behind"
            }
        }
    }

    public func execute(in session: CLISession) async throws {
        let context = session.context
        let terminal = context.terminal ?? TerminalFacts.current(environment: context.configPaths.environment)
        var outcome: DoctorProbe.Outcome?
        if live {
            let api = try session.api()
            let question = "doctor --live sends up to \(DoctorProbe.maximumRequests) requests to Toggl: it starts two timers of its own "
                + "in your default workspace and deletes them (a timer you have running is stopped for a moment and resumed). Go on?"
            guard yes || context.confirm(question) else {
                throw CLIError.usage("doctor --live was not confirmed; no request was made (add --yes to skip the question, e.g. in scripts).")
            }
            outcome = await DoctorProbe(api: api, now: session.now, workspaceID: context.defaultWorkspaceID).run()
        }
        var checks = DoctorInspection(session: session, terminal: terminal).checks()
        if let outcome { checks += Self.checks(for: outcome) }
        let failed = checks.filter { $0.status == .fail }.count
        let warnings = checks.filter { $0.status == .warn }.count
        if global.json {
            try session.printJSON(Report(
                checks: checks,
                probe: outcome.map { Report.Probe(findings: $0.findings, stopped: $0.stop.map(Self.text), leftBehind: $0.leftBehind, requests: $0.requests) },
                failed: failed, warnings: warnings))
        } else if !global.quiet {
            let unicode = terminal.isUTF8Locale
            let requests = outcome.map { "\($0.requests) request\($0.requests == 1 ? "" : "s") made" } ?? "no request made; --live probes Toggl"
            session.say("toggl-tui doctor: what works here (\(requests))")
            session.say("")
            session.say(DoctorCheck.render(checks, unicode: unicode))
            session.say("")
            session.say(failed == 0 && warnings == 0 ? "Everything holds."
                : failed == 0 ? "Nothing broken; \(DoctorInspection.count(warnings, "warning")) (!) worth knowing."
                : "\(DoctorInspection.count(failed, "check")) failed (\(DoctorCheck.Status.fail.mark(unicode: unicode)))"
                    + (warnings > 0 ? ", \(DoctorInspection.count(warnings, "warning"))" : "") + ".")
        }
        if let outcome { try Self.throwIfStopped(outcome) }
        if failed > 0 {
            throw CLIError("doctor: \(DoctorInspection.count(failed, "check")) failed.", code: .checkFailed)
        }
    }

    /// The probe's findings as checklist lines (and why it stopped, and what it left behind).
    static func checks(for outcome: DoctorProbe.Outcome) -> [DoctorCheck] {
        var checks = outcome.findings.map { finding in
            let status: DoctorCheck.Status = switch finding.verdict {
            case .holds: .ok
            case .differs: .fail
            case .notChecked: .info
            }
            return DoctorCheck("toggl", finding.key, status, "\(finding.verdict.rawValue): \(finding.behaviour) — \(finding.seen)")
        }
        if let stop = outcome.stop { checks.append(DoctorCheck("toggl", "stopped", .fail, text(stop))) }
        if let timer = outcome.userTimer {
            checks.append(outcome.userTimerResumed == true
                ? DoctorCheck("toggl", "your timer", .ok, "entry \(timer), running before the probe, was stopped by its first start and resumed (same entry, same start)")
                : DoctorCheck("toggl", "your timer", .fail, "entry \(timer), running before the probe, was stopped by it and could not be resumed: "
                    + "toggl-tui continue \(timer) starts it again"))
        }
        if !outcome.leftBehind.isEmpty {
            checks.append(DoctorCheck("toggl", "left behind", .fail, "could not delete the probe's entries "
                + outcome.leftBehind.map(String.init).joined(separator: ", ") + " (\"\(DoctorProbe.entryDescription)\"): delete them with toggl-tui rm"))
        }
        return checks
    }

    static func text(_ stop: DoctorProbe.Stop) -> String {
        switch stop {
        case .unreachable(let why): return "no answer from Toggl: \(why)"
        case .refusedToken(let why): return "Toggl refused the token: \(why)"
        case .failed(let why): return "a request failed: \(why)"
        }
    }

    /// The probe's stop as the command's exit code.
    static func throwIfStopped(_ outcome: DoctorProbe.Outcome) throws {
        switch outcome.stop {
        case .unreachable(let why)?: throw CLIError("doctor --live: no answer from Toggl: \(CLISession.sentence(why))", code: .offline)
        case .refusedToken?: throw CLIError("doctor --live: Toggl refused the token.", code: .auth)
        case .failed?, nil: return
        }
    }
}
