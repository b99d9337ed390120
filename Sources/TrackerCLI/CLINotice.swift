import Foundation
import TerminalUI
import TogglModels
import TrackerCore

/// Something a run says on standard error besides its answer: that it answers from this
/// machine's copy, that it sent or saved changes, a warning, or why it failed.
///
/// People read `toggl-tui: offline — … Showing this machine's copy from 2 h 05 min ago.`;
/// with `--json` each notice is one JSON object on its own line instead, so a script can tell a
/// stale answer from a fresh one without parsing words:
/// `{"kind":"offline","message":"…","synced_at":"2026-12-05T08:00:00Z","data_age_seconds":7500}`.
public struct CLINotice: Sendable, Equatable, Encodable {
    /// What kind of notice this is.
    public enum Kind: String, Sendable, Equatable, Encodable {
        /// A read answered from this machine's copy because Toggl could not be reached.
        case offline
        /// A read answered from this machine's copy because Toggl failed or refused for quota.
        case unavailable
        /// Changes made offline were sent before the command ran.
        case sent
        /// The command's writes are saved here and wait in the journal (exit 7).
        case queued
        /// Something the user should know that does not stop the command.
        case warning
        /// The command failed.
        case error
    }

    /// What kind of notice this is.
    public var kind: Kind
    /// The sentence people read (without the `toggl-tui: ` prefix).
    public var message: String
    /// When this machine's copy was last synced with Toggl (offline and unavailable notices).
    public var syncedAt: Date?
    /// How old this machine's copy is, in whole seconds (offline and unavailable notices).
    public var dataAgeSeconds: Int?
    /// How many changes went (sent notices).
    public var count: Int?
    /// The exit status the run ends with (error and queued notices).
    public var exitCode: Int32?

    /// Creates a notice.
    public init(_ kind: Kind, _ message: String, syncedAt: Date? = nil, dataAgeSeconds: Int? = nil,
                count: Int? = nil, exitCode: Int32? = nil) {
        self.kind = kind
        self.message = message
        self.syncedAt = syncedAt
        self.dataAgeSeconds = dataAgeSeconds
        self.count = count
        self.exitCode = exitCode
    }

    enum CodingKeys: String, CodingKey {
        case kind, message, count
        case syncedAt = "synced_at", dataAgeSeconds = "data_age_seconds", exitCode = "exit_code"
    }

    /// The notice as a line for standard error: words, or with `json` one compact JSON object.
    public func line(json: Bool) -> String {
        guard json else { return "toggl-tui: \(message)\n" }
        let encoder = TogglJSON.makeEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
            return "toggl-tui: \(message)\n"
        }
        return TerminalText.jsonEscaped(text) + "\n"
    }
}
