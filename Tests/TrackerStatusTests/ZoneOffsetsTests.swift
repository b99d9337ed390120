import Foundation
import TogglModels
import Testing
@testable import TrackerStatus

/// The stretch of one offset a status card keeps of its zone: found to the second, clipped to
/// the reach, and a fixed zone only for windows inside it.
struct ZoneOffsetsTests {
    static let berlin = Zone(identifier: "Europe/Berlin")!
    /// Monday 2026-11-23 10:00 UTC: winter time since 2026-10-25 01:00 UTC, until 2027-03-28 01:00 UTC.
    static let november = Date(timeIntervalSince1970: 1_795_428_000)
    static let winterBegan = Date(timeIntervalSince1970: 1_792_890_000)  // 2026-10-25T01:00:00Z
    /// 2027-03-27 12:00 UTC, half a day before summer time.
    static let march = Date(timeIntervalSince1970: 1_806_148_800)
    static let summerBegins = Date(timeIntervalSince1970: 1_806_195_600)  // 2027-03-28T01:00:00Z

    @Test func theStretchStartsAtTheLastChangeToTheSecond() {
        let zone = ZoneOffsets(Self.berlin, around: Self.november)
        #expect(zone.identifier == "Europe/Berlin")
        #expect(zone.secondsFromGMT == 3600)
        #expect(zone.from == Self.winterBegan)
        #expect(zone.until == Self.november.addingTimeInterval(ZoneOffsets.reach), "the next change is beyond the reach")
    }

    @Test func theStretchEndsAtTheNextChangeToTheSecond() {
        let zone = ZoneOffsets(Self.berlin, around: Self.march)
        #expect(zone.until == Self.summerBegins)
        #expect(zone.from == Self.march.addingTimeInterval(-ZoneOffsets.reach))
    }

    @Test func aFixedZoneOnlyForWindowsInsideTheStretch() throws {
        let zone = ZoneOffsets(Self.berlin, around: Self.november)
        let fixed = try #require(zone.fixedZone(covering: Self.november.addingTimeInterval(-86_400)...Self.november))
        #expect(fixed.secondsFromGMT(for: Self.november) == 3600)
        #expect(zone.fixedZone(covering: Self.winterBegan.addingTimeInterval(-1)...Self.november) == nil)
        #expect(zone.fixedZone(covering: Self.november...zone.until) == nil)
        let near = ZoneOffsets(Self.berlin, around: Self.march)
        #expect(near.fixedZone(covering: Self.march...Self.march.addingTimeInterval(86_400)) == nil, "a window across summer time")
    }

    @Test func aFixedZoneAnswersAsTheNamedOneInsideTheStretch() throws {
        let zone = ZoneOffsets(Self.berlin, around: Self.november)
        let fixed = try #require(zone.fixedZone(covering: Self.november...Self.november))
        for hours in stride(from: -240.0, through: 240, by: 7) {
            let moment = Self.november.addingTimeInterval(hours * 3600)
            let namedClock = Self.berlin.wallClock(at: moment), fixedClock = fixed.wallClock(at: moment)
            #expect(namedClock == fixedClock)
            #expect(Self.berlin.date(year: namedClock.year, month: namedClock.month, day: namedClock.day)
                == fixed.date(year: fixedClock.year, month: fixedClock.month, day: fixedClock.day))
        }
    }

    @Test func aZoneWithoutChangesHoldsForTheWholeReach() {
        let zone = ZoneOffsets(Zone(identifier: "UTC")!, around: Self.november)
        #expect(zone.secondsFromGMT == 0)
        #expect(zone.from == Self.november.addingTimeInterval(-ZoneOffsets.reach))
        #expect(zone.until == Self.november.addingTimeInterval(ZoneOffsets.reach))
    }

    @Test func anAbsurdOffsetGivesNoZone() {
        var zone = ZoneOffsets(Zone(identifier: "UTC")!, around: Self.november)
        zone.secondsFromGMT = 30 * 3600
        #expect(zone.fixedZone(covering: Self.november...Self.november) == nil)
        #expect(!zone.isSane)
        // What a tampered card could hold: refused, never a trap.
        zone.secondsFromGMT = Int.min
        #expect(zone.fixedZone(covering: Self.november...Self.november) == nil)
        #expect(!zone.isSane)
    }
}
