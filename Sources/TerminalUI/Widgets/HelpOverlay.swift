import TrackerCore

/// The `?` overlay: every key binding, grouped by section, in as many columns as it takes.
///
/// Sections keep their order and flow top to bottom, then into the next column; the fewest
/// columns whose height fits the area are used (more columns when the area is short, as long as
/// they fit its width). Section titles are ``StyleRole/title``, keys ``StyleRole/key`` (aligned
/// per column), descriptions ``StyleRole/dialog``, all in a centred ``Panel`` that clears what is
/// below. When the area is too small the box is clamped and the listing is clipped (text
/// truncated with `…`, rows cut at the bottom); nothing scrolls.
public struct HelpOverlay: Sendable, Hashable {
    /// One group of bindings, e.g. "Timer".
    public struct Section: Sendable, Hashable {
        public var title: String
        public var bindings: [HelpBar.Item]

        public init(title: String, bindings: [HelpBar.Item]) {
            self.title = title
            self.bindings = bindings
        }

        /// Rows the section takes: its title and one per binding.
        var height: Int { 1 + bindings.count }
    }

    /// Blank columns between two columns.
    public static let columnGap = 3
    /// Blank columns between a key and its description.
    public static let keyGap = 2

    public var title: String
    public var sections: [Section]
    /// Right-aligned on the top edge, e.g. "esc close".
    public var note: String?
    public var usesASCII: Bool

    public init(title: String = "Keys", sections: [Section], note: String? = "esc close", usesASCII: Bool = false) {
        self.title = title
        self.sections = sections
        self.note = note
        self.usesASCII = usesASCII
    }

    /// Builds the overlay from the key map's groups.
    public init(title: String = "Keys", groups: [(group: String, bindings: [(keys: String, help: String)])], note: String? = "esc close", usesASCII: Bool = false) {
        self.init(
            title: title,
            sections: groups.map { Section(title: $0.group, bindings: $0.bindings.map { HelpBar.Item($0.keys, $0.help) }) },
            note: note,
            usesASCII: usesASCII
        )
    }

    /// One column of sections and how wide it is.
    struct Column: Sendable, Hashable {
        var sections: [Section] = []
        var keyWidth: Int { sections.flatMap(\.bindings).map { DisplayWidth.of($0.key) }.max() ?? 0 }
        var width: Int {
            let helpWidth = sections.flatMap(\.bindings).map { DisplayWidth.of($0.description) }.max() ?? 0
            let titleWidth = sections.map { DisplayWidth.of($0.title) }.max() ?? 0
            return max(titleWidth, keyWidth + HelpOverlay.keyGap + helpWidth)
        }
        /// Rows: the sections with one blank row between two.
        var height: Int { sections.reduce(0) { $0 + $1.height } + max(0, sections.count - 1) }
    }

    /// The sections flowed into at most `count` columns of roughly equal height: the lowest
    /// column height that the sections, in order, can be packed into `count` columns under.
    func columns(count: Int) -> [Column] {
        let count = max(1, count)
        let total = Column(sections: sections).height
        let tallest = sections.map(\.height).max() ?? 0
        var target = max(tallest, (total + count - 1) / count)
        while true {
            let packed = columns(fillingUpTo: target)
            if packed.count <= count || target >= total { return packed }
            target += 1
        }
    }

    /// Sections in order, each column filled while it stays within `target` rows.
    private func columns(fillingUpTo target: Int) -> [Column] {
        var columns: [Column] = [Column()]
        for section in sections {
            if let last = columns.last, !last.sections.isEmpty, last.height + 1 + section.height > target {
                columns.append(Column())
            }
            columns[columns.count - 1].sections.append(section)
        }
        return columns
    }

    /// The columns to use in `area`: the fewest whose height fits, among those that fit the
    /// width; else the shortest that fits the width; else one.
    func layout(in area: Rect) -> [Column] {
        let room = area.inset(horizontal: 2, vertical: 1)
        var best: [Column]?
        for count in 1...max(1, sections.count) {
            let candidate = columns(count: count)
            guard HelpOverlay.width(of: candidate) <= room.width else { continue }
            if HelpOverlay.height(of: candidate) <= room.height { return candidate }
            if best.map({ HelpOverlay.height(of: candidate) < HelpOverlay.height(of: $0) }) ?? true { best = candidate }
        }
        return best ?? columns(count: 1)
    }

    private static func width(of columns: [Column]) -> Int {
        columns.reduce(0) { $0 + $1.width } + columnGap * max(0, columns.count - 1)
    }

    private static func height(of columns: [Column]) -> Int {
        columns.map(\.height).max() ?? 0
    }

    /// The box's rectangle when drawn in `area`.
    public func frame(in area: Rect) -> Rect {
        let columns = layout(in: area)
        let titleWidth = DisplayWidth.of(title) + 4 + (note.map { DisplayWidth.of($0) + 3 } ?? 0)
        let width = max(HelpOverlay.width(of: columns) + 4, titleWidth)
        return area.centered(width: width, height: HelpOverlay.height(of: columns) + 2)
    }

    /// Draws the overlay centred in `area` and returns its box.
    @discardableResult
    public func draw(in area: Rect, on buffer: inout ScreenBuffer) -> Rect {
        let box = frame(in: area)
        guard !box.isEmpty else { return box }
        let inner = Panel(title: title, note: note, isFocused: true, usesASCII: usesASCII, background: .dialog).draw(in: box, on: &buffer)
        let text = inner.inset(horizontal: 1, vertical: 0)
        var x = text.x
        for column in layout(in: area) {
            let width = min(column.width, text.maxX - x)
            guard width > 0 else { break }
            var y = text.y
            for section in column.sections {
                if y > text.y { y += 1 }
                guard y < text.maxY else { break }
                StyledLine(section.title, style: CellStyle(.title)).draw(x: x, y: y, width: width, on: &buffer)
                y += 1
                for binding in section.bindings {
                    guard y < text.maxY else { break }
                    let gap = String(repeating: " ", count: column.keyWidth + HelpOverlay.keyGap - DisplayWidth.of(binding.key))
                    let line = StyledLine([.key(binding.key), Span(gap + binding.description, role: .dialog)])
                    line.draw(x: x, y: y, width: width, on: &buffer)
                    y += 1
                }
            }
            x += column.width + HelpOverlay.columnGap
        }
        return box
    }
}
