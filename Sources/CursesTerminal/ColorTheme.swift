import TerminalUI

/// Whether the app may use colour at all (`--no-color` gives `.none`).
public enum ColorMode: Sendable, Hashable {
    /// Colour when the terminal has it and `NO_COLOR` is unset or empty.
    case auto
    /// Never colour; roles keep bold, underline, reverse and dim.
    case none
}

/// The colours a terminal can actually show.
public enum ColorPalette: Sendable, Hashable {
    /// Attributes only.
    case none
    /// The 8 ANSI colours (0 black … 7 white).
    case ansi8
    /// xterm's 256 colours: 16–231 a 6×6×6 cube, 232–255 greys.
    case xterm256

    /// `NO_COLOR` set to anything non-empty (https://no-color.org) or `.none` turns colour off;
    /// otherwise the terminal's colour count decides.
    public static func choose(mode: ColorMode, noColorVariable: String?, hasColors: Bool, colors: Int) -> ColorPalette {
        if mode == .none { return .none }
        if let noColorVariable, !noColorVariable.isEmpty { return .none }
        guard hasColors, colors >= 8 else { return .none }
        return colors >= 256 ? .xterm256 : .ansi8
    }
}

/// Text attributes a role may carry; they survive every palette.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
}

/// Foreground, background (palette indices; nil is the terminal's default) and attributes.
public struct ThemeStyle: Sendable, Hashable {
    public var foreground: Int?
    public var background: Int?
    public var attributes: TextAttributes

