import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    private func render(_ field: TextField, columns: Int = 20) -> ScreenBuffer {
        var buffer = frame(columns, 1)
        field.draw(in: Rect(x: 0, y: 0, width: columns, height: 1), on: &buffer)
        return buffer
    }

    @Test func shortTextWithCursorInside() {
        assertSnapshot(render(TextField(label: "Start: ", text: "Standup", cursor: 3)), text: "Start: Standup", styles: """
            0: 0-6 title, 7-9 input, 10-10 input+reverse, 11-19 input
            """)
    }

    @Test func cursorAtTheEndIsABlankReversedCell() {
        assertSnapshot(render(TextField(label: "Start: ", text: "Standup", cursor: 7)), text: "Start: Standup", styles: """
            0: 0-6 title, 7-13 input, 14-14 input+reverse, 15-19 input
            """)
    }

    @Test func longTextScrollsToKeepTheCursorAtTheEndVisible() {
        let text = "Review the quarterly report"
        let field = TextField(label: "Start: ", text: text, cursor: text.count)
        // 13 columns of field: the last 12 characters and the cursor cell.
        #expect(field.firstVisibleCharacter(fieldWidth: 13) == text.count - 12)
        assertSnapshot(render(field), text: "Start: terly report", styles: """
            0: 0-6 title, 7-18 input, 19-19 input+reverse
            """)
    }

    @Test func scrollingFollowsTheCursorBackToTheStart() {
        let text = "Review the quarterly report"
        assertSnapshot(render(TextField(label: "Start: ", text: text, cursor: 0)), text: "Start: Review the qu", styles: """
            0: 0-6 title, 7-7 input+reverse, 8-19 input
            """)
        assertSnapshot(render(TextField(label: "Start: ", text: text, cursor: 15)), text: "Start: iew the quart", styles: """
            0: 0-6 title, 7-18 input, 19-19 input+reverse
            """)
    }

    @Test func wideCharactersScrollWhole() {
        let field = TextField(text: "会议 notes ☕", cursor: 11)
        assertSnapshot(render(field, columns: 8), text: "otes ☕", styles: """
            0: 0-6 input, 7-7 input+reverse
            """)
        assertSnapshot(render(TextField(text: "会议 notes ☕", cursor: 1), columns: 4), text: "会议", styles: """
            0: 0-1 input, 2-3 input+reverse
            """)
    }

    @Test func emptyTextShowsThePlaceholderUnderTheCursor() {
        assertSnapshot(render(TextField(label: "Start: ", text: "", cursor: 0, placeholder: "What are you doing?")), text: "Start: What are you…", styles: """
            0: 0-6 title, 7-7 input+reverse, 8-19 muted
            """)
        assertSnapshot(render(TextField(text: "", cursor: 0), columns: 8), text: "", styles: """
            0: 0-0 input+reverse, 1-7 input
            """)
        assertSnapshot(render(TextField(text: "", cursor: 0, placeholder: "Filter", isFocused: false), columns: 8), text: "Filter", styles: """
            0: 0-5 muted, 6-7 input
            """)
    }

    @Test func longLabelsTakeAtMostHalfTheWidth() {
        assertSnapshot(render(TextField(label: "Description of the entry: ", text: "ab", cursor: 2), columns: 10), text: "Desc…ab", styles: """
            0: 0-4 title, 5-6 input, 7-7 input+reverse, 8-9 input
            """)
        for width in 0...3 {
            _ = render(TextField(label: "Label: ", text: "会议", cursor: 1), columns: width)
        }
    }
}
