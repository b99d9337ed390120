import Testing
@testable import TerminalUI

@Suite struct PanelTests {
    @Test func focusedPanelDrawsTitleAndNoteInFocusRole() {
        var buffer = frame(30, 4)
        let inner = Panel(title: "1 Workspaces", note: "12", isFocused: true).draw(in: Rect(x: 0, y: 0, width: 30, height: 4), on: &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 28, height: 2))
        assertSnapshot(buffer, text: """
            ┌ 1 Workspaces ────────── 12 ┐
            │                            │
            │                            │
            └────────────────────────────┘
            """, styles: """
            0: 0-0 focus, 1-14 focus+bold, 15-24 focus, 25-28 muted, 29-29 focus
            1: 0-0 focus, 29-29 focus
            2: 0-0 focus, 29-29 focus
            3: 0-29 focus
            """)
    }

    @Test func unfocusedPanelUsesBorderAndTitleRoles() {
        var buffer = frame(20, 3)
        Panel(title: "3 Projects").draw(in: Rect(x: 0, y: 0, width: 20, height: 3), on: &buffer)
        assertSnapshot(buffer, text: """
            ┌ 3 Projects ──────┐
            │                  │
            └──────────────────┘
            """, styles: """
            0: 0-0 border, 1-12 title, 13-19 border
            1: 0-0 border, 19-19 border
            2: 0-19 border
            """)
    }

    @Test func shortEdgesDropTheNoteThenTruncateTheTitle() {
        var buffer = frame(16, 6)
        Panel(title: "1 Workspaces", note: "3/40").draw(in: Rect(x: 0, y: 0, width: 16, height: 2), on: &buffer)
        Panel(title: "1 Workspaces", note: "3/40").draw(in: Rect(x: 0, y: 2, width: 10, height: 2), on: &buffer)
        Panel(title: "Workspaces", usesASCII: true).draw(in: Rect(x: 0, y: 4, width: 16, height: 2), on: &buffer)
        assertSnapshot(buffer, text: """
            ┌ 1 Workspaces ┐
            └──────────────┘
            ┌ 1 Wor… ┐
            └────────┘
            + Workspaces --+
            +--------------+
            """)
    }

    @Test func tinyRectanglesDoNotCrash() {
        var buffer = frame(4, 3)
        for width in 0...5 {
            for height in 0...4 {
                Panel(title: "Entries", note: "9", isFocused: true).draw(in: Rect(x: 1, y: 1, width: width, height: height), on: &buffer)
            }
        }
        var one = frame(6, 1)
        Panel(title: "T").draw(in: Rect(x: 0, y: 0, width: 6, height: 1), on: &one)
        assertSnapshot(one, text: "┌ T ─┐")
    }

    @Test func backgroundClearsTheInside() {
        var buffer = frame(6, 3)
        buffer.write("xxxxxx", x: 0, y: 1)
        Panel(background: .dialog).draw(in: Rect(x: 0, y: 0, width: 6, height: 3), on: &buffer)
        assertSnapshot(buffer, text: """
            ┌────┐
            │    │
            └────┘
            """, styles: """
            0: 0-5 border
            1: 0-0 border, 1-4 dialog, 5-5 border
            2: 0-5 border
            """)
    }
}
