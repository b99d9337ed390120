import TrackerCore

/// Measuring, truncating, aligning and wrapping text by display columns.
///
/// Every widget goes through these helpers, so wide characters (CJK, emoji) are never split
/// and an overflowing text always ends in one `…`. Widths are ``DisplayWidth`` columns, not
/// character counts.
public enum TextLayout {
    /// The mark that ends a truncated text.
    public static let ellipsis: Character = "…"

    /// `text` if it fits in `width` columns, else its longest prefix that fits in `width - 1`
    /// columns followed by `…`. The result never exceeds `width` columns (it may be one column
    /// short when a wide character had to go); a width of 0 or less gives "".
    public static func truncate(_ text: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return String(text) }
        return String(DisplayWidth.prefix(of: text, fitting: width - 1)) + String(ellipsis)
    }

    /// `text` truncated to `width` and padded with spaces to exactly `width` columns (one
    /// column less only if a wide character cannot fit), aligned left or right.
    public static func pad(_ text: some StringProtocol, to width: Int, alignment: Alignment = .left) -> String {
        let fitted = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
        switch alignment {
        case .left: return fitted + gap
        case .right: return gap + fitted
        }
    }

    /// Word-wraps `text` into lines of at most `width` columns.
    ///
    /// Lines break at spaces; runs of spaces collapse to one; a `\n` starts a new line (an
    /// empty line stays empty); a word wider than `width` is broken between characters, never
    /// inside a wide one. A width of 0 or less gives no lines; an empty text gives one empty
    /// line.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                var rest = Substring(word)
                while DisplayWidth.of(rest) > width, rest.count > 1 {
                    var piece = DisplayWidth.prefix(of: rest, fitting: width)
                    // A wide character in a one-column line: take it anyway (it gets clipped).
                    if piece.isEmpty { piece = rest.prefix(1) }
                    lines.append(String(piece))
                    rest = rest[piece.endIndex...]
                }
                line = String(rest)
                lineWidth = DisplayWidth.of(rest)
            }
            lines.append(line)
        }
        return lines
    }
}
