import Foundation
import Testing
@testable import TerminalUI

/// Compares a frame with an inline snapshot and records a readable line diff when it differs.
///
/// `text` is the expected ``ScreenBuffer/textDump()``: one line per row, with trailing spaces
/// ignored on both sides (so editors that strip them cannot break a snapshot — the style dump
/// shows where blank cells are styled) and blank rows at the bottom ignored too; blank rows at
/// the top count. `styles`, when given, is the
/// expected ``ScreenBuffer/styleDump()``.
///
/// ```swift
/// assertSnapshot(buffer, text: """
///     ┌ 1 Workspaces ┐
///     └──────────────┘
///     """, styles: """
///     0: 0-15 border
///     """)
/// ```
func assertSnapshot(
    _ buffer: ScreenBuffer,
    text: String,
    styles: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actualText = normalizedRows(buffer.textDump())
    let expectedText = normalizedRows(text)
    if let folder = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"],
       actualText != expectedText || styles.map({ trimmedLines(buffer.styleDump()) != trimmedLines($0) }) ?? false {
        recordSnapshot(buffer, hasStyles: styles != nil, into: folder, at: sourceLocation)
    }
    if actualText != expectedText {
        Issue.record(Comment(rawValue: "Text snapshot differs (- expected, + actual):\n" + lineDiff(expected: expectedText, actual: actualText)), sourceLocation: sourceLocation)
    }
    if let styles {
        let actualStyles = trimmedLines(buffer.styleDump())
        let expectedStyles = trimmedLines(styles)
        if actualStyles != expectedStyles {
            Issue.record(Comment(rawValue: "Style snapshot differs (- expected, + actual):\n" + lineDiff(expected: expectedStyles, actual: actualStyles)), sourceLocation: sourceLocation)
        }
    }
}

/// Writes what a snapshot call saw to `folder`, for `scripts/update-snapshots.py` to put into
/// the test source (`RECORD_SNAPSHOTS=/tmp/snaps swift test …`).
private func recordSnapshot(_ buffer: ScreenBuffer, hasStyles: Bool, into folder: String, at location: SourceLocation) {
    let record: [String: String] = [
        "file": location.fileID, "path": location.filePath, "line": String(location.line),
        "text": normalizedRows(buffer.textDump()).joined(separator: "\n"),
        "styles": hasStyles ? trimmedLines(buffer.styleDump()).joined(separator: "\n") : "",
    ]
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let name = "\(folder)/\(location.fileName)-\(location.line).json"
    if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) {
        _ = FileManager.default.createFile(atPath: name, contents: data)
    }
}

/// Rows with trailing spaces removed and the blank rows at the end dropped.
private func normalizedRows(_ dump: String) -> [String] {
    var rows = dump.split(separator: "\n", omittingEmptySubsequences: false).map { row in String(row.reversed().drop(while: { $0 == " " }).reversed()) }
    while rows.last == "" { rows.removeLast() }
    return rows
}

/// Lines of a style dump, without leading and trailing blank lines.
private func trimmedLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.first?.allSatisfy({ $0 == " " }) == true, !lines.isEmpty { lines.removeFirst() }
    while lines.last?.allSatisfy({ $0 == " " }) == true, !lines.isEmpty { lines.removeLast() }
    return lines
}

/// A line-by-line diff: `  ` same, `- ` expected only, `+ ` actual only, with `|` marking
/// where each line ends so trailing differences are visible.
private func lineDiff(expected: [String], actual: [String]) -> String {
    var output: [String] = []
    for index in 0..<max(expected.count, actual.count) {
        let old = index < expected.count ? expected[index] : nil
        let new = index < actual.count ? actual[index] : nil
        if old == new, let old {
            output.append("  \(old)|")
        } else {
            if let old { output.append("- \(old)|") }
            if let new { output.append("+ \(new)|") }
        }
    }
    return output.joined(separator: "\n")
}

/// A blank frame of `columns`×`rows`.
func frame(_ columns: Int, _ rows: Int) -> ScreenBuffer {
    ScreenBuffer(size: Size(columns: columns, rows: rows))
}

/// Some rows (and columns) of a frame as a frame of their own, so a snapshot shows only the part
/// a test is about. Its style dump numbers rows from the region's first row (`0:` is `rows`'
/// first). Cut columns between characters, not through a wide one.
func region(_ buffer: ScreenBuffer, rows: Range<Int>, columns: Range<Int>? = nil) -> ScreenBuffer {
    let columns = columns ?? 0..<buffer.size.columns
    var part = ScreenBuffer(size: Size(columns: columns.count, rows: rows.count))
    for y in rows {
        for x in columns { part[x - columns.lowerBound, y - rows.lowerBound] = buffer[x, y] }
    }
    return part
}
