import TrackerCore

/// `render(state, size)`: the whole screen as a function of the state.
///
/// Draws into a fresh ``ScreenBuffer``: title bar, the five panes (wide or compact
/// arrangement by size), the status line and the help bar, then any overlay on top. Below
/// ``minimumSize`` it shows a "terminal too small" notice instead.
public enum AppView {
    /// The smallest terminal the panes fit in.
    public static let minimumSize = Size(columns: 60, rows: 16)

    /// The frame for a state at a terminal size.
    public static func render(_ state: AppState, size: Size) -> ScreenBuffer {
        render(state, size: size, usesColor: true)
    }

    /// The frame for a state at a terminal size; `usesColor` false when the terminal shows no
    /// colour (`NO_COLOR`, `--no-color`, or none to show), so the timeline tells projects apart
    /// by fill patterns instead.
    public static func render(_ state: AppState, size: Size, usesColor: Bool) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else {
            drawTooSmall(size: size, on: &buffer)
            return buffer
        }
        let layout = ScreenLayout(size: size)
        TitleBarView.draw(state, in: layout.titleBar, on: &buffer)
        if state.entriesMode == .timeline {
            // The timeline takes the whole main area: at 80 columns every column counts.
            let main = Rect(x: 0, y: layout.titleBar.maxY, width: size.columns, height: layout.statusLine.y - layout.titleBar.maxY)
            TimelineView.draw(state, in: main, usesColor: usesColor, on: &buffer)
        } else {
            SidebarView.draw(state, layout: layout, on: &buffer)
            TimerPaneView.draw(state, in: layout.timer, compact: layout.isCompact, on: &buffer)
            EntriesPaneView.draw(state, in: layout.entries, compact: layout.isCompact, usesColor: usesColor, on: &buffer)
        }
        StatusBarView.draw(state, in: layout.statusLine, on: &buffer)
        HelpBarView.draw(state, in: layout.helpBar, on: &buffer)
        OverlayView.draw(state, in: Rect(size), on: &buffer)
        return buffer
    }

    /// Says how big the terminal must be. Keys still reach the app, but `q` does not quit while
    /// a dialog is open (or when rebound), so the notice names Ctrl-C, which always does.
    static func drawTooSmall(size: Size, on buffer: inout ScreenBuffer) {
        let lines = ["Terminal too small", "\(size.columns)×\(size.rows) — needs \(minimumSize.columns)×\(minimumSize.rows)", "ctrl+c quits"]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextLayout.truncate(line, to: size.columns)
            let x = max(0, (size.columns - DisplayWidth.of(text)) / 2)
            buffer.write(text, x: x, y: top + offset, style: CellStyle(offset == 0 ? .warning : .muted, bold: offset == 0))
        }
    }
}
