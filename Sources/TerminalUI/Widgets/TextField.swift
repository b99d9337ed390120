import TrackerCore

/// A one-line text prompt: `Description: Standup with the te█`.
///
/// It only renders; the editing (insert, delete, word and line kills, cursor moves) is
/// TrackerCore's `LineEditor`, which hands over the text and the cursor as a grapheme index.
/// The label is ``StyleRole/title`` and takes at most half the width; the field behind it is
/// ``StyleRole/input``, and the cursor cell is ``StyleRole/input`` + reverse (a blank cell when
/// the cursor is at the end). A text longer than the field scrolls horizontally so the cursor
/// stays visible (see ``firstVisibleCharacter(fieldWidth:)``). An empty text shows the
/// placeholder in ``StyleRole/muted``.
public struct TextField: Sendable, Hashable {
    /// Text in front of the field, e.g. "Description: ".
    public var label: String
    public var text: String
    /// The cursor, as a grapheme index `0...text.count` (clamped when drawn).
    public var cursor: Int
    /// Shown muted while the text is empty.
    public var placeholder: String
    /// Whether the cursor is shown.
    public var isFocused: Bool

    public init(label: String = "", text: String, cursor: Int, placeholder: String = "", isFocused: Bool = true) {
        self.label = label
        self.text = text
        self.cursor = cursor
        self.placeholder = placeholder
        self.isFocused = isFocused
    }

    /// The index of the first grapheme shown in a field `fieldWidth` columns wide.
    ///
    /// Stateless scrolling: 0 while the text up to and including the cursor cell fits;
    /// otherwise the smallest start that keeps the cursor cell in the last columns. So the
    /// view follows the cursor when it passes the right edge and jumps back when it returns
    /// near the start.
    public func firstVisibleCharacter(fieldWidth: Int) -> Int {
        let characters = Array(text)
        let cursor = clampedCursor
        let cursorWidth = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        var used = cursorWidth
        var start = cursor
        while start > 0 {
            let width = DisplayWidth.of(characters[start - 1])
            if used + width > fieldWidth { break }
            used += width
            start -= 1
        }
        return start
    }

    /// Draws the label and the field on the first row of `rect`.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let labelWidth = min(DisplayWidth.of(label), rect.width / 2)
        StyledLine(label, style: CellStyle(.title)).draw(x: rect.x, y: rect.y, width: labelWidth, on: &buffer)
        let field = Rect(x: rect.x + labelWidth, y: rect.y, width: rect.width - labelWidth, height: 1)
        guard !field.isEmpty else { return }
        let input = CellStyle(.input)
        let cursorStyle = CellStyle(.input, reverse: true)
        buffer.fill(field, with: .blank(input))

        guard !text.isEmpty else {
            var line = StyledLine(placeholder, style: CellStyle(.muted))
            if isFocused {
                if line.glyphs.isEmpty {
                    line.glyphs.append(.init(character: " ", style: cursorStyle))
                } else {
                    line.glyphs[0].style = cursorStyle
                }
            }
            line.draw(x: field.x, y: field.y, width: field.width, on: &buffer)
            return
        }

        let characters = Array(text)
        let cursor = clampedCursor
        var column = field.x
        for index in firstVisibleCharacter(fieldWidth: field.width)...characters.count {
            let remaining = field.maxX - column
            guard remaining > 0 else { break }
            let isCursor = isFocused && index == cursor
            if index == characters.count {
                if isCursor { buffer.write(" ", x: column, y: field.y, style: cursorStyle) }
                break
            }
            column += buffer.write(String(characters[index]), x: column, y: field.y, style: isCursor ? cursorStyle : input, maxWidth: remaining)
        }
    }

    private var clampedCursor: Int { min(max(cursor, 0), text.count) }
}
