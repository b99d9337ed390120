/// One character cell of the screen.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the character with
/// ``width`` 2, the second is a ``continuation`` cell that draws nothing.
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn in this cell; empty for a continuation cell.
    public var text: String
    /// Columns the grapheme takes: 1, 2, or 0 for a continuation cell.
    public var width: Int
    public var style: CellStyle

    public init(_ text: String = " ", width: Int = 1, style: CellStyle = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in a style.
    public static func blank(_ style: CellStyle = .normal) -> Cell { Cell(" ", width: 1, style: style) }

    /// The right half of a wide character.
    public static func continuation(_ style: CellStyle) -> Cell { Cell("", width: 0, style: style) }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
