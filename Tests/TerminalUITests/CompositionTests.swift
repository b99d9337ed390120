import Testing
@testable import TerminalUI

/// The widgets together, the way `render(state, size)` will use them: layout, panes, bars and
/// an overlay drawn last.
@Suite struct CompositionTests {
    private func screen(columns: Int, rows: Int, confirming: Bool = false) -> ScreenBuffer {
        var buffer = frame(columns, rows)
        let area = Rect(Size(columns: columns, rows: rows))
        let parts = Layout.vertical([.fill(1), .fixed(1), .fixed(1)]).split(area)
        let panes = Layout.horizontal([.percent(40), .fill(1)]).split(parts[0])

        let projects = ListView(rows: [[.project("●", color: RGBColor(hex: "#06a893")), " Website"], ["● Ops"], ["● 会议 notes ☕"]], selected: 0, isFocused: true)
        let left = Panel(title: "3 Projects", note: projects.positionNote, isFocused: true).draw(in: panes[0], on: &buffer)
        projects.draw(in: left, on: &buffer)

        let entries = TableView(
            columns: [.init("Entry"), .init("Time", width: .fixed(7), alignment: .right)],
            rows: [[["Standup"], ["0:15:00"]], [["Review"], [.running("1:02:03")]]],
            selected: 1, isFocused: false
        )
        let right = Panel(title: "5 Entries", note: entries.positionNote).draw(in: panes[1], on: &buffer)
        entries.draw(in: right, on: &buffer)

        HelpBar([.init("s", "start"), .init("x", "stop"), .init("d", "delete"), .init("q", "quit")]).draw(in: parts[1], on: &buffer)
        StatusLine(message: "Synced", level: .success, segments: [["me 27/30"]]).draw(in: parts[2], on: &buffer)
        if confirming {
            Dialog(title: "Delete", message: ["Delete “Review”?"], choices: [.init("y", "delete"), .init("n", "cancel")]).draw(in: area, on: &buffer)
        }
        return buffer
    }

    /// The selected row takes the selection role across the row, so the running duration in it
    /// is drawn as selection too (one role per cell).
    @Test func panesBarsAndStatus() {
        assertSnapshot(screen(columns: 50, rows: 8), text: """
            ┌ 3 Projects ─ 1/3 ┐┌ 5 Entries ──────────── 2/2 ┐
            │● Website         ││Entry                   Time│
            │● Ops             ││Standup              0:15:00│
            │● 会议 notes ☕   ││Review               1:02:03│
            │                  ││                            │
            └──────────────────┘└────────────────────────────┘
            s start · x stop · d delete · q quit
             Synced                                  me 27/30
            """, styles: """
            0: 0-0 focus, 1-12 focus+bold, 13-13 focus, 14-18 muted, 19-19 focus, 20-20 border, 21-31 title, 32-43 border, 44-48 muted, 49-49 border
            1: 0-0 focus, 1-1 selection #06a893, 2-18 selection, 19-19 focus, 20-20 border, 21-25 title, 45-48 title, 49-49 border
            2: 0-0 focus, 19-19 focus, 20-20 border, 49-49 border
            3: 0-0 focus, 19-19 focus, 20-20 border, 21-48 selectionInactive, 49-49 border
            4: 0-0 focus, 19-19 focus, 20-20 border, 49-49 border
            5: 0-19 focus, 20-49 border
            6: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-29 muted, 30-30 key, 31-35 muted
            7: 0-0 statusBar, 1-6 success, 7-49 statusBar
            """)
    }

    @Test func dialogDrawnLastCoversThePanes() {
        assertSnapshot(screen(columns: 50, rows: 8, confirming: true), text: """
            ┌ 3 Projects ─ 1/3 ┐┌ 5 Entries ──────────── 2/2 ┐
            │● Website   ┌ Delete ─────────────┐         Time│
            │● Ops       │ Delete “Review”?    │      0:15:00│
            │● 会议 notes│                     │      1:02:03│
            │            │ y delete · n cancel │             │
            └────────────└─────────────────────┘─────────────┘
            s start · x stop · d delete · q quit
             Synced                                  me 27/30
            """)
    }

    @Test func everySizeRendersWithoutCrashing() {
        for columns in stride(from: 0, through: 60, by: 3) {
            for rows in 0...9 {
                let buffer = screen(columns: columns, rows: rows, confirming: rows % 2 == 0)
                #expect(buffer.size == Size(columns: columns, rows: rows))
            }
        }
    }
}
