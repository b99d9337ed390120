import FuzzSupport

/// Random strings shaped like typed times and durations: digit-heavy, with unit letters, signs,
/// colons, dots, huge numbers, unicode digits and day words.
enum TypedTimeStrings {
    static let pieces: [String] = [
        "0", "1", "5", "9", "12", "30", "59", "60", "99", "999", "1000", "23", "24",
        "9999999999999", "99999999999999999999", "18446744073709551616", "9223372036854775807",
        "9223372036854775808", "1e308", "1.5", ".5", "5.", "..", "0.0000001",
        "h", "m", "s", "H", "M", "d", "am", "pm", "a", "p", "AM", " PM",
        ":", "::", ".", "-", "+", " ", "  ", "T", "Z", "+01:00", "-", "ago", " ago",
        "today", "yesterday", "tomorrow", "now", "2026-11-23", "0000-01-01", "9999-12-31", "-999-01-01",
        "2026-02-29", "2026-11-23T09:30:00Z", "99999-01-01T00:00:00Z", "2026-13-45T99:99:99+99:99",
        "٣", "४", "½", "①", "𝟗", "Ⅻ", "\u{0}", "\u{1B}[2J", "\u{202E}", "e", "é", "inf", "nan", "0x1F",
    ]

    static func make(_ random: inout FuzzRandom) -> String {
        let count = Int.random(in: 1...6, using: &random)
        var text = ""
        for _ in 0..<count {
            if Int.random(in: 0..<4, using: &random) == 0 {
                text += String(Int.random(in: 0...Int.max, using: &random) >> Int.random(in: 0...62, using: &random))
            } else {
                text += random.pick(pieces)
            }
        }
        return text
    }
}
