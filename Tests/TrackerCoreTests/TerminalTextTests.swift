import Foundation
import Testing
@testable import TrackerCore

/// The terminal boundary: what a terminal would obey is shown visibly, the rest passes as is.
struct TerminalTextTests {
    @Test func plainTextPassesUnchanged() {
        #expect(TerminalText.safe("Fix login bug · Mobile App v2 🧨 全角 é") == "Fix login bug · Mobile App v2 🧨 全角 é")
        #expect(TerminalText.safe("two\nlines\tand a tab", keepingLineBreaks: true) == "two\nlines\tand a tab")
    }

    @Test func c0ControlsAndDelShowInCaretNotation() {
        #expect(TerminalText.safe("evil\u{1B}]0;PWNED\u{07}\u{1B}[2Jdesc") == "evil^[]0;PWNED^G^[[2Jdesc")
        #expect(TerminalText.safe("a\u{00}b\u{7F}c\r\n\t") == "a^@b^?c^M^J^I")
        #expect(TerminalText.safe("a\r\nb", keepingLineBreaks: true) == "a^M\nb")
    }

    @Test func c1BidiAndSeparatorsBecomeTheReplacementCharacter() {
        #expect(TerminalText.safe("c1\u{9B}31m\u{85}") == "c1\u{FFFD}31m\u{FFFD}")
        #expect(TerminalText.safe("\u{202E}gnp\u{202C} \u{2066}x\u{2069}") == "\u{FFFD}gnp\u{FFFD} \u{FFFD}x\u{FFFD}")
        #expect(TerminalText.safe("a\u{2028}b\u{2029}") == "a\u{FFFD}b\u{FFFD}")
        // Zero-width and combining characters draw nothing harmful: kept.
        #expect(TerminalText.safe("zero\u{200B}e\u{301}") == "zero\u{200B}e\u{301}")
    }

    @Test func jsonEscapingKeepsTheValuesAndLeavesNothingRaw() throws {
        let value = ["name": "c1\u{85}\u{9B}x \u{202E}bidi\u{2066} del\u{7F} sep\u{2028} 🧨 é", "esc": "\u{1B}[2J"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let raw = try #require(String(data: try encoder.encode(value), encoding: .utf8))
        let escaped = TerminalText.jsonEscaped(raw)
        #expect(escaped.contains("\\u0085") && escaped.contains("\\u009b") && escaped.contains("\\u202e") && escaped.contains("\\u007f"))
        #expect(!escaped.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || $0.value == 0x2028 })
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
        #expect(decoded == value)
    }
}
