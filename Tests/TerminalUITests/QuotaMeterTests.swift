import Testing
@testable import TerminalUI

@Suite struct QuotaMeterTests {
    @Test func fillsTheShareRemaining() {
        #expect(QuotaMeter(remaining: 27, limit: 30).spans == [.plain("▮▮▮▮▮")])
        #expect(QuotaMeter(remaining: 18, limit: 30).spans == [.plain("▮▮▮"), .muted("▯▯")])
        #expect(QuotaMeter(remaining: 1, limit: 240).spans == [.warning("▮"), .muted("▯▯▯▯")])
        #expect(QuotaMeter(remaining: 0, limit: 30).spans == [.muted("▯▯▯▯▯")])
        #expect(QuotaMeter(remaining: 5, limit: 0).filledCells == 0)
    }

    @Test func inAStatusLineSegment() {
        var buffer = frame(24, 1)
        let meter = QuotaMeter(remaining: 6, limit: 30)
        StatusLine(segments: [[.plain("me ")] + meter.spans + [.plain(" 6/30")]]).draw(in: Rect(x: 0, y: 0, width: 24, height: 1), on: &buffer)
        assertSnapshot(buffer, text: "          me ▮▯▯▯▯ 6/30", styles: """
            0: 0-12 statusBar, 13-13 warning, 14-17 muted, 18-23 statusBar
            """)
    }
}
