import TrackerCore

/// A piece of text in one style: the unit widgets draw rows from.
///
/// A row is a `[Span]`, e.g. `[.project("●", color: swatch), .plain(" Website"), .muted(" 2h")]`.
/// Spans say what the text is through ``StyleRole``; only project swatches carry a colour.
public struct Span: Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, style: CellStyle = .normal) {
        self.text = text
        self.style = style
    }

    public init(_ text: String, role: StyleRole) {
        self.init(text, style: CellStyle(role))
    }

    /// A plain span, so rows can be written as string literals.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Columns the text takes.
    public var width: Int { DisplayWidth.of(text) }

    /// Ordinary text.
    public static func plain(_ text: String) -> Span { Span(text) }
    /// Secondary text: totals, hints, ids, empty states.
    public static func muted(_ text: String) -> Span { Span(text, role: .muted) }
    /// A title or column header.
    public static func title(_ text: String) -> Span { Span(text, role: .title) }
    /// A key name, as in help texts.
    public static func key(_ text: String) -> Span { Span(text, role: .key) }
    /// The running timer or a running entry.
    public static func running(_ text: String) -> Span { Span(text, role: .running) }
    /// Something that needs attention.
    public static func warning(_ text: String) -> Span { Span(text, role: .warning) }
    /// An error.
    public static func error(_ text: String) -> Span { Span(text, role: .error) }
    /// A success message.
    public static func success(_ text: String) -> Span { Span(text, role: .success) }
    /// Text in a project's own colour (a swatch such as `●`); plain text when the project has
    /// no usable colour.
    public static func project(_ text: String, color: RGBColor?) -> Span {
        guard let color else { return Span(text) }
        return Span(text, style: CellStyle(.project, color: color))
    }
}

extension Array where Element == Span {
    /// Columns all the spans take.
    public var width: Int { reduce(0) { $0 + $1.width } }
    /// The spans' text without styles.
    public var plainText: String { map(\.text).joined() }
}
