#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// A time goal from the config's `[goals]` section: how much to track in a day, week or month,
/// in all or on one project, client or tag.
///
/// ```ini
/// [goals]
/// day = 8h
/// week = 40h
/// client "Acme Corp" = 10h/week
/// project "Website Redesign" = 2h/day
/// tag deep-work = 15h/month
/// ```
///
/// A name is matched as the command line matches names (any case); one holding `=` or `:` (which
/// end an INI key) is given by its id instead: `project 3700000012 = 2h/day`.
public struct Goal: Sendable, Hashable, Codable {
    /// What counts towards the goal.
    public enum Scope: Sendable, Hashable, Codable {
        /// Everything tracked.
        case all
        /// One project, by name or id.
        case project(String)
        /// The projects of one client, by name or id.
        case client(String)
        /// Entries with one tag.
        case tag(String)
    }

    /// The stretch of time the goal is for (the one holding now).
    public enum Period: String, Sendable, Hashable, Codable, CaseIterable {
        case day, week, month
    }

    /// What counts.
    public var scope: Scope
    /// For how long.
    public var period: Period
    /// How much, in seconds.
    public var seconds: Int

    /// A goal.
    public init(scope: Scope, period: Period, seconds: Int) {
        self.scope = scope
        self.period = period
        self.seconds = seconds
    }

    /// The amount: `8h`, `7h 30m`, `45m`.
    public var amountText: String {
        TimeFormat.shortDuration(seconds).replacing(" 00m", with: "")
    }

    /// `8h a day`, `10h a week on client Acme Corp`.
    public var title: String {
        let amount = amountText
        switch scope {
        case .all: return "\(amount) a \(period.rawValue)"
        case .project(let name): return "\(amount) a \(period.rawValue) on \(name)"
        case .client(let name): return "\(amount) a \(period.rawValue) for \(name)"
        case .tag(let name): return "\(amount) a \(period.rawValue) of #\(name)"
        }
    }

    /// Why a `[goals]` line could not be read (the caller adds the file and line).
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The sentence.
        public var description: String
    }

    /// The goal a `[goals]` line states: `day = 8h`, `week = 40h`, `month = 160h`, or
    /// `KIND NAME = AMOUNT/PERIOD` with KIND `project`, `client` or `tag` and NAME bare or in
    /// double quotes.
    public static func parse(key: String, value: String) throws(ParseError) -> Goal {
        let key = TextBasics.trimmingSpaces(key)
        let value = TextBasics.trimmingSpaces(value)
        if let period = Period(rawValue: key.lowercased()) {
            guard !value.contains("/") else {
                throw ParseError(description: "\(key) = \(value): a \(key) goal is a duration alone, like \(key) = \(period == .day ? "8h" : period == .week ? "40h" : "160h").")
            }
            return Goal(scope: .all, period: period, seconds: try amount(value, in: key))
        }
        let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw ParseError(description: "'\(key)' is not a goal: use day, week or month, or project/client/tag NAME (like client \"Acme Corp\" = 10h/week).")
        }
        var name = TextBasics.trimmingSpaces(parts[1])
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
        guard !name.isEmpty else { throw ParseError(description: "'\(key)' names no \(parts[0]).") }
        let scope: Scope
        switch parts[0].lowercased() {
        case "project": scope = .project(name)
        case "client": scope = .client(name)
        case "tag": scope = .tag(name)
        default:
            throw ParseError(description: "'\(parts[0])' is not a goal kind: use project, client or tag (like client \"Acme Corp\" = 10h/week).")
        }
        let pieces = value.split(separator: "/", omittingEmptySubsequences: false).map { TextBasics.trimmingSpaces($0) }
        guard pieces.count == 2, let period = Period(rawValue: pieces[1].lowercased()) else {
            throw ParseError(description: "\(key) = \(value): give an amount and a period, like 10h/week (day, week or month).")
        }
        return Goal(scope: scope, period: period, seconds: try amount(pieces[0], in: key))
    }

    /// A goal's amount: a duration above zero, at most the period could hold in a month.
    private static func amount(_ text: String, in key: String) throws(ParseError) -> Int {
        guard case .seconds(let seconds) = TimeInput.readDuration(text), seconds > 0 else {
            throw ParseError(description: "\(key): '\(text)' is not an amount of time; write it like 8h, 7h30m or 90m.")
        }
        return seconds
    }
}
