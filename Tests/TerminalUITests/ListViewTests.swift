import Testing
@testable import TerminalUI

@Suite struct ListViewTests {
    private let projects: [[Span]] = (1...20).map { [.plain("Project \($0)")] }

    private func render(_ list: ListView, columns: Int = 14, rows: Int = 5) -> ScreenBuffer {
        var buffer = frame(columns, rows)
        list.draw(in: Rect(x: 0, y: 0, width: columns, height: rows), on: &buffer)
        return buffer
    }

    @Test func scrollOffsetCentresTheSelectionAndClampsAtTheEnds() {
        #expect(ScrollWindow(count: 20, selected: 0, height: 5).offset == 0)
        #expect(ScrollWindow(count: 20, selected: 2, height: 5).offset == 0)
        #expect(ScrollWindow(count: 20, selected: 3, height: 5).offset == 1)
        #expect(ScrollWindow(count: 20, selected: 10, height: 5).offset == 8)
        #expect(ScrollWindow(count: 20, selected: 19, height: 5).offset == 15)
        #expect(ScrollWindow(count: 20, selected: 99, height: 5).offset == 15)
        #expect(ScrollWindow(count: 3, selected: 2, height: 5).offset == 0)
        #expect(ScrollWindow(count: 20, selected: nil, height: 5).offset == 0)
        #expect(ScrollWindow(count: 20, selected: 10, height: 0).visible.isEmpty)
    }

    @Test func selectionAtTheTop() {
        assertSnapshot(render(ListView(rows: projects, selected: 0)), text: """
            Project 1
            Project 2
            Project 3
            Project 4
            Project 5    ↓
            """, styles: """
            0: 0-12 selection
            4: 13-13 muted
            """)
    }

    @Test func selectionInTheMiddleStaysCentred() {
        assertSnapshot(render(ListView(rows: projects, selected: 9)), text: """
            Project 8    ↑
            Project 9
            Project 10
            Project 11
            Project 12   ↓
            """, styles: """
            0: 13-13 muted
            2: 0-12 selection
            4: 13-13 muted
            """)
    }

    @Test func selectionAtTheBottomWithoutFocus() {
        let list = ListView(rows: projects, selected: 19, isFocused: false)
        #expect(list.positionNote == "20/20")
        assertSnapshot(render(list), text: """
            Project 16   ↑
            Project 17
            Project 18
            Project 19
            Project 20
            """, styles: """
            0: 13-13 muted
            4: 0-12 selectionInactive
            """)
    }

    @Test func emptyListShowsAMutedMessage() {
        let list = ListView(rows: [], selected: 0, emptyMessage: "No projects")
        #expect(list.positionNote == nil)
        assertSnapshot(render(list), text: "No projects", styles: "0: 0-10 muted")
        assertSnapshot(render(list, columns: 6, rows: 1), text: "No pr…")
    }

    @Test func wideCharactersAreTruncatedWithoutSplitting() {
        let rows: [[Span]] = [
            [.project("●", color: RGBColor(hex: "#06a893")), .plain(" 会议 notes ☕")],
            [.plain("Short")],
        ]
        assertSnapshot(render(ListView(rows: rows, selected: 0), columns: 9, rows: 2), text: """
            ● 会议 n…
            Short
            """, styles: """
            0: 0-0 selection #06a893, 1-8 selection
            """)
        // Odd widths: the wide 议 cannot fit in the last free column before the ellipsis.
        assertSnapshot(render(ListView(rows: [rows[0]]), columns: 5, rows: 1), text: "● 会…")
        assertSnapshot(render(ListView(rows: [rows[0]]), columns: 6, rows: 1), text: "● 会…")
    }

    @Test func matchedCharactersAreHighlighted() {
        let rows: [[Span]] = [[.plain("Website"), .muted(" Acme")], [.plain("Webinar")]]
        let list = ListView(rows: rows, selected: 1, matches: [[0, 2, 8], [0, 2]])
        assertSnapshot(render(list, columns: 14, rows: 2), text: """
            Website Acme
            Webinar
            """, styles: """
            0: 0-0 match, 2-2 match, 7-7 muted, 8-8 match, 9-11 muted
            1: 0-0 selection+underline, 1-1 selection, 2-2 selection+underline, 3-13 selection
            """)
    }

    @Test func tinyAreasDoNotCrash() {
        for width in 0...3 {
            for height in 0...3 {
                _ = render(ListView(rows: projects, selected: 7), columns: width, rows: height)
            }
        }
        assertSnapshot(render(ListView(rows: projects, selected: 7), columns: 1, rows: 1), text: "…")
    }
}

/// A list given only the rows that show draws what the whole list draws.
@Suite struct WindowedListViewTests {
    private let projects: [[Span]] = (1...20).map { [.plain("Project \($0)")] }

    @Test(arguments: [nil, 0, 3, 10, 19] as [Int?])
    func onlyTheVisibleRowsAreNeeded(selected: Int?) {
        let matches: [Set<Int>] = (1...20).map { $0.isMultiple(of: 3) ? [0, 2] : [] }
        let visible = ListView.visibleRows(count: projects.count, selected: selected, height: 5)
        let whole = ListView(rows: projects, selected: selected, isFocused: true, emptyMessage: "none", matches: matches)
        let windowed = ListView(count: projects.count, firstRow: visible.lowerBound, rows: Array(projects[visible]), selected: selected,
                                isFocused: true, emptyMessage: "none", matches: Array(matches[visible]))
        var expected = frame(14, 5)
        whole.draw(in: Rect(x: 0, y: 0, width: 14, height: 5), on: &expected)
        var drawn = frame(14, 5)
        windowed.draw(in: Rect(x: 0, y: 0, width: 14, height: 5), on: &drawn)
        #expect(drawn == expected)
        #expect(windowed.positionNote == whole.positionNote)
    }
}
