#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A time zone as the app uses it: a name and the offset from UTC at any instant, read from
/// the system's zone database (`/usr/share/zoneinfo`, TZif files) by ``ZoneDatabase``.
///
/// Foundation's named `TimeZone` is ICU's: the first use maps ~4.7 MB of ICU's code and data
/// into the process, for offsets the system's files already hold. A zone the database does not
/// have (or a system without one) falls back to Foundation's, so a name Foundation knows is
/// never lost. Days, hours and wall-clock times in a zone are in `Zone+WallClock.swift`.
public struct Zone: Sendable, Hashable, CustomStringConvertible {
    /// The zone's name (`Europe/Berlin`, `UTC`, `GMT+0530`, or a POSIX rule from `TZ`).
    public let identifier: String
    private let source: Source

    enum Source: Sendable {
        case fixed(Int)
        case rules(ZoneRules)
        case foundation(TimeZone)
    }

    init(identifier: String, source: Source) {
        self.identifier = identifier
        self.source = source
    }

    /// Coordinated Universal Time.
    public static let utc = Zone(identifier: "UTC", source: .fixed(0))

    /// The zone named `identifier` (`Europe/Berlin`, `UTC`): from the system's database, else
    /// Foundation's; nil when neither knows it.
    public init?(identifier: String) {
        if let zone = ZoneDatabase.shared.zone(named: identifier) {
            self = zone
        } else if ZoneDatabase.isPlausibleName(identifier), let zone = TimeZone(identifier: identifier) {
            self.init(identifier: zone.identifier, source: .foundation(zone))
        } else {
            return nil
        }
    }

    /// A zone always `seconds` east of UTC (±18 hours), named as Foundation names it (`GMT+0100`).
    public init?(secondsFromGMT seconds: Int) {
        guard seconds.magnitude <= 18 * 3600 else { return nil }
        self.init(identifier: Self.gmtName(seconds), source: .fixed(seconds))
    }

    /// The system's zone: `TZ`, else `/etc/localtime`, else UTC (see ``ZoneDatabase/systemZone()``).
    public static var current: Zone { ZoneDatabase.shared.systemZone() }

    /// Seconds east of UTC at `date`.
    public func secondsFromGMT(for date: Date) -> Int {
        switch source {
        case .fixed(let seconds): return seconds
        case .rules(let rules): return rules.offset(at: Self.wholeSeconds(date))
        case .foundation(let zone): return zone.secondsFromGMT(for: date)
        }
    }

    /// The zone's name.
    public var description: String { identifier }

    /// Foundation's zone of the same name, for code that hands zones to Foundation (the
    /// sandbox, tests). Named zones are ICU's: the app's own paths never ask for this.
    public var foundationTimeZone: TimeZone {
        switch source {
        case .fixed(let seconds): return TimeZone(secondsFromGMT: seconds) ?? .gmt
        case .foundation(let zone): return zone
        case .rules:
            return TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: secondsFromGMT(for: Date())) ?? .gmt
        }
    }

    /// Zones of the same name are equal (one name, one set of rules in a process); two fixed
    /// zones must also have the same offset.
    public static func == (lhs: Zone, rhs: Zone) -> Bool {
        guard lhs.identifier == rhs.identifier else { return false }
        if case .fixed(let left) = lhs.source, case .fixed(let right) = rhs.source { return left == right }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(identifier)
    }

    /// The instant's whole seconds since 1970, rounded down; a date that is not finite (or
    /// beyond ±30 million years) is clamped, never a crash.
    static func wholeSeconds(_ date: Date) -> Int64 {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite else { return seconds > 0 ? Self.farthest : (seconds < 0 ? -Self.farthest : 0) }
        return Int64(min(max(seconds, -Double(Self.farthest)), Double(Self.farthest)).rounded(.down))
    }

    private static let farthest: Int64 = 1_000_000_000_000_000

    /// `GMT`, `GMT+0100`, `GMT-0930`, `GMT+053045`.
    static func gmtName(_ seconds: Int) -> String {
        guard seconds != 0 else { return "GMT" }
        let magnitude = abs(seconds)
        var name = "GMT" + (seconds > 0 ? "+" : "-") + TextBasics.zeroPadded(magnitude / 3600, width: 2)
            + TextBasics.zeroPadded(magnitude % 3600 / 60, width: 2)
        if magnitude % 60 != 0 { name += TextBasics.zeroPadded(magnitude % 60, width: 2) }
        return name
    }
}
