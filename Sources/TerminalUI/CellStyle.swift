/// How one cell is drawn: its role, an optional exact colour (projects have their own), and
/// attributes that survive `NO_COLOR` so selection stays visible without colour.
public struct CellStyle: Sendable, Hashable {
    public var role: StyleRole
    /// A `#rrggbb` colour for the foreground, used with ``StyleRole/project``.
    public var color: RGBColor?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: StyleRole = .normal, color: RGBColor? = nil, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.color = color
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// Plain text.
    public static let normal = CellStyle()
}
