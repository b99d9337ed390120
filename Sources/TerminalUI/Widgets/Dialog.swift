import TrackerCore

/// A centred, bordered box drawn over everything else: a title, a wrapped message and a line of
/// choices (`y delete · n cancel`).
///
/// The box is sized to its content (at most ``maxWidth`` columns), centred and clamped to the
/// area, and everything under it is cleared to ``StyleRole/dialog``. The border and title are
/// ``StyleRole/focus`` (a dialog always has focus), the message ``StyleRole/dialog``, the
/// choices are keys and muted descriptions as in ``HelpBar``. At small sizes the separator row
/// goes first, then message lines are clipped; the choices row stays.
/// Draw dialogs last, after the panes.
public struct Dialog: Sendable, Hashable {
    public var title: String
    /// Paragraphs of the message, word-wrapped to the box.
    public var message: [String]
    /// The keys that answer the dialog, e.g. `[.init("y", "delete"), .init("n", "cancel")]`.
    public var choices: [HelpBar.Item]
    /// The widest the box grows, border included.
    public var maxWidth: Int
    /// Draws the border in plain ASCII.
    public var usesASCII: Bool

    public init(title: String, message: [String], choices: [HelpBar.Item] = [], maxWidth: Int = 60, usesASCII: Bool = false) {
        self.title = title
        self.message = message
        self.choices = choices
        self.maxWidth = maxWidth
        self.usesASCII = usesASCII
    }

    /// The box's rectangle when drawn in `area`.
    public func frame(in area: Rect) -> Rect {
        let choicesWidth = HelpBar(choices).line(for: choices).width
        let natural = max(DisplayWidth.of(title) + 2, choicesWidth, message.map { DisplayWidth.of($0) }.max() ?? 0)
        let width = min(max(natural, 16) + 4, max(maxWidth, 8))
        let lines = TextLayout.wrap(message.joined(separator: "\n"), width: min(width, area.width) - 4)
        let height = 2 + lines.count + (choices.isEmpty ? 0 : 2)
        return area.centered(width: width, height: height)
    }

    /// Draws the dialog centred in `area` and returns its box.
    @discardableResult
    public func draw(in area: Rect, on buffer: inout ScreenBuffer) -> Rect {
        let box = frame(in: area)
        guard !box.isEmpty else { return box }
        let inner = Panel(title: title, isFocused: true, usesASCII: usesASCII, background: .dialog).draw(in: box, on: &buffer)
        let text = inner.inset(horizontal: 1, vertical: 0)
        guard !text.isEmpty else { return box }

        let lines = TextLayout.wrap(message.joined(separator: "\n"), width: text.width)
        var messageRows = text.height
        if !choices.isEmpty {
            let line = HelpBar(choices).line(for: choices)
            let width = min(line.width, text.width)
            line.draw(x: text.x + (text.width - width) / 2, y: text.maxY - 1, width: width, on: &buffer)
            messageRows = text.height - 1 > lines.count ? text.height - 2 : text.height - 1
        }
        for (index, line) in lines.prefix(max(0, messageRows)).enumerated() {
            StyledLine(line, style: CellStyle(.dialog)).draw(x: text.x, y: text.y + index, width: text.width, on: &buffer)
        }
        return box
    }
}