    public init(_ foreground: Int? = nil, on background: Int? = nil, _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// How a cell is drawn once the palette is known: attributes plus colours (-1 = default).
public struct ResolvedStyle: Sendable, Hashable {
    public var attributes: TextAttributes
    public var foreground: Int32
    public var background: Int32

    public init(attributes: TextAttributes, foreground: Int32, background: Int32) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    /// Whether the cell needs a colour pair at all.
    public var hasColor: Bool { foreground >= 0 || background >= 0 }
}

/// Maps each ``StyleRole`` to colours and attributes for each palette. The table is data:
/// change a row to restyle a role everywhere.
public struct ColorTheme: Sendable {
    /// A role's look in 256 colours, in 8 colours, and without colour.
    public struct Row: Sendable, Hashable {
        public var xterm256: ThemeStyle
        public var ansi8: ThemeStyle
        public var monochrome: TextAttributes

        public init(xterm256: ThemeStyle, ansi8: ThemeStyle, monochrome: TextAttributes) {
            self.xterm256 = xterm256
            self.ansi8 = ansi8
            self.monochrome = monochrome
        }
    }

    // ANSI colour numbers, for the table.
    private static let (black, red, green, yellow, blue, magenta, cyan, white) = (0, 1, 2, 3, 4, 5, 6, 7)

    /// The default look. Selection is reverse without colour so it always stays visible.
    public static let defaultTable: [StyleRole: Row] = [
        //                         256 colours                          8 colours                            no colour
        .normal:            Row(xterm256: ThemeStyle(),                  ansi8: ThemeStyle(),                  monochrome: []),
        .muted:             Row(xterm256: ThemeStyle(245),               ansi8: ThemeStyle(nil, on: nil, .dim), monochrome: .dim),
        .title:             Row(xterm256: ThemeStyle(nil, on: nil, .bold), ansi8: ThemeStyle(nil, on: nil, .bold), monochrome: .bold),
        .border:            Row(xterm256: ThemeStyle(240),               ansi8: ThemeStyle(),                  monochrome: []),
        .focus:             Row(xterm256: ThemeStyle(75, on: nil, .bold), ansi8: ThemeStyle(cyan, on: nil, .bold), monochrome: .bold),
        .selection:         Row(xterm256: ThemeStyle(231, on: 25, .bold), ansi8: ThemeStyle(white, on: blue, .bold), monochrome: [.reverse, .bold]),
        .selectionInactive: Row(xterm256: ThemeStyle(nil, on: 237),      ansi8: ThemeStyle(nil, on: nil, .underline), monochrome: .underline),
        .running:           Row(xterm256: ThemeStyle(114, on: nil, .bold), ansi8: ThemeStyle(green, on: nil, .bold), monochrome: .bold),
        .warning:           Row(xterm256: ThemeStyle(214, on: nil, .bold), ansi8: ThemeStyle(yellow, on: nil, .bold), monochrome: .bold),
        .error:             Row(xterm256: ThemeStyle(203, on: nil, .bold), ansi8: ThemeStyle(red, on: nil, .bold), monochrome: .bold),
        .success:           Row(xterm256: ThemeStyle(114),               ansi8: ThemeStyle(green),             monochrome: []),
        .key:               Row(xterm256: ThemeStyle(81, on: nil, .bold), ansi8: ThemeStyle(cyan, on: nil, .bold), monochrome: .bold),
        .statusBar:         Row(xterm256: ThemeStyle(252, on: 236),      ansi8: ThemeStyle(black, on: white),  monochrome: .reverse),
        .dialog:            Row(xterm256: ThemeStyle(252, on: 235),      ansi8: ThemeStyle(),                  monochrome: []),
        .input:             Row(xterm256: ThemeStyle(231, on: 238, .underline), ansi8: ThemeStyle(nil, on: nil, .underline), monochrome: .underline),
        .match:             Row(xterm256: ThemeStyle(220, on: nil, .bold), ansi8: ThemeStyle(yellow, on: nil, .bold), monochrome: [.bold, .underline]),
        .project:           Row(xterm256: ThemeStyle(),                  ansi8: ThemeStyle(),                  monochrome: []),
    ]

    public let palette: ColorPalette
    public var table: [StyleRole: Row]

    public init(palette: ColorPalette, table: [StyleRole: Row] = ColorTheme.defaultTable) {
        self.palette = palette
        self.table = table
    }

    /// The role's look in this palette, plus the cell's own bold/underline/reverse. A cell's
    /// `color` (a project's) replaces the foreground with the palette's nearest colour.
    public func resolve(_ style: CellStyle) -> ResolvedStyle {
        let row = table[style.role] ?? Row(xterm256: ThemeStyle(), ansi8: ThemeStyle(), monochrome: [])
        var attributes: TextAttributes = []
        if style.bold { attributes.insert(.bold) }
        if style.underline { attributes.insert(.underline) }
        if style.reverse { attributes.insert(.reverse) }
        let themed: ThemeStyle
        var foreground: Int?
        switch palette {
        case .none:
            return ResolvedStyle(attributes: attributes.union(row.monochrome), foreground: -1, background: -1)
        case .ansi8:
            themed = row.ansi8
            foreground = style.color.map(ColorTheme.nearestANSI) ?? themed.foreground
        case .xterm256:
            themed = row.xterm256
            foreground = style.color.map(ColorTheme.nearestXterm256) ?? themed.foreground
        }
        return ResolvedStyle(
            attributes: attributes.union(themed.attributes),
            foreground: Int32(foreground ?? -1),
            background: Int32(themed.background ?? -1)
        )
    }

    // MARK: Nearest palette colours

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The nearest xterm-256 colour: the best of the 6×6×6 cube (16–231) and the grey ramp
    /// (232–255), by squared RGB distance. The first 16 are skipped: terminals theme them.
    public static func nearestXterm256(_ color: RGBColor) -> Int {
        let rgb = [Int(color.red), Int(color.green), Int(color.blue)]
        let cube = rgb.map { component in
            cubeLevels.indices.min { abs(cubeLevels[$0] - component) < abs(cubeLevels[$1] - component) } ?? 0
        }
        let cubeIndex = 16 + 36 * cube[0] + 6 * cube[1] + cube[2]
        let cubeDistance = distance(rgb, cube.map { cubeLevels[$0] })
        let average = (rgb[0] + rgb[1] + rgb[2]) / 3
        let grey = min(23, max(0, (average - 3) / 10))
        let greyLevel = 8 + 10 * grey
        let greyDistance = distance(rgb, [greyLevel, greyLevel, greyLevel])
        return greyDistance < cubeDistance ? 232 + grey : cubeIndex
    }

    /// xterm's default RGB for ANSI red … white (black is left out: it vanishes on dark themes).
    private static let ansiColors: [(index: Int, rgb: [Int])] = [
        (1, [205, 0, 0]), (2, [0, 205, 0]), (3, [205, 205, 0]), (4, [0, 0, 238]),
        (5, [205, 0, 205]), (6, [0, 205, 205]), (7, [229, 229, 229]),
    ]

    /// The nearest of the 8 ANSI colours (never black).
    public static func nearestANSI(_ color: RGBColor) -> Int {
        let rgb = [Int(color.red), Int(color.green), Int(color.blue)]
        return ansiColors.min { distance(rgb, $0.rgb) < distance(rgb, $1.rgb) }?.index ?? 7
    }

    private static func distance(_ a: [Int], _ b: [Int]) -> Int {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
}

/// Hands out curses colour pairs for (foreground, background), lazily and at most `capacity`
/// of them; when they run out a style falls back to pair 0 (default colours, attributes kept).
public struct ColorPairs: Sendable {
    public struct Key: Sendable, Hashable {
        public var foreground: Int32
        public var background: Int32
    }

    public let capacity: Int
    public private(set) var assigned: [Key: Int32] = [:]

    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// The pair for a colour combination and whether it was just allocated (so the caller
    /// must `init_pair` it). Default-on-default is pair 0.
    public mutating func pair(foreground: Int32, background: Int32) -> (pair: Int32, isNew: Bool) {
        if foreground < 0 && background < 0 { return (0, false) }
        let key = Key(foreground: foreground, background: background)
        if let pair = assigned[key] { return (pair, false) }
        guard assigned.count < capacity else { return (0, false) }
        let pair = Int32(assigned.count + 1)
        assigned[key] = pair
        return (pair, true)
    }
}
