import Testing
@testable import TerminalUI

@Suite struct DialogTests {
    private let confirm = Dialog(
        title: "Delete entry",
        message: ["Delete “Standup” (0:15:00) from today? This cannot be undone once synced."],
        choices: [.init("y", "delete"), .init("n", "cancel")],
        maxWidth: 40
    )

    @Test func centredAt80x24OverWhatIsBelow() {
        var buffer = frame(80, 24)
        for y in 0..<24 { buffer.write(String(repeating: "x", count: 80), x: 0, y: y) }
        let box = confirm.draw(in: Rect(x: 0, y: 0, width: 80, height: 24), on: &buffer)
        #expect(box == Rect(x: 20, y: 8, width: 40, height: 7))
        let rows = buffer.textDump().split(separator: "\n").map(String.init)
        assertSnapshot(ScreenBuffer(rows: Array(rows[8..<15]), columns: 80), text: """
            xxxxxxxxxxxxxxxxxxxx┌ Delete entry ────────────────────────┐xxxxxxxxxxxxxxxxxxxx
            xxxxxxxxxxxxxxxxxxxx│ Delete “Standup” (0:15:00) from      │xxxxxxxxxxxxxxxxxxxx
            xxxxxxxxxxxxxxxxxxxx│ today? This cannot be undone once    │xxxxxxxxxxxxxxxxxxxx
            xxxxxxxxxxxxxxxxxxxx│ synced.                              │xxxxxxxxxxxxxxxxxxxx
            xxxxxxxxxxxxxxxxxxxx│                                      │xxxxxxxxxxxxxxxxxxxx
            xxxxxxxxxxxxxxxxxxxx│         y delete · n cancel          │xxxxxxxxxxxxxxxxxxxx
            xxxxxxxxxxxxxxxxxxxx└──────────────────────────────────────┘xxxxxxxxxxxxxxxxxxxx
            """)
        #expect(rows[7] == String(repeating: "x", count: 80))
        #expect(rows[15] == String(repeating: "x", count: 80))
    }

    @Test func stylesSayWhatEachPartIs() {
        var buffer = frame(24, 6)
        Dialog(title: "Quit?", message: ["Unsent: 2"], choices: [.init("y", "quit")]).draw(in: Rect(x: 0, y: 0, width: 24, height: 6), on: &buffer)
        assertSnapshot(buffer, text: """
              ┌ Quit? ───────────┐
              │ Unsent: 2        │
              │                  │
              │      y quit      │
              └──────────────────┘
            """, styles: """
            0: 2-2 focus, 3-9 focus+bold, 10-21 focus
            1: 2-2 focus, 3-20 dialog, 21-21 focus
            2: 2-2 focus, 3-20 dialog, 21-21 focus
            3: 2-2 focus, 3-8 dialog, 9-9 key, 10-14 muted, 15-20 dialog, 21-21 focus
            4: 2-21 focus
            """)
    }

    @Test func tinySizesClipWithoutCrashing() {
        var buffer = frame(20, 5)
        confirm.draw(in: Rect(x: 0, y: 0, width: 20, height: 5), on: &buffer)
        assertSnapshot(buffer, text: """
            ┌ Delete entry ────┐
            │ Delete “Standup” │
            │ (0:15:00) from   │
            │ y delete · n ca… │
            └──────────────────┘
            """)
        for width in 0...6 {
            for height in 0...4 {
                var tiny = frame(width, height)
                confirm.draw(in: Rect(x: 0, y: 0, width: width, height: height), on: &tiny)
            }
        }
    }
}

extension ScreenBuffer {
    /// A frame holding some lines of plain text, to snapshot part of a larger frame.
    init(rows: [String], columns: Int) {
        self.init(size: Size(columns: columns, rows: rows.count))
        for (y, row) in rows.enumerated() { write(row, x: 0, y: y) }
    }
}
