#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// A calendar month, naming an older-entries file: `entries-2025-03.json`. Which time zone
/// decides an entry's month is the caller's choice (the user's, consistently).
public struct StoreMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1…12.
    public let month: Int

    /// A month; `nil` unless `month` is 1…12 and `year` 1…9999.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month `date` falls in, in `timeZone`.
    public init(containing date: Date, in timeZone: Zone) {
        let clock = timeZone.wallClock(at: date)
        year = clock.year
        month = clock.month
    }

    /// The month a file name such as `entries-2025-03.json` stands for, else `nil`.
    public init?(fileName: String) {
        guard fileName.hasPrefix("entries-"), fileName.hasSuffix(".json") else { return nil }
        let middle = fileName.dropFirst("entries-".count).dropLast(".json".count)
        let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    /// `entries-YYYY-MM.json`.
    public var fileName: String { "entries-\(description).json" }

    /// `YYYY-MM`.
    public var description: String {
        let yearText = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return "\(paddedYear)-\(month < 10 ? "0" : "")\(month)"
    }

    /// Earlier months first.
    public static func < (lhs: StoreMonth, rhs: StoreMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
