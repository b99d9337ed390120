import TrackerCore

/// The bottom line: a message on the left, state on the right, on a ``StyleRole/statusBar``
/// background: ` Entry started                 synced 2m ago  me 27/30 · org 231/240 `.
///
/// The message's role follows its level. Right segments (sync state, quota meters) are
/// right-aligned and separated by two spaces; spans in ``StyleRole/normal`` take
/// ``StyleRole/statusBar`` so the bar stays whole. When space is short the message is truncated
/// first (down to nothing), then the leftmost segments are dropped, then the last one is
/// truncated.
public struct StatusLine: Sendable, Hashable {
    /// How the message should be read.
    public enum Level: Sendable, Hashable {
        case info, success, warning, error

        /// The role the message is drawn in.
        public var role: StyleRole {
            switch self {
            case .info: .statusBar
            case .success: .success
            case .warning: .warning
            case .error: .error
            }
        }
    }

    /// What goes between two right segments.
    public static let separator = "  "

    public var message: String
    public var level: Level
    /// Right-aligned segments, left to right.
    public var segments: [[Span]]

    public init(message: String = "", level: Level = .info, segments: [[Span]] = []) {
        self.message = message
        self.level = level
        self.segments = segments
    }

    /// Draws the bar on the first row of `rect`.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let bar = CellStyle(.statusBar)
        let row = rect.row(0)
        buffer.fill(row, with: .blank(bar))
        let content = row.inset(horizontal: 1, vertical: 0)
        guard !content.isEmpty else { return }

        var shown = segments.filter { !$0.isEmpty }
        var right = rightLine(shown)
        while shown.count > 1, right.width > content.width {
            shown.removeFirst()
            right = rightLine(shown)
        }
        let rightWidth = min(right.width, content.width)
        right.draw(x: content.maxX - rightWidth, y: content.y, width: rightWidth, on: &buffer)

        let gap = rightWidth > 0 ? DisplayWidth.of(StatusLine.separator) : 0
        let messageRoom = content.width - rightWidth - gap
        StyledLine(message, style: CellStyle(level.role)).draw(x: content.x, y: content.y, width: messageRoom, on: &buffer)
    }

    private func rightLine(_ segments: [[Span]]) -> StyledLine {
        let spans = segments.enumerated().flatMap { index, segment in
            index > 0 ? [Span(StatusLine.separator)] + segment : segment
        }
        return StyledLine(spans).restyled { style in
            var style = style
            if style.role == .normal { style.role = .statusBar }
            return style
        }
    }
}
