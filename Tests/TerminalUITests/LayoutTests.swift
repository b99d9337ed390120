import Testing
@testable import TerminalUI

@Suite struct LayoutTests {
    @Test func fixedAndFillSplitTheRest() {
        let area = Rect(x: 2, y: 1, width: 30, height: 10)
        let parts = Layout.vertical([.fixed(1), .fill(1), .fixed(2)]).split(area)
        #expect(parts == [
            Rect(x: 2, y: 1, width: 30, height: 1),
            Rect(x: 2, y: 2, width: 30, height: 7),
            Rect(x: 2, y: 9, width: 30, height: 2),
        ])
    }

    @Test func roundingRemaindersGoToFills() {
        #expect(Layout.lengths(for: [.fill(1), .fill(1), .fill(1)], total: 10) == [4, 3, 3])
        #expect(Layout.lengths(for: [.percent(33), .fill(1), .percent(33)], total: 10) == [3, 4, 3])
        #expect(Layout.lengths(for: [.fill(2), .fill(1)], total: 10) == [7, 3])
        #expect(Layout.lengths(for: [.min(3), .fill(1)], total: 9) == [6, 3])
    }

    @Test func withoutFillsTheLastPartTakesTheRest() {
        #expect(Layout.lengths(for: [.percent(30), .percent(30)], total: 10) == [3, 7])
        #expect(Layout.lengths(for: [.fixed(3)], total: 10) == [10])
    }

    @Test func tooSmallAreasShrinkLaterPartsFirst() {
        #expect(Layout.lengths(for: [.fixed(4), .fill(1), .fixed(4)], total: 6) == [4, 0, 2])
        #expect(Layout.lengths(for: [.fixed(4), .min(5)], total: 3) == [3, 0])
        #expect(Layout.lengths(for: [.fixed(1), .fill(1)], total: 0) == [0, 0])
        #expect(Layout.lengths(for: [], total: 10) == [])
    }

    /// Property-style: for every size and a range of constraint mixes, the parts are adjacent,
    /// do not overlap, stay inside the area and add up to its length.
    @Test func splitsTileTheAreaExactly() {
        let mixes: [[Layout.Constraint]] = [
            [.fill(1)],
            [.fixed(1), .fill(1), .fixed(1)],
            [.percent(30), .fill(1)],
            [.percent(25), .percent(25), .percent(25), .percent(25)],
            [.percent(33), .percent(33), .percent(33)],
            [.min(10), .fill(2), .fixed(3), .fill(1)],
            [.fixed(20), .fixed(30)],
            [.percent(70), .min(20), .fill(0)],
            [.fill(3), .fill(5), .fill(7), .percent(10), .fixed(2)],
            [.fixed(-4), .percent(150), .fill(-1)],
        ]
        for mix in mixes {
            for direction in [Layout.Direction.horizontal, .vertical] {
                for length in 0...130 {
                    let area = direction == .horizontal
                        ? Rect(x: 3, y: 5, width: length, height: 7)
                        : Rect(x: 3, y: 5, width: 7, height: length)
                    let parts = Layout(direction, mix).split(area)
                    #expect(parts.count == mix.count)
                    var position = direction == .horizontal ? area.x : area.y
                    for part in parts {
                        let (start, size) = direction == .horizontal ? (part.x, part.width) : (part.y, part.height)
                        #expect(start == position, "\(mix) \(direction) \(length): gap or overlap at \(part)")
                        #expect(size >= 0)
                        if direction == .horizontal {
                            #expect(part.y == area.y && part.height == area.height)
                        } else {
                            #expect(part.x == area.x && part.width == area.width)
                        }
                        position += size
                    }
                    let end = direction == .horizontal ? area.maxX : area.maxY
                    #expect(position == end, "\(mix) \(direction) \(length): parts add up to \(position - (end - length)), not \(length)")
                }
            }
        }
    }

    @Test func centeredRectsAreClampedToTheArea() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(screen.centered(width: 41, height: 11) == Rect(x: 19, y: 6, width: 41, height: 11))
        #expect(screen.centered(width: 100, height: 50) == screen)
        let inner = Rect(x: 5, y: 3, width: 10, height: 4)
        #expect(inner.centered(width: 4, height: 2) == Rect(x: 8, y: 4, width: 4, height: 2))
        #expect(inner.centered(width: -1, height: 2).width == 0)
    }
}
