import FuzzSupport
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

/// `changes(from:)` compares cells in place; it must find what comparing them with `==` finds.
struct ScreenBufferChangesFuzzTests {
    /// The runs as the comparison with `==` gives them.
    static func expectedChanges(_ frame: ScreenBuffer, from previous: ScreenBuffer) -> [ScreenBuffer.Change] {
        var result: [ScreenBuffer.Change] = []
        let columns = frame.size.columns
        for y in 0..<frame.size.rows {
            var x = 0
            while x < columns {
                guard frame[x, y] != previous[x, y] else { x += 1; continue }
                let start = frame[x, y].isContinuation && x > 0 ? x - 1 : x
                var end = x
                while end < columns, frame[end, y] != previous[end, y] || frame[end, y].isContinuation { end += 1 }
                result.append(ScreenBuffer.Change(x: start, y: y, cells: (start..<end).map { frame[$0, y] }))
                x = end
            }
        }
        return result
    }

    static func randomFrame(_ random: inout FuzzRandom, size: Size) -> ScreenBuffer {
        var frame = ScreenBuffer(size: size)
        let texts = ["a", "ab", "東京", "🚀", "e\u{301}", "x", "café", "  ", "👩‍👩‍👧 family"]
        let styles = [CellStyle.normal, CellStyle(.muted), CellStyle(.selection, bold: true),
                      CellStyle(.project, color: RGBColor(red: 1, green: 2, blue: 3)), CellStyle(.project, color: RGBColor(red: 1, green: 2, blue: 4))]
        for _ in 0..<Int(random.next() % 12) {
            frame.write(texts[Int(random.next() % UInt64(texts.count))], x: Int(random.next() % UInt64(size.columns)),
                        y: Int(random.next() % UInt64(size.rows)), style: styles[Int(random.next() % UInt64(styles.count))])
        }
        return frame
    }

    @Test func changesAreTheRunsOfCellsThatDiffer() {
        let seed: UInt64 = 0x5EED_CE11
        var random = FuzzRandom(seed: seed)
        let size = Size(columns: 9, rows: 3)
        for round in 0..<2_000 {
            let previous = Self.randomFrame(&random, size: size)
            let frame = Self.randomFrame(&random, size: size)
            let expected = Self.expectedChanges(frame, from: previous)
            #expect(frame.changes(from: previous) == expected,
                    "seed \(seed) round \(round):\n\(previous.textDump())\n→\n\(frame.textDump())")
            #expect(frame.changes(from: frame).isEmpty)
            if frame.changes(from: previous) != expected { return }
        }
    }
}
