import Foundation
import TogglModels
import FuzzSupport
import Testing
import TrackerCore

/// Typed times and durations are untrusted: on any string `TimeInput` answers (a value or nil),
/// never traps, and a duration it reads is within ``TimeInput/maximumDurationSeconds``.
struct FuzzTimeInputTests {
    static let day = LocalDay(year: 2026, month: 11, day: 23)
    static let zones = [Zone(identifier: "UTC")!, Zone(identifier: "Europe/Berlin")!, Zone(identifier: "Pacific/Kiritimati")!]

    @Test(arguments: [UInt64(1), 15, 0xC0FFEE])
    func randomStringsNeverTrap(seed: UInt64) {
        var random = FuzzRandom(seed: seed)
        for _ in 0..<3_000 {
            let input = TypedTimeStrings.make(&random)
            let context = "seed \(seed), input \(String(reflecting: input))"
            switch TimeInput.readDuration(input) {
            case .seconds(let seconds):
                #expect((0...TimeInput.maximumDurationSeconds).contains(seconds), "\(context)")
                #expect(TimeInput.parseDuration(input) == seconds, "\(context)")
            case .tooLong, .unreadable:
                #expect(TimeInput.parseDuration(input) == nil, "\(context)")
            }
            if let clock = TimeInput.parseClock(input) {
                #expect((0...23).contains(clock.hour) && (0...59).contains(clock.minute), "\(context)")
            }
            _ = TimeInput.parseDay(input)
            _ = TimeInput.parseTime(input, on: Self.day, in: random.pick(Self.zones))
        }
    }

    @Test(arguments: ["99999999999999999999h", "9999999999999h", "9223372036854775807", "9223372036854775807:00",
                      "153722867280912930:00", "9999999999999999999999:59:59", "1000h", "999h1s", "60000m", "3596401s",
                      "99999999999999999999999999999999999999999999999999999999999999999999.5h"])
    func hugeDurationsAreTooLong(input: String) {
        #expect(TimeInput.readDuration(input) == .tooLong)
        #expect(TimeInput.parseDuration(input) == nil)
    }

    @Test func theLongestDurationIsRead() {
        #expect(TimeInput.readDuration("999h") == .seconds(999 * 3600))
        #expect(TimeInput.readDuration("999:00") == .seconds(999 * 3600))
        #expect(TimeInput.readDuration("59940") == .seconds(999 * 3600))
    }

    @Test(arguments: ["99999999999999999999:30", "99999999999999999999", "9999999999999999999999999 PM", "2026-99999999999999999999-01"])
    func hugeClockAndDayNumbersAreNil(input: String) {
        #expect(TimeInput.parseClock(input) == nil)
        #expect(TimeInput.parseDay(input) == nil)
        #expect(TimeInput.parseTime(input, on: Self.day, in: Self.zones[0]) == nil)
    }
}
