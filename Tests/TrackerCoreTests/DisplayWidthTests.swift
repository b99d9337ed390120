import Testing
@testable import TrackerCore

/// `DisplayWidth.of` for a `String` (its own code) against the same text as any other
/// `StringProtocol` (the generic code) and grapheme by grapheme.
struct DisplayWidthTests {
    static let texts = [
        "", "plain ASCII 123", "09:05–10:20", "café 東京", "launch 🚀", "øresund", "e\u{301}", "a\u{0}b\u{7F}c",
        "\r\n", "tab\there", "👩‍👩‍👧 family", "❤\u{FE0F}", "🇩🇪🇫🇷", "\u{202E}evil\u{202C}", "ｆｕｌｌ", "x\u{200B}y",
        "\u{0600}1", "한국어", "\u{85}next line", "mixed 日本 and ascii",
    ]

    @Test(arguments: texts)
    func aStringMeasuresAsItsSubstringAndItsGraphemes(text: String) {
        let byGrapheme = text.reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(DisplayWidth.of(text) == byGrapheme)
        #expect(DisplayWidth.of(text) == DisplayWidth.of(Substring(text)))
        #expect(DisplayWidth.of("[" + text + "]") == DisplayWidth.of(Substring("[" + text + "]")))
    }
}

extension DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("~", 1), ("\u{0}", 0), ("\t", 0), ("\n", 0), ("\r", 0), ("\r\n", 0), ("\u{7F}", 0),
        ("é", 1), ("e\u{301}", 1), ("東", 2), ("🚀", 2), ("❤\u{FE0F}", 2), ("❤", 1), ("\u{85}", 0), ("\u{202E}", 0),
        ("\u{2028}", 0), ("–", 1), ("ｆ", 2), ("👩‍👩‍👧", 2), ("🇩🇪", 1),
    ] as [(Character, Int)])
    func aGraphemeIsAsWideAsItsFirstScalar(character: Character, width: Int) {
        #expect(DisplayWidth.of(character) == width)
    }
}
