#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// A time zone's offset from UTC over the stretch around one moment in which it does not
/// change — what a ``StatusCard`` keeps of the zone `status` shows times in.
///
/// Named zones need the time zone database, which FoundationEssentials alone does not load;
/// the `toggl-tui` launcher answers `status` without it. The full `status` (which has it)
/// writes the offset in force when it ran and where that offset begins and ends; the shortcut
/// then uses a fixed-offset zone — which answers exactly as the named one does for every
/// instant inside that stretch — and declines for any window reaching across a change, such as
/// the days around a daylight-saving switch.
public struct ZoneOffsets: Codable, Sendable, Equatable {
    /// How far either way from the moment the stretch is looked for (zones change at most a
    /// few times a year; a stretch this long is renewed by the next full `status` anyway).
    public static let reach: TimeInterval = 40 * 86_400

    /// The zone's name (`Europe/Berlin`), for the record.
    public var identifier: String
    /// Seconds east of UTC throughout ``from``..<``until``.
    public var secondsFromGMT: Int
    /// Where the offset starts (or ``reach`` before the moment, if earlier).
    public var from: Date
    /// Where it next changes (or ``reach`` after the moment, if later).
    public var until: Date

    /// The stretch of `zone` around `moment` with one offset, found from the offsets themselves
    /// (a day at a time, then to the second), so any change ends it — daylight saving or a zone
    /// moving its standard time.
    public init(_ zone: Zone, around moment: Date) {
        identifier = zone.identifier
        let offset = zone.secondsFromGMT(for: moment)
        secondsFromGMT = offset
        let earliest = moment.addingTimeInterval(-Self.reach)
        let latest = moment.addingTimeInterval(Self.reach)
        // Back: step a day at a time while the offset holds, then find the change to the second.
        var start = moment
        while start > earliest {
            let before = max(earliest, start.addingTimeInterval(-86_400))
            guard zone.secondsFromGMT(for: before) == offset else {
                start = Self.firstInstant(after: before, upTo: start) { zone.secondsFromGMT(for: $0) == offset }
                break
            }
            start = before
        }
        from = start
        var end = moment
        while end < latest {
            let after = min(latest, end.addingTimeInterval(86_400))
            guard zone.secondsFromGMT(for: after) == offset else {
                end = Self.firstInstant(after: end, upTo: after) { zone.secondsFromGMT(for: $0) != offset }
                break
            }
            end = after
        }
        until = end
    }

    /// Whether a program could have written these: an offset a zone can have (±26 hours) and
    /// dates in the range a summary's are checked against.
    public var isSane: Bool {
        secondsFromGMT.magnitude <= 26 * 3600 && StatusSummary.saneDates.contains(from) && StatusSummary.saneDates.contains(until)
    }

    /// A zone with this offset, when `window` lies inside the stretch; nil otherwise (or when
    /// the offset is not one a zone can have).
    public func fixedZone(covering window: ClosedRange<Date>) -> Zone? {
        guard from <= window.lowerBound, window.upperBound < until, secondsFromGMT.magnitude <= 18 * 3600 else { return nil }
        return Zone(secondsFromGMT: secondsFromGMT)
    }

    /// The first whole second in `low`...`high` where `holds` becomes true (it is false at `low`
    /// and true at `high`), by halving.
    static func firstInstant(after low: Date, upTo high: Date, where holds: (Date) -> Bool) -> Date {
        var low = low.timeIntervalSince1970.rounded(.down)
        var high = high.timeIntervalSince1970.rounded(.up)
        while high - low > 1 {
            let middle = ((low + high) / 2).rounded(.down)
            if holds(Date(timeIntervalSince1970: middle)) { high = middle } else { low = middle }
        }
        return Date(timeIntervalSince1970: high)
    }
}
