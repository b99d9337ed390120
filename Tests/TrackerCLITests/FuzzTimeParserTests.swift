import Foundation
import Testing
import TogglSandbox
@testable import TrackerCLI

/// The command line's times and durations are typed by the user: on any string `TimeParser`
/// answers or throws a usage error (exit 2), never traps; a huge duration says so.
struct FuzzTimeParserTests {
    let parser = TimeParser(now: ParserTests.now, timeZone: ParserTests.berlin)

    static let pieces: [String] = [
        "0", "1", "7", "15", "30", "59", "60", "99", "999", "1000", "9999999999999", "99999999999999999999",
        "9223372036854775807", "18446744073709551616", "1.5", ".", "h", "m", "s", "d", ":", "-", "+", " ", "ago", " ago",
        "am", "pm", "today", "yesterday", "tomorrow", "now", "2026-11-23", "9999-12-31", "-999-01-01",
        "2026-11-23T09:30:00Z", "99999-01-01T00:00:00Z", "+99:99", "٣", "½", "𝟗", "\u{1B}", "\u{202E}", "é",
    ]

    static func input(_ random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            text += pieces[Int.random(in: 0..<pieces.count, using: &random)]
        }
        return text
    }

    @Test(arguments: [UInt64(2), 77, 0xBADC0DE])
    func randomStringsAreReadOrRefusedAsUsageErrors(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<2_000 {
            let input = Self.input(&random)
            let context = "seed \(seed), input \(String(reflecting: input))"
            do {
                let seconds = try parser.requireDuration(input, for: "--duration")
                #expect(seconds > 0 && seconds <= 999 * 3600, "\(context)")
            } catch let error as CLIError {
                #expect(error.code == .usage, "\(context): \(error)")
            } catch {
                Issue.record("\(context): \(error)")
            }
            do {
                _ = try parser.requireTime(input, for: "--at")
            } catch let error as CLIError {
                #expect(error.code == .usage, "\(context): \(error)")
            } catch {
                Issue.record("\(context): \(error)")
            }
            _ = parser.day(input)
        }
    }

    @Test(arguments: ["99999999999999999999h", "9999999999999h", "1000h"])
    func hugeDurationsAreAClearUsageError(input: String) {
        #expect(throws: CLIError.usage("Cannot use --duration '\(input)': a duration can be at most 999 hours.")) {
            try parser.requireDuration(input, for: "--duration")
        }
    }

    @Test(arguments: ["-99999999999999999999h", "9999999999999h ago", "+9223372036854775807m"])
    func hugeOffsetsAreUnreadableTimes(input: String) {
        #expect(parser.time(input) == nil)
    }
}
