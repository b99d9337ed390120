import Testing
@testable import TerminalUI

@Suite struct HelpOverlayTests {
    private let overlay = HelpOverlay(groups: [
        (group: "Panes", bindings: [(keys: "tab", help: "next pane"), (keys: "1-5", help: "jump to pane")]),
        (group: "Timer", bindings: [(keys: "s", help: "start"), (keys: "x", help: "stop"), (keys: "c", help: "continue")]),
        (group: "Entries", bindings: [(keys: "e", help: "edit"), (keys: "d", help: "delete"), (keys: "[ ]", help: "day")]),
        (group: "App", bindings: [(keys: "?", help: "help"), (keys: "q", help: "quit")]),
    ])

    private func render(columns: Int, rows: Int) -> ScreenBuffer {
        var buffer = frame(columns, rows)
        overlay.draw(in: Rect(x: 0, y: 0, width: columns, height: rows), on: &buffer)
        return buffer
    }

    @Test func tallAreasUseOneColumn() {
        assertSnapshot(render(columns: 30, rows: 20), text: """
                ┌ Keys ── esc close ┐
                │ Panes             │
                │ tab  next pane    │
                │ 1-5  jump to pane │
                │                   │
                │ Timer             │
                │ s    start        │
                │ x    stop         │
                │ c    continue     │
                │                   │
                │ Entries           │
                │ e    edit         │
                │ d    delete       │
                │ [ ]  day          │
                │                   │
                │ App               │
                │ ?    help         │
                │ q    quit         │
                └───────────────────┘
            """)
    }

    @Test func shortAreasFlowIntoColumns() {
        assertSnapshot(render(columns: 60, rows: 12), text: """

                        ┌ Keys ──────────────── esc close ┐
                        │ Panes               Entries     │
                        │ tab  next pane      e    edit   │
                        │ 1-5  jump to pane   d    delete │
                        │                     [ ]  day    │
                        │ Timer                           │
                        │ s    start          App         │
                        │ x    stop           ?    help   │
                        │ c    continue       q    quit   │
                        └─────────────────────────────────┘
            """)
    }

    @Test func stylesNameTitlesKeysAndHelp() {
        var buffer = frame(26, 4)
        HelpOverlay(groups: [(group: "App", bindings: [(keys: "q", help: "quit")])], note: nil).draw(in: Rect(x: 0, y: 0, width: 26, height: 4), on: &buffer)
        assertSnapshot(buffer, text: """
                   ┌ Keys ───┐
                   │ App     │
                   │ q  quit │
                   └─────────┘
            """, styles: """
            0: 7-7 focus, 8-13 focus+bold, 14-17 focus
            1: 7-7 focus, 8-8 dialog, 9-11 title, 12-16 dialog, 17-17 focus
            2: 7-7 focus, 8-8 dialog, 9-9 key, 10-16 dialog, 17-17 focus
            3: 7-17 focus
            """)
    }

    @Test func tinyAreasClipGracefully() {
        // Two columns would not fit 20 columns: one column, clipped at the bottom and right.
        assertSnapshot(render(columns: 20, rows: 5), text: """
            ┌ Keys ─ esc close ┐
            │ Panes            │
            │ tab  next pane   │
            │ 1-5  jump to pa… │
            └──────────────────┘
            """)
        for width in 0...8 {
            for height in 0...4 { _ = render(columns: width, rows: height) }
        }
        var empty = frame(20, 5)
        HelpOverlay(sections: []).draw(in: Rect(x: 0, y: 0, width: 20, height: 5), on: &empty)
    }
}
