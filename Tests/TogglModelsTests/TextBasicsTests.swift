import Foundation
import Testing
@testable import TogglModels

/// `TextBasics` gives what Foundation's string extensions gave where it replaced them.
struct TextBasicsTests {
    @Test(arguments: [0, 5, 9, 10, 59, 123, 2026, 12345, -1, -42, -12345, Int.max, Int.min + 1])
    func zeroPaddingIsPrintfs(value: Int) {
        for width in [2, 4] {
            #expect(TextBasics.zeroPadded(value, width: width) == String(format: "%0*ld", width, value), "\(value), \(width)")
        }
    }

    @Test(arguments: ["", " ", "\t", "a", " a ", "\t a b \t", "\u{00A0}name\u{2003}", "\n a \n", " \n ", "\u{3000}全角\u{3000}",
                      "e\u{301} ", " 🧨", "\u{200B}x\u{200B}", "a\u{2028}", " \u{1680}x\u{202F}"])
    func trimmingIsFoundationsWhitespaces(text: String) {
        #expect(TextBasics.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        #expect(TextBasics.trimmingSpaces(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func everyScalarFoundationTrimsIsTrimmed() {
        // The whole Basic Multilingual Plane, where every space separator is.
        let differing = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter {
            TextBasics.isSpace($0) != CharacterSet.whitespaces.contains($0)
        }
        #expect(differing.isEmpty, "\(differing.map { "U+" + String($0.value, radix: 16) })")
    }
}
