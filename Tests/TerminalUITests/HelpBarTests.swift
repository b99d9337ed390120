import Testing
@testable import TerminalUI

@Suite struct HelpBarTests {
    private let bar = HelpBar([.init("s", "start"), .init("x", "stop"), .init("e", "edit"), .init("d", "delete"), .init("q", "quit")])

    private func render(_ bar: HelpBar, columns: Int) -> ScreenBuffer {
        var buffer = frame(columns, 1)
        bar.draw(in: Rect(x: 0, y: 0, width: columns, height: 1), on: &buffer)
        return buffer
    }

    @Test func everythingFits() {
        assertSnapshot(render(bar, columns: 45), text: "s start · x stop · e edit · d delete · q quit", styles: """
            0: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-27 muted, 28-28 key, 29-38 muted, 39-39 key, 40-44 muted
            """)
    }

    @Test func trailingPairsAreDroppedForMore() {
        assertSnapshot(render(bar, columns: 44), text: "s start · x stop · e edit · ? more")
        assertSnapshot(render(bar, columns: 30), text: "s start · x stop · ? more", styles: """
            0: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-24 muted
            """)
        #expect(bar.layout(width: 30).items.map(\.key) == ["s", "x"])
        #expect(bar.layout(width: 30).droppedAny)
        assertSnapshot(render(bar, columns: 16), text: "s start · ? more")
        assertSnapshot(render(bar, columns: 8), text: "? more")
        assertSnapshot(render(bar, columns: 4), text: "? m…")
        _ = render(bar, columns: 0)
    }
}
