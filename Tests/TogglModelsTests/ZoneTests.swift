import Foundation
import FuzzSupport
import Testing
@testable import TogglModels

/// `Zone` against Foundation's ICU-backed `TimeZone` and `Calendar`, which it replaces: the same
/// offsets, wall clocks and clock-time instants, from the system's zone files.
@Suite struct ZoneTests {
    static let database = ZoneDatabase(folder: "/usr/share/zoneinfo")
    static var hasDatabase: Bool { database.zone(named: "Europe/Berlin") != nil }

    /// Zones with daylight saving in either hemisphere, half and quarter hours, negative DST,
    /// changes at midnight and a skipped day.
    static let awkward = [
        "Europe/Berlin", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo", "Australia/Sydney",
        "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tehran", "Pacific/Chatham", "Europe/Dublin",
        "Africa/Casablanca", "America/Santiago", "America/Havana", "Pacific/Apia", "America/St_Johns", "Asia/Tokyo",
        "Pacific/Kiritimati", "America/Godthab", "Europe/London", "Asia/Gaza",
    ]

    /// 2026-11-23 10:00 UTC: any fixed instant (no wall clock in tests).
    static let moment = Date(timeIntervalSince1970: 1_795_428_000)

    static func foundation(_ name: String) -> TimeZone? { TimeZone(identifier: name) }

    static func gregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    @Test(.enabled(if: ZoneTests.hasDatabase)) func offsetsAreFoundationsAtEveryHourAroundEachChange() throws {
        // 2000–2037: the recorded transitions and, past them, the files' POSIX rules.
        let from = Date(timeIntervalSince1970: 946_684_800), to = Date(timeIntervalSince1970: 2_145_916_800)
        for name in Self.awkward {
            guard let reference = Self.foundation(name), let zone = Self.database.zone(named: name) else { continue }
            var moment = from
            while let change = reference.nextDaylightSavingTimeTransition(after: moment), change < to {
                for step in -3...3 {
                    let instant = change.addingTimeInterval(TimeInterval(step) * 1800 - (step < 0 ? 1 : 0))
                    #expect(zone.secondsFromGMT(for: instant) == reference.secondsFromGMT(for: instant), "\(name) at \(instant)")
                }
                moment = change
            }
        }
    }

    @Test(.enabled(if: ZoneTests.hasDatabase)) func everyZoneInTheDatabaseAgreesWithFoundationAlmostEverywhere() throws {
        // ICU carries its own copy of the tz data, which can be older than the system's: a few
        // zones may differ where the rules changed since. Nearly all must agree at every instant.
        let names = try Self.zoneNames()
        #expect(names.count > 300)
        var random = FuzzRandom(seed: 2026_12_05)
        var differing: [String] = []
        for name in names {
            guard let reference = Self.foundation(name), let zone = Self.database.zone(named: name) else { continue }
            for _ in 0..<40 {
                let instant = Date(timeIntervalSince1970: TimeInterval(random.int(946_684_800...2_082_758_400)))
                if zone.secondsFromGMT(for: instant) != reference.secondsFromGMT(for: instant) {
                    differing.append("\(name) at \(instant)")
                    break
                }
            }
        }
        #expect(differing.count * 50 <= names.count, "\(differing)")
    }

