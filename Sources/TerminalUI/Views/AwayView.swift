import Foundation
import TrackerCore

/// The away dialog: when the machine slept or the session was idle while a timer ran, and what
/// each key does with the away time.
enum AwayView {
    static func draw(_ state: AppState, _ dialog: AwayDialog, in area: Rect, on buffer: inout ScreenBuffer) {
        _ = Dialog(title: "You were away", message: message(state, dialog),
                   choices: [HelpBar.Item("esc", "keep")], maxWidth: 72).draw(in: area, on: &buffer)
    }

    /// `You were away 12:02–13:30 (1h 28m) while “Fix login bug” ran.` and one line per choice.
    static func message(_ state: AppState, _ dialog: AwayDialog) -> [String] {
        let zone = state.timeZone
        let format = state.timeFormat
        let entry = state.catalog.entries[dialog.entryID]
        let name = entry?.description.flatMap { $0.isEmpty ? nil : "“\($0)”" }
            ?? entry?.projectID.flatMap { state.catalog.projects[$0]?.name } ?? "the timer"
        let seconds = max(0, Int(dialog.until.timeIntervalSince(dialog.from)))
        let headline = "You were away \(format.time(dialog.from, in: zone))–\(format.time(dialog.until, in: zone)) "
            + "(\(TimeFormat.shortDuration(seconds))) while \(name) ran."
        let from = format.time(dialog.from, in: zone)
        return [headline] + AwayDialog.Choice.allCases.map { choice in
            "\(choice.rawValue)  " + choice.help.replacingOccurrences(of: "when you left", with: "at \(from)")
        }
    }

    /// The help bar's word for a choice.
    static func shortHelp(_ choice: AwayDialog.Choice) -> String {
        switch choice {
        case .keep: "keep"
        case .stop: "stop"
        case .stopAndContinue: "stop, continue"
        case .stopAndStartOther: "stop, start new"
        case .giveAway: "give away"
        }
    }
}
