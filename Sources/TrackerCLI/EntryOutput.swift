import TrackerStatus
import TogglModels

/// How commands report an entry they wrote or read: JSON, the id alone (`--quiet`), or a line.
public enum EntryOutput {
    /// Reports a written entry: `Started "…" · Project · 10:00–running (0:00:00) · id 42`.
    public static func written(_ entry: TimeEntry, verb: String, in session: CLISession) throws {
        if session.global.json { return try session.printJSON(entry) }
        if session.global.quiet { return session.say(EntryReference.text(entry.id)) }
        _ = session.storedCatalogIfAny()
        session.say("\(verb) \(session.presenter.line(entry))")
    }
}