    @Test(.enabled(if: ZoneTests.hasDatabase)) func wallClocksAndClockTimesAreTheGregorianCalendars() throws {
        var random = FuzzRandom(seed: 1205)
        for name in Self.awkward {
            guard let reference = Self.foundation(name), let zone = Self.database.zone(named: name) else { continue }
            let calendar = Self.gregorian(reference)
            // Each hour and quarter around the changes of 2024–2030, and random instants.
            var instants: [Date] = []
            var moment = Date(timeIntervalSince1970: 1_704_067_200)
            while let change = reference.nextDaylightSavingTimeTransition(after: moment), change.timeIntervalSince1970 < 1_924_992_000 {
                instants += (-12...12).map { change.addingTimeInterval(TimeInterval($0) * 900) }
                moment = change
            }
            instants += (0..<200).map { _ in Date(timeIntervalSince1970: TimeInterval(random.int(0...2_000_000_000))) }
            for instant in instants {
                let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: instant)
                let clock = zone.wallClock(at: instant)
                #expect([clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second, clock.weekday + 1]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.weekday].map { $0 ?? -1 },
                    "\(name) at \(instant)")
                // The same clock time back to an instant, including times skipped or shown twice.
                let asked = DateComponents(year: clock.year, month: clock.month, day: clock.day, hour: clock.hour, minute: clock.minute)
                #expect(zone.date(year: clock.year, month: clock.month, day: clock.day, hour: clock.hour, minute: clock.minute)
                    == calendar.date(from: asked), "\(name): \(clock)")
                let hourStart = try #require(calendar.dateInterval(of: .hour, for: instant)).start
                #expect(zone.startOfHour(containing: instant) == hourStart, "\(name) at \(instant)")
            }
            // Clock times on the hour and half hour through the changes' days, whether shown or not.
            moment = Date(timeIntervalSince1970: 1_704_067_200)
            while let change = reference.nextDaylightSavingTimeTransition(after: moment), change.timeIntervalSince1970 < 1_924_992_000 {
                let day = calendar.dateComponents([.year, .month, .day], from: change)
                for halfHour in 0..<48 {
                    let asked = DateComponents(year: day.year, month: day.month, day: day.day, hour: halfHour / 2, minute: halfHour % 2 * 30)
                    let ours = zone.date(year: day.year ?? 0, month: day.month ?? 0, day: day.day ?? 0, hour: halfHour / 2,
                                         minute: halfHour % 2 * 30)
                    #expect(ours == calendar.date(from: asked), "\(name): \(asked)")
                }
                moment = change
            }
        }
    }

    @Test func fixedZonesAndUTCNeedNoDatabase() throws {
        let empty = ZoneDatabase(folder: "/nonexistent-zoneinfo")
        #expect(empty.zone(named: "Europe/Berlin") == nil)
        #expect(empty.zone(named: "UTC")?.secondsFromGMT(for: Self.moment) == 0)
        let india = try #require(Zone(secondsFromGMT: 19_800))
        #expect(india.identifier == TimeZone(secondsFromGMT: 19_800)?.identifier)
        #expect(Zone(secondsFromGMT: -34_200)?.identifier == TimeZone(secondsFromGMT: -34_200)?.identifier)
        #expect(Zone(secondsFromGMT: 0)?.identifier == TimeZone(secondsFromGMT: 0)?.identifier)
        #expect(Zone(secondsFromGMT: 19 * 3600) == nil)
        #expect(Zone(secondsFromGMT: Int.min) == nil && Zone(secondsFromGMT: Int.max) == nil)
        // Absurd clock times are clamped, never an overflow trap.
        _ = Zone.utc.date(year: Int.max, month: Int.max, day: Int.min, hour: Int.max, minute: Int.min, second: Int.max)
        _ = WallClock(year: Int.min, month: 1, day: 1)
        #expect(Zone.utc.date(year: 2026, month: 11, day: 23, hour: 34) == Zone.utc.date(year: 2026, month: 11, day: 24, hour: 10))
        #expect(india.wallClock(at: Date(timeIntervalSince1970: 0)) == WallClock(year: 1970, month: 1, day: 1, hour: 5, minute: 30))
        #expect(Zone.utc.wallClock(at: Date(timeIntervalSince1970: .nan)).year == 1970)
        #expect(Zone.utc.wallClock(at: .distantFuture).year == 4001)
    }

    @Test func namesThatAreNotZonesNeverBecomePaths() {
        for name in ["../../etc/passwd", "/etc/localtime", "Europe/../../../etc/shadow", "", "Europe//Berlin", "Europe/Berlin/",
                     "-rf", "Europe/Ber lin", "Europe/Berlin\0", String(repeating: "A", count: 300), "zone\u{1B}[31m"] {
            #expect(!ZoneDatabase.isPlausibleName(name), "\(name)")
            #expect(Self.database.zone(named: name) == nil)
        }
        #expect(!ZoneDatabase.isPlausibleName("right/Europe/Berlin"), "leap-second files are not read as zones")
        for name in ["Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "GMT-0", "UTC"] {
            #expect(ZoneDatabase.isPlausibleName(name))
        }
    }

    // MARK: POSIX rules

    @Test func posixRulesGiveTheirYearlyChanges() throws {
        let berlin = try #require(POSIXZoneRule("CET-1CEST,M3.5.0,M10.5.0/3"))
        // 2030: summer time from Sunday 31 March 01:00 UTC to Sunday 27 October 01:00 UTC.
        #expect(berlin.offset(at: 1_901_149_200 - 1) == 3600)
        #expect(berlin.offset(at: 1_901_149_200) == 7200)
        #expect(berlin.offset(at: 1_919_293_200 - 1) == 7200)
        #expect(berlin.offset(at: 1_919_293_200) == 3600)
        // Southern hemisphere: daylight saving across the new year.
        let sydney = try #require(POSIXZoneRule("AEST-10AEDT,M10.1.0,M4.1.0/3"))
        #expect(sydney.offset(at: 1_893_456_000) == 39_600)  // 2030-01-01
        #expect(sydney.offset(at: 1_909_000_000) == 36_000)  // 2030-06-30
        // Negative daylight saving (Ireland: GMT in winter is the "daylight" time).
        let dublin = try #require(POSIXZoneRule("IST-1GMT0,M10.5.0,M3.5.0/1"))
        #expect(dublin.offset(at: 1_893_456_000) == 0)
        #expect(dublin.offset(at: 1_909_000_000) == 3600)
        // Quoted names, minutes, no daylight saving; defaults; nonsense.
        #expect(POSIXZoneRule("<+0330>-3:30")?.offset(at: 0) == 12_600)
        #expect(POSIXZoneRule("<-03>3")?.offset(at: 0) == -10_800)
        #expect(POSIXZoneRule("EST5EDT")?.daylight?.offset == -14_400)
        // A change whose time carries it into the next year takes effect then, not at that
        // year's start: summer time from 2 January (J365 at 48:00) to 1 March.
        let late = try #require(POSIXZoneRule("AAA3BBB,J365/48,J60"))
        #expect(late.offset(at: 1_925_002_800 + 12 * 3600) == -10_800)  // 2031-01-01 12:00 local: still standard
        #expect(late.offset(at: 1_925_089_200 + 3600) == -7200)  // 2031-01-02 01:00 local: summer time
        // Summer time all year round.
        #expect(POSIXZoneRule("EST5EDT4,0/0,J365/25")?.offset(at: 1_909_000_000) == -14_400)
        #expect(POSIXZoneRule("EST5EDT4,0/0,J365/25")?.offset(at: 1_893_474_000) == -14_400)
        #expect(POSIXZoneRule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0")?.daylight?.start.time == -3600)
        for nonsense in ["", "C", "CET", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0", "CET-99", "CET-1CEST,M3.5.0/200,M10.5.0",
                         "<+03", "CET-1 CEST", "CET-1CEST,J0,J365", "CET-1CEST,M3.6.0,M10.5.0", "CET-1CEST,M3.5.7,M10.5.0"] {
            #expect(POSIXZoneRule(nonsense) == nil, "\(nonsense)")
        }
    }

    // MARK: Damaged files

    @Test(.enabled(if: ZoneTests.hasDatabase)) func damagedZoneFilesAreNoZoneAndNeverACrash() throws {
        let original = try #require(ZoneDatabase.readFile("/usr/share/zoneinfo/Europe/Berlin"))
        #expect(ZoneRules(tzif: original) != nil)
        for length in [0, 4, 43, 44, 60, original.count / 2, original.count - 1] where length < original.count {
            let cut = Array(original.prefix(length))
            // A cut inside the version 2 data is no zone; a cut in the footer may still read.
            if length < original.count / 2 { #expect(ZoneRules(tzif: cut) == nil, "cut at \(length)") }
        }
        var random = FuzzRandom(seed: 77)
        for round in 0..<3000 {
            var log: [String] = []
            let damaged = FuzzMutation.damageBytes(original, &random, log: &log)
            if let rules = ZoneRules(tzif: damaged) {
                // Whatever it read, its offsets stay within what a zone can have.
                for instant: Int64 in [-2_000_000_000, 0, 1_700_000_000, 4_000_000_000, .max / 2, .min / 2] {
                    #expect(abs(rules.offset(at: instant)) <= 26 * 3600, "round \(round): \(log)")
                }
            }
        }
    }

    @Test func aFIFOOrAFolderWhereAZoneFileShouldBeIsNoZoneAndNeverBlocks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zones-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Europe/Folder"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("Europe/Pipe").path, 0o600) == 0)
        let database = ZoneDatabase(folder: folder.path)
        #expect(database.zone(named: "Europe/Pipe") == nil)
        #expect(database.zone(named: "Europe/Folder") == nil)
    }

    // MARK: The system's zone

    @Test(.enabled(if: ZoneTests.hasDatabase)) func theSystemZoneComesFromTZThenTheLocaltimeLink() throws {
        let folder = "/usr/share/zoneinfo"
        #expect(ZoneDatabase(folder: folder, zoneVariable: "Asia/Tokyo").systemZone().identifier == "Asia/Tokyo")
        #expect(ZoneDatabase(folder: folder, zoneVariable: ":Asia/Tokyo").systemZone().identifier == "Asia/Tokyo")
        #expect(ZoneDatabase(folder: folder, zoneVariable: "").systemZone() == .utc)
        #expect(ZoneDatabase(folder: folder, zoneVariable: "\(folder)/America/New_York").systemZone().identifier == "America/New_York")
        let rule = ZoneDatabase(folder: folder, zoneVariable: "<+0545>-5:45").systemZone()
        #expect(rule.secondsFromGMT(for: Self.moment) == 20_700)
        #expect(ZoneDatabase(folder: folder, zoneVariable: "not a zone at all!").systemZone() == .utc)
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("localtime-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: temporary.path, withDestinationPath: "\(folder)/Australia/Lord_Howe")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let linked = ZoneDatabase(folder: folder, zoneVariable: nil, localTimePath: temporary.path).systemZone()
        #expect(linked.identifier == "Australia/Lord_Howe")
        #expect(ZoneDatabase(folder: folder, zoneVariable: nil, localTimePath: "/nonexistent").systemZone() == .utc)
    }

    static func zoneNames() throws -> [String] {
        let root = "/usr/share/zoneinfo"
        let all = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }
        return all.filter { name in
            guard let first = name.first, first.isUppercase, !name.hasPrefix("posix"), !name.hasPrefix("right"),
                  !name.contains("."), let bytes = ZoneDatabase.readFile(root + "/" + name) else { return false }
            return bytes.starts(with: Array("TZif".utf8))
        }.sorted()
    }
}
