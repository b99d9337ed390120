import TrackerCore

/// One line of styled characters: spans flattened to graphemes so match highlighting,
/// selection, truncation and alignment can work per character. Widgets use it to draw rows.
struct StyledLine: Sendable, Hashable {
    /// One grapheme and its style.
    struct Glyph: Sendable, Hashable {
        var character: Character
        var style: CellStyle
        /// ``DisplayWidth`` of the character, measured once.
        var width: Int

        init(character: Character, style: CellStyle) {
            self.init(character: character, style: style, width: DisplayWidth.of(character))
        }

        init(character: Character, style: CellStyle, width: Int) {
            self.character = character
            self.style = style
            self.width = width
        }
    }

    var glyphs: [Glyph]

    init(_ glyphs: [Glyph] = []) {
        self.glyphs = glyphs
    }

    /// Flattens spans; characters whose index (counted in graphemes across all spans) is in
    /// `matches` take `.match`. Control characters are dropped from the line but still count
    /// as indices, so match positions computed on the plain text stay right.
    init(_ spans: [Span], matches: Set<Int> = []) {
        var glyphs: [Glyph] = []
        // At most a glyph per byte: one allocation instead of the doublings of a growing array.
        glyphs.reserveCapacity(spans.reduce(0) { $0 + $1.text.utf8.count })
        var index = 0
        for span in spans {
            for character in span.text {
                defer { index += 1 }
                let width = DisplayWidth.of(character)
                guard width > 0 else { continue }
                var style = span.style
                if !matches.isEmpty, matches.contains(index) { style = CellStyle(.match, bold: style.bold, underline: style.underline) }
                glyphs.append(Glyph(character: character, style: style, width: width))
            }
        }
        self.glyphs = glyphs
    }

    /// A line of text in one style.
    init(_ text: some StringProtocol, style: CellStyle) {
        self.init([Span(String(text), style: style)])
    }

    /// Columns the line takes.
    var width: Int { glyphs.reduce(0) { $0 + $1.width } }

    /// The line cut to `width` columns with a trailing `…` (in the style of the last glyph
    /// kept) when it does not fit; see ``TextLayout/truncate(_:to:)``.
    func truncated(to width: Int) -> StyledLine {
        guard width > 0 else { return StyledLine() }
        guard self.width > width else { return self }
        var kept: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            if used + glyph.width > width - 1 { break }
            kept.append(glyph)
            used += glyph.width
        }
        let style = kept.last?.style ?? glyphs.first?.style ?? .normal
        kept.append(Glyph(character: TextLayout.ellipsis, style: style))
        return StyledLine(kept)
    }

    /// The line with every glyph's style passed through `transform`.
    func restyled(_ transform: (CellStyle) -> CellStyle) -> StyledLine {
        StyledLine(glyphs.map { Glyph(character: $0.character, style: transform($0.style), width: $0.width) })
    }

    /// Appends another line.
    static func + (lhs: StyledLine, rhs: StyledLine) -> StyledLine {
        StyledLine(lhs.glyphs + rhs.glyphs)
    }

    /// Draws the line truncated to `width` columns at row `y`, aligned in `x..<x+width`.
    /// Columns it does not cover are left as they are. Returns the columns written.
    @discardableResult
    func draw(x: Int, y: Int, width: Int, alignment: Alignment = .left, on buffer: inout ScreenBuffer) -> Int {
        // As `truncated(to:)` would give it, measured once; a line that fits is drawn as it is.
        let fullWidth = self.width
        let line: StyledLine
        let lineWidth: Int
        if width <= 0 {
            (line, lineWidth) = (StyledLine(), 0)
        } else if fullWidth <= width {
            (line, lineWidth) = (self, fullWidth)
        } else {
            line = truncated(to: width)
            lineWidth = line.width
        }
        var column = alignment == .right ? x + width - lineWidth : x
        // Read in place: iterating the array would copy (retain and release) every glyph.
        line.glyphs.withUnsafeBufferPointer { glyphs in
            for index in glyphs.indices {
                column += buffer.write(glyphs[index].character, width: glyphs[index].width, x: column, y: y,
                                       style: glyphs[index].style, maxWidth: x + width - column)
            }
        }
        return lineWidth
    }
}
