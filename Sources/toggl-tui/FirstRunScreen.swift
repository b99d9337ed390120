import CursesTerminal
import TerminalUI
import TrackerCore

/// Shows ``FirstRunView`` until the user picks the demo (`d`) or quits (`q`, Esc, Ctrl-C).
struct FirstRunScreen {
    let terminal: CursesTerminal

    /// Whether the user chose the demo.
    func ask(searched: [String]) throws -> Bool {
        try terminal.start()
        defer { terminal.stop() }
        var size = terminal.size
        while true {
            terminal.present(FirstRunView.render(searched: searched, size: size))
            switch terminal.nextEvent(timeoutMilliseconds: -1) {
            case .key(let key):
                if key == .character("d") || key == .character("D") { return true }
                if key == .character("q") || key.key == .escape || key == .ctrl("c") { return false }
            case .resize(let newSize):
                size = newSize
            case nil:
                break
            }
        }
    }
}
