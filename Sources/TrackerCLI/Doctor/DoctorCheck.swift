import TerminalUI
import TrackerCore

/// One line of `toggl-tui doctor`'s checklist: what was looked at, how it stands, and what was
/// found (never a token).
public struct DoctorCheck: Sendable, Equatable, Encodable {
    /// How a check stands.
    public enum Status: String, Sendable, Equatable, Encodable {
        /// Works.
        case ok
        /// Works, but worth knowing (unsent writes, old data, no UTF-8 locale).
        case warn
        /// Does not work, or needs the user (refused writes, a damaged file, a terminal the UI
        /// cannot draw on): `doctor` exits 9.
        case fail
        /// A fact, neither good nor bad (a path, a setting).
        case info

        /// The mark in front of the line: ✓ ! ✗ · with a UTF-8 locale, else words.
        func mark(unicode: Bool) -> String {
            switch self {
            case .ok: return unicode ? "✓" : "ok  "
            case .warn: return unicode ? "!" : "warn"
            case .fail: return unicode ? "✗" : "FAIL"
            case .info: return unicode ? "·" : "    "
            }
        }
    }

    /// The group: `config`, `store`, `sync`, `terminal` or `toggl` (the live probe).
    public var section: String
    /// A short name for what was checked (`token`, `journal`, `TERM`, …).
    public var name: String
    public var status: Status
    /// What was found, one line.
    public var text: String

    /// Creates a check.
    public init(_ section: String, _ name: String, _ status: Status, _ text: String) {
        self.section = section
        self.name = name
        self.status = status
        self.text = text
    }

    /// The checklist as text: a heading per section and one line per check, every field made
    /// terminal-safe (paths and `TERM` come from outside).
    static func render(_ checks: [DoctorCheck], unicode: Bool) -> String {
        let width = 14
        var out = ""
        var section: String?
        for check in checks {
            if check.section != section {
                section = check.section
                out += (out.isEmpty ? "" : "\n") + (sectionTitles[check.section] ?? check.section) + "\n"
            }
            let name = TerminalText.safe(check.name)
            let padding = String(repeating: " ", count: max(2, width - name.count + 2))
            out += "  \(check.status.mark(unicode: unicode)) \(name)\(padding)\(TerminalText.safe(check.text))\n"
        }
        return out
    }

    static let sectionTitles = [
        "config": "Config and token", "store": "Local store and journal", "sync": "Last sync and quota",
        "terminal": "Terminal", "toggl": "Toggl (live probe)",
    ]
}
