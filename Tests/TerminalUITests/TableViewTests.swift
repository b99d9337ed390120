import Testing
@testable import TerminalUI
import TogglModels
import TrackerCore

@Suite struct TableViewTests {
    private let columns: [TableView.Column] = [
        .init("Description"),
        .init("Project", width: .fit),
        .init("Time", width: .fixed(7), alignment: .right),
    ]

    private let entries: [TableView.Row] = [
        [[.plain("Standup")], [.project("●", color: RGBColor(hex: "#06a893")), .plain(" Web")], [.plain("0:15:00")]],
        [[.plain("会议 notes ☕")], [.plain("Ops")], [.plain("1:05")]],
        [[.plain("Code review for the sync")], [], [.running("12:03")]],
    ]

    private func render(_ table: TableView, columns: Int = 30, rows: Int = 6) -> ScreenBuffer {
        var buffer = frame(columns, rows)
        table.draw(in: Rect(x: 0, y: 0, width: columns, height: rows), on: &buffer)
        return buffer
    }

    @Test func columnsTileTheWidthWithFitFixedAndFill() {
        let table = TableView(columns: columns, rows: entries)
        // Project fits "Project" (7); Time is 7; two gaps; Description takes the rest.
        #expect(table.columnWidths(for: 30) == [14, 7, 7])
        #expect(table.columnWidths(for: 10) == [0, 7, 1])
    }

    @Test func headerRowsRightAlignedDurationsAndSelection() {
        assertSnapshot(render(TableView(columns: columns, rows: entries, selected: 1)), text: """
            Description    Project    Time
            Standup        ● Web   0:15:00
            会议 notes ☕  Ops        1:05
            Code review f…           12:03
            """, styles: """
            0: 0-10 title, 15-21 title, 26-29 title
            1: 15-15 project #06a893
            2: 0-29 selection
            3: 25-29 running
            """)
    }

    @Test func narrowColumnsTruncateWideCharactersWithEllipsis() {
        let narrow = [TableView.Column("Description"), TableView.Column("Time", width: .fixed(5), alignment: .right)]
        let rows = entries.map { [$0[0], $0[2]] }
        assertSnapshot(render(TableView(columns: narrow, rows: rows, selected: 1, isFocused: false), columns: 13, rows: 4), text: """
            Descri…  Time
            Standup 0:15…
            会议 n…  1:05
            Code r… 12:03
            """, styles: """
            0: 0-6 title, 9-12 title
            2: 0-12 selectionInactive
            3: 8-12 running
            """)
    }

    @Test func overflowingTablesScrollWithTheSelection() {
        let many: [TableView.Row] = (1...30).map { [[.plain("Entry \($0)")], [], [.plain("0:0\($0 % 10)")]] }
        let table = TableView(columns: columns, rows: many, selected: 29)
        #expect(table.positionNote == "30/30")
        assertSnapshot(render(table, columns: 30, rows: 4), text: """
            Description   Project    Time
            Entry 28                 0:08↑
            Entry 29                 0:09
            Entry 30                 0:00
            """)
    }

    @Test func emptyTablesKeepTheHeaderAndShowTheMessage() {
        assertSnapshot(render(TableView(columns: columns, rows: [], emptyMessage: "No entries today"), rows: 3), text: """
            Description    Project    Time
            No entries today
            """, styles: """
            0: 0-10 title, 15-21 title, 26-29 title
            1: 0-15 muted
            """)
    }

    @Test func tinyAreasDoNotCrash() {
        for width in 0...4 {
            for height in 0...3 {
                _ = render(TableView(columns: columns, rows: entries, selected: 2), columns: width, rows: height)
            }
        }
    }
}

/// The entries table measures each row's time range without joining it, and its durations by
/// the longest.
struct EntriesColumnWidthTests {
    @Test(arguments: [
        ("09:05", "10:20"), ("9:05 AM", "now"), ("12:00 PM", "1:30 PM"), ("", ""), ("23:59", "now"),
        ("\u{301}", "10:00"), ("10:00", "\u{301}x"), ("東京", "now"), ("9:05\u{202F}AM", "now"), ("\u{0600}", "1"),
    ])
    func aTimeRangeIsAsWideAsItsText(from: String, to: String) {
        #expect(EntriesPaneView.timeRangeWidth(from, to) == DisplayWidth.of(EntriesPaneView.timeRange(from, to)))
    }
}

extension EntriesColumnWidthTests {
    @Test func aLongerDurationIsNeverNarrower() {
        var seconds = [0, 1, 59, 60, 3_599, 3_600, 35_999, 36_000, 359_999, 360_000, 3_599_999, 3_600_000, DurationLimit.seconds]
        seconds += Array(stride(from: 0, through: 400_000, by: 997))
        seconds.sort()
        let widths = seconds.map { DisplayWidth.of(EntryClock.duration($0)) }
        for index in widths.indices.dropFirst() {
            #expect(widths[index - 1] <= widths[index], "\(seconds[index - 1]) s is wider than \(seconds[index]) s")
        }
    }
}
