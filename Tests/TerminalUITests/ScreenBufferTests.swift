import Testing
@testable import TerminalUI

@Suite struct ScreenBufferTests {
    @Test func writesAreClippedToWidthAndGrid() {
        var buffer = ScreenBuffer(size: Size(columns: 8, rows: 2))
        #expect(buffer.write("Hello, world", x: 2, y: 0, maxWidth: 4) == 4)
        #expect(buffer.write("abc", x: 6, y: 1) == 2)
        #expect(buffer.textDump() == "  Hell  \n      ab")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverSplit() {
        var buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.write("会议☕x", x: 0, y: 0)
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer.textDump() == "会议☕")
        var clipped = ScreenBuffer(size: Size(columns: 3, rows: 1))
        clipped.write("a会议", x: 0, y: 0)
        #expect(clipped.textDump() == "a会")
        clipped.write("会", x: 2, y: 0)
        #expect(clipped.textDump() == "a  ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(columns: 4, rows: 1))
        buffer.write("会", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.textDump() == " x  ")
    }

    @Test func changesListOnlyDifferingRuns() {
        var old = ScreenBuffer(size: Size(columns: 10, rows: 2))
        old.write("00:00:01", x: 0, y: 0)
        var new = old
        new.write("00:00:02", x: 0, y: 0)
        let changes = new.changes(from: old)
        #expect(changes.count == 1)
        #expect(changes[0].x == 7 && changes[0].y == 0 && changes[0].cells.map(\.text) == ["2"])
        #expect(new.changes(from: new).isEmpty)
        #expect(new.changes(from: nil).count == 2)
    }

    @Test func changeRunsStartOnWholeWideCharacters() {
        var old = ScreenBuffer(size: Size(columns: 4, rows: 1))
        old.write("会", x: 0, y: 0)
        var new = old
        new.setStyle(CellStyle(.selection), in: Rect(x: 1, y: 0, width: 1, height: 1))
        let change = new.changes(from: old)
        #expect(change.map(\.x) == [0])
        #expect(change.first?.cells.count == 2)
    }

    @Test func styleDumpNamesRoles() {
        var buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.write("ab", x: 0, y: 0, style: CellStyle(.selection, bold: true))
        buffer.write("c", x: 3, y: 0, style: CellStyle(.project, color: RGBColor(hex: "#06a893")))
        #expect(buffer.styleDump() == "0: 0-1 selection+bold, 3-3 project #06a893")
    }
}
