import Foundation
import TrackerStatus
import TrackerCore

/// A ``Timesheet`` as a table for people or as CSV for spreadsheets and timesheet tools.
public enum TimesheetOutput {
    /// The table: one row per group (a second level indented under its first), a total, and
    /// notes on rounding and on entries counted in several tag groups.
    public static func table(_ sheet: Timesheet, notes: [String] = []) -> TextTable {
        let hasAmounts = !sheet.totalAmountCents.isEmpty
        var columns: [TextTable.Column] = [
            .init(sheet.keys.map { $0.rawValue.uppercased() }.joined(separator: " / ")),
            .init("TIME", .right), .init("ENTRIES", .right),
        ]
        if hasAmounts { columns.append(.init("AMOUNT", .right)) }
        var table = TextTable(columns: columns)
        func row(_ name: String, _ seconds: Int, _ entries: Int, _ amounts: [String: Int]) -> [String] {
            var cells = [name, TimeFormat.duration(seconds), String(entries)]
            if hasAmounts { cells.append(money(amounts)) }
            return cells
        }
        for group in sheet.groups {
            table.rows.append(row(group.name, group.seconds, group.entries, group.amountCents))
            for inner in group.groups ?? [] {
                table.rows.append(row("  " + inner.name, inner.seconds, inner.entries, inner.amountCents))
            }
        }
        table.rows.append(row("Total", sheet.totalSeconds, sheet.totalEntries, sheet.totalAmountCents))
        var footer = notes
        if sheet.countsSomeEntriesTwice {
            footer.append("An entry with several tags counts once for each tag; the total counts it once.")
        }
        table.footer = footer
        return table
    }

    /// CSV: the keys, `hours` (decimal), `h:mm`, `entries`, and an `amount` column per currency
    /// when there are amounts — one row per group of the finest level.
    public static func csv(_ sheet: Timesheet) -> CSVTable {
        let currencies = sheet.totalAmountCents.keys.sorted()
        let header = sheet.keys.map(\.rawValue) + ["hours", "h:mm", "entries"]
            + currencies.map { $0.isEmpty ? "amount" : "amount \($0)" }
        var table = CSVTable(header: header)
        func numbers(_ group: Timesheet.Group) -> [CSVTable.Field] {
            [.number(hours(group.seconds)), .number(hoursAndMinutes(group.seconds)), .number(String(group.entries))]
                + currencies.map { .number(cents(group.amountCents[$0] ?? 0)) }
        }
        for group in sheet.groups {
            if let inner = group.groups {
                for leaf in inner { table.rows.append([.text(group.name), .text(leaf.name)] + numbers(leaf)) }
            } else {
                table.rows.append([.text(group.name)] + numbers(group))
            }
        }
        return table
    }

    /// `7.50`: hours with two decimals.
    static func hours(_ seconds: Int) -> String {
        String(format: "%.2f", Double(max(0, seconds)) / 3600)
    }

    /// `7:30`: hours and minutes, to the nearest minute.
    static func hoursAndMinutes(_ seconds: Int) -> String {
        let whole = max(0, seconds)
        let minutes = whole / 60 + (whole % 60 >= 30 ? 1 : 0)
        return String(format: "%d:%02d", minutes / 60, minutes % 60)
    }

    /// `120.00 EUR + 40.00 USD`; empty without amounts.
    static func money(_ amounts: [String: Int]) -> String {
        amounts.sorted { $0.key < $1.key }.map { currency, value in
            cents(value) + (currency.isEmpty ? "" : " \(currency)")
        }.joined(separator: " + ")
    }

    /// `1234.05`: cents as a decimal amount.
    static func cents(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        return sign + "\(magnitude / 100)." + String(format: "%02d", Int(magnitude % 100))
    }
}
