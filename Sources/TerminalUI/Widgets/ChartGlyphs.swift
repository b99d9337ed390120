/// The characters the pictures are drawn with (the timeline, the week chart, goal bars):
/// block elements, or plain ASCII where the terminal cannot show them (a locale that is not
/// UTF-8) or the config says `graphics = ascii`.
public struct ChartGlyphs: Sendable, Hashable {
    /// A filled cell.
    public var full: Character
    /// An empty part of a bar.
    public var empty: Character
    /// One fill per project where there is no colour.
    public var patterns: [Character]
    /// A cell filled from the bottom by 1…8 eighths.
    public var verticalEighths: [Character]
    /// A cell filled from the left by 1…8 eighths.
    public var horizontalEighths: [Character]
    /// A gap on the timeline.
    public var gap: Character
    /// An overlap on the timeline.
    public var overlap: Character
    /// The daily goal's line across the week chart.
    public var goalLine: Character
    /// The timeline's hour rule and its ticks.
    public var rule: Character
    public var tick: Character
    /// An entry that starts where one of the same project ends.
    public var abutting: Character

    /// Block elements (the default).
    public static let unicode = ChartGlyphs(
        full: "█", empty: "░", patterns: ["█", "▓", "▒", "░", "▚", "▞"],
        verticalEighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], horizontalEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        gap: "┄", overlap: "×", goalLine: "┈", rule: "─", tick: "┬", abutting: "▐")

    /// Plain ASCII: halves instead of eighths.
    public static let ascii = ChartGlyphs(
        full: "#", empty: ".", patterns: ["#", "=", "+", "%", "o", "x"],
        verticalEighths: ["_", "_", "_", "=", "=", "=", "=", "#"], horizontalEighths: [":", ":", ":", "|", "|", "|", "|", "#"],
        gap: ".", overlap: "X", goalLine: "-", rule: "-", tick: "+", abutting: "|")

    /// The glyphs for `ascii`.
    public static func choose(ascii: Bool) -> ChartGlyphs { ascii ? .ascii : .unicode }
}
