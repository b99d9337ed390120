import Testing
@testable import TerminalUI

@Suite struct StatusLineTests {
    private let segments: [[Span]] = [[.plain("synced 2m ago")], [.plain("me "), .warning("27/30"), .plain(" · org 231/240")]]

    private func render(_ line: StatusLine, columns: Int) -> ScreenBuffer {
        var buffer = frame(columns, 1)
        line.draw(in: Rect(x: 0, y: 0, width: columns, height: 1), on: &buffer)
        return buffer
    }

    @Test func messageLeftSegmentsRight() {
        let line = StatusLine(message: "Entry started", level: .success, segments: segments)
        assertSnapshot(render(line, columns: 60), text: " Entry started        synced 2m ago  me 27/30 · org 231/240", styles: """
            0: 0-0 statusBar, 1-13 success, 14-39 statusBar, 40-44 warning, 45-59 statusBar
            """)
    }

    @Test func theMessageIsTruncatedFirst() {
        let line = StatusLine(message: "Could not reach Toggl: offline", level: .error, segments: segments)
        assertSnapshot(render(line, columns: 48), text: " Could …  synced 2m ago  me 27/30 · org 231/240", styles: """
            0: 0-0 statusBar, 1-7 error, 8-27 statusBar, 28-32 warning, 33-47 statusBar
            """)
    }

    @Test func thenLeftSegmentsAreDroppedThenTheLastIsTruncated() {
        let line = StatusLine(message: "Entry started", segments: segments)
        assertSnapshot(render(line, columns: 30), text: " Ent…  me 27/30 · org 231/240")
        assertSnapshot(render(line, columns: 25), text: "  me 27/30 · org 231/240")
        assertSnapshot(render(line, columns: 12), text: " me 27/30 …")
        assertSnapshot(render(StatusLine(message: "Hello"), columns: 4), text: " H…", styles: "0: 0-3 statusBar")
        for width in 0...2 { _ = render(line, columns: width) }
    }
}
