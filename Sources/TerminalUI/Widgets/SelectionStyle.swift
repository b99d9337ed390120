/// How a selected row looks: every cell takes the selection role (``StyleRole/selection`` when
/// the list has focus, ``StyleRole/selectionInactive`` when not) so the highlight spans the
/// whole row; bold, underline and a project colour are kept, and matched characters, which
/// cannot keep ``StyleRole/match`` without breaking the bar, are underlined instead.
enum SelectionStyle {
    /// The role of a selected row.
    static func role(isFocused: Bool) -> StyleRole {
        isFocused ? .selection : .selectionInactive
    }

    /// The style of a selected row's blank cells.
    static func blank(isFocused: Bool) -> CellStyle {
        CellStyle(role(isFocused: isFocused))
    }

    /// A glyph's style inside a selected row.
    static func apply(to style: CellStyle, isFocused: Bool) -> CellStyle {
        CellStyle(role(isFocused: isFocused), color: style.color, bold: style.bold, underline: style.underline || style.role == .match, reverse: style.reverse)
    }
}
