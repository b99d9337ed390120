#!/usr/bin/env python3
"""Render a captured terminal screen (text with ANSI SGR escapes, as `tmux capture-pane -e -p`
prints it) as an SVG picture: one cell grid, backgrounds as <rect>s, text in styled runs.

    python3 scripts/ansi2svg.py screen.ansi -o screen.svg [--cols 120 --rows 40] [--cursor X,Y]
    python3 scripts/ansi2svg.py --self-test

Standard library only. Handles SGR reset, bold, dim, italic, underline, reverse, strike,
8/16 colours, 256 colours (xterm palette), truecolor and default colours; wide characters
(east Asian width W/F) take two cells; other escape sequences are skipped. Styles carry over
from line to line, as tmux only prints what changes.
"""

import argparse
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

CELL_W = 8.4          # px per column (0.6em of a 14px monospace font)
LINE_H = 17           # px per row
FONT_SIZE = 14
BASELINE = 13         # text baseline inside a row
PAD = 12              # margin around the grid
DEFAULT_FG = "#cdd6f4"
DEFAULT_BG = "#1e1e2e"
FONT = "'DejaVu Sans Mono','Cascadia Mono','SF Mono',Menlo,Consolas,'Liberation Mono',monospace"

# The 16 system colours (xterm's defaults), then the 6x6x6 cube and the 24 greys.
SYSTEM = [
    "#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
    "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
]


def xterm_palette():
    palette = list(SYSTEM)
    levels = [0, 95, 135, 175, 215, 255]
    for r in levels:
        for g in levels:
            for b in levels:
                palette.append("#%02x%02x%02x" % (r, g, b))
    for i in range(24):
        v = 8 + 10 * i
        palette.append("#%02x%02x%02x" % (v, v, v))
    return palette


PALETTE = xterm_palette()


class Style:
    """The SGR state of a cell. Colours are '#rrggbb' strings or None for the default."""

    __slots__ = ("fg", "bg", "bold", "dim", "italic", "underline", "reverse", "strike", "hidden")

    def __init__(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = False
        self.reverse = self.strike = self.hidden = False

    def copy(self):
        other = Style()
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    def colours(self):
        """(foreground, background) as drawn, after reverse."""
        fg = self.fg or DEFAULT_FG
        bg = self.bg or DEFAULT_BG
        if self.reverse:
            fg, bg = bg, fg
        if self.hidden:
            fg = bg
        return fg, bg

    def text_key(self):
        fg, _ = self.colours()
        return (fg, self.bold, self.dim, self.italic, self.underline, self.strike)


def _extended_colour(params, i):
    """Parses 38/48 ;5;n or ;2;r;g;b starting at params[i] (the 38/48). Returns (colour, next)."""
    if i + 1 < len(params):
        mode = params[i + 1]
        if mode == 5 and i + 2 < len(params):
            n = params[i + 2]
            return (PALETTE[n] if 0 <= n < 256 else None), i + 3
        if mode == 2 and i + 4 < len(params):
            r, g, b = (max(0, min(255, v)) for v in params[i + 2:i + 5])
            return "#%02x%02x%02x" % (r, g, b), i + 5
    return None, len(params)


def apply_sgr(style, text):
    """Applies the parameters of one `ESC [ ... m` to style (in place)."""
    params = []
    for part in text.split(";") if text else ["0"]:
        if ":" in part:  # colon sub-parameters: 38:5:n, 38:2::r:g:b, 4:3 ...
            sub = [int(p) if p.isdigit() else 0 for p in part.split(":")]
            if sub[0] in (38, 48, 58) and len(sub) >= 2 and sub[1] == 2 and len(sub) >= 6:
                sub = [sub[0], 2] + sub[-3:]
            if sub[0] == 4:
                sub = [4 if len(sub) < 2 or sub[1] != 0 else 24]
            params.extend(sub)
        else:
            params.append(int(part) if part.isdigit() else 0)
    i = 0
    while i < len(params):
        p = params[i]
        if p == 0:
            fresh = Style()
            for name in Style.__slots__:
                setattr(style, name, getattr(fresh, name))
        elif p == 1:
            style.bold = True
        elif p == 2:
            style.dim = True
        elif p == 3:
            style.italic = True
        elif p in (4, 21):
            style.underline = True
        elif p == 7:
            style.reverse = True
        elif p == 8:
            style.hidden = True
        elif p == 9:
            style.strike = True
        elif p == 22:
            style.bold = style.dim = False
        elif p == 23:
            style.italic = False
        elif p == 24:
            style.underline = False
        elif p == 27:
            style.reverse = False
        elif p == 28:
            style.hidden = False
        elif p == 29:
            style.strike = False
        elif 30 <= p <= 37:
            style.fg = PALETTE[p - 30]
        elif p == 39:
            style.fg = None
        elif 40 <= p <= 47:
            style.bg = PALETTE[p - 40]
        elif p == 49:
            style.bg = None
        elif 90 <= p <= 97:
            style.fg = PALETTE[p - 90 + 8]
        elif 100 <= p <= 107:
            style.bg = PALETTE[p - 100 + 8]
        elif p in (38, 48, 58):
            colour, nxt = _extended_colour(params, i)
            if p == 38:
                style.fg = colour
            elif p == 48:
                style.bg = colour
            i = nxt
            continue
        i += 1


def char_width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


# Box-drawing characters drawn as lines rather than glyphs, so borders join without the gaps a
# font leaves between rows: the arms (Left, Right, Up, Down) of each, and the line weight.
BOX = {}
for _chars, _weight in (("─│┌┐└┘├┤┬┴┼╭╮╰╯╴╵╶╷", 1), ("━┃┏┓┗┛┣┫┳┻╋╸╹╺╻", 2)):
    for _ch, _arms in zip(_chars, ("LR", "UD", "RD", "LD", "UR", "UL", "UDR", "UDL", "LRD", "LRU",
                                   "LRUD", "RD", "LD", "UL", "UR", "L", "U", "R", "D")):
        BOX[_ch] = (_arms, _weight)


ESCAPE = re.compile(
    r"\x1b\[([0-?]*)([ -/]*)([@-~])"          # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"     # OSC (e.g. hyperlinks)
    r"|\x1b[PX^_][^\x1b]*\x1b\\"              # DCS, SOS, PM, APC
    r"|\x1b[()][0-9A-Za-z]"                   # charset selection
    r"|\x1b[0-~]"                             # other two-byte escapes
)


def parse(text):
    """Turns captured text into rows of cells: (char, Style) or None for a wide char's right half."""
    rows = []
    style = Style()
    for line in text.split("\n"):
        row = []
        pos = 0
        for match in ESCAPE.finditer(line):
            _add_text(row, line[pos:match.start()], style)
            if match.group(3) == "m" and not match.group(2):
                apply_sgr(style, match.group(1))
            pos = match.end()
        _add_text(row, line[pos:], style)
        rows.append(row)
    if rows and not rows[-1]:
        rows.pop()  # the newline ending the last line
    return rows


def _add_text(row, text, style):
    for ch in text:
        if ch == "\t":
            for _ in range(8 - len(row) % 8):
                row.append((" ", style.copy()))
            continue
        if ch < " " or ch == "\x7f":
            continue
        width = char_width(ch)
        if width == 0:
            if row:  # combining mark: joins the previous character
                last = len(row) - 1
                while last > 0 and row[last] is None:
                    last -= 1
                prev, prev_style = row[last]
                row[last] = (prev + ch, prev_style)
            continue
        row.append((ch, style.copy()))
        if width == 2:
            row.append(None)


def _fmt(value):
    return ("%.2f" % value).rstrip("0").rstrip(".")


def box_paths(rows):
    """One <path> per colour and weight for all box-drawing cells: each cell's arms run from the
    cell's centre to its edges, and touching arms are merged into one segment."""
    horizontal = {}  # (colour, weight, row) -> [(x0, x1)] in half cells
    vertical = {}    # (colour, weight, col) -> [(y0, y1)] in half rows
    for y, row in enumerate(rows):
        for x, cell in enumerate(row):
            if cell is None or cell[0] not in BOX:
                continue
            arms, weight = BOX[cell[0]]
            colour = cell[1].colours()[0]
            for arm, (a, b) in (("L", (0, 1)), ("R", (1, 2))):
                if arm in arms:
                    horizontal.setdefault((colour, weight, y), []).append((2 * x + a, 2 * x + b))
            for arm, (a, b) in (("U", (0, 1)), ("D", (1, 2))):
                if arm in arms:
                    vertical.setdefault((colour, weight, x), []).append((2 * y + a, 2 * y + b))
    paths = {}  # (colour, weight) -> [path commands]
    for (colour, weight, y), spans in sorted(horizontal.items()):
        cy = PAD + y * LINE_H + LINE_H / 2
        for a, b in _merge(spans):
            paths.setdefault((colour, weight), []).append(
                "M%s %sH%s" % (_fmt(PAD + a * CELL_W / 2), _fmt(cy), _fmt(PAD + b * CELL_W / 2)))
    for (colour, weight, x), spans in sorted(vertical.items()):
        cx = PAD + x * CELL_W + CELL_W / 2
        for a, b in _merge(spans):
            paths.setdefault((colour, weight), []).append(
                "M%s %sV%s" % (_fmt(cx), _fmt(PAD + a * LINE_H / 2), _fmt(PAD + b * LINE_H / 2)))
    return ['<path stroke="%s" stroke-width="%s" stroke-linecap="square" fill="none" d="%s"/>' % (
        colour, _fmt(weight * 1.2), "".join(cmds)) for (colour, weight), cmds in paths.items()]


def _merge(spans):
    merged = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def render_svg(rows, cols=None, nrows=None, cursor=None, title=None):
    cols = cols or max((len(r) for r in rows), default=1)
    nrows = nrows or len(rows)
    rows = [r[:cols] for r in rows[:nrows]]
    width = cols * CELL_W + 2 * PAD
    height = nrows * LINE_H + 2 * PAD

    classes = {}  # text style key -> class name

    def class_for(key):
        if key not in classes:
            classes[key] = "s%d" % len(classes)
        return classes[key]

    rects = []
    lines = []
    for y, row in enumerate(rows):
        top = PAD + y * LINE_H
        # Backgrounds: one rect per run of the same non-default colour.
        x = 0
        while x < len(row):
            cell = row[x]
            bg = cell[1].colours()[1] if cell else None
            start = x
            x += 1
            while x < len(row) and (row[x] is None or row[x][1].colours()[1] == bg):
                x += 1
            if bg and bg != DEFAULT_BG:
                rects.append('<rect x="%s" y="%d" width="%s" height="%d" fill="%s"/>' % (
                    _fmt(PAD + start * CELL_W), top, _fmt((x - start) * CELL_W), LINE_H, bg))
        # Text: runs of one style. A run ends after a wide character, so the text after it is
        # placed by its own x whatever width the font gives the wide glyph.
        spans = []
        x = 0
        while x < len(row):
            cell = row[x]
            if cell is None:
                x += 1
                continue
            if cell[0] in BOX:
                x += 1
                continue
            key = cell[1].text_key()
            start = x
            chars = []
            while x < len(row):
                c = row[x]
                if c is None:
                    x += 1
                    continue
                if c[1].text_key() != key or c[0] in BOX:
                    break
                chars.append(c[0])
                x += 1
                if x < len(row) and row[x] is None:  # wide character: end the run here
                    x += 1
                    break
            content = "".join(chars)
            decorated = key[4] or key[5]
            if not content.strip() and not decorated:
                continue  # blanks need no text
            if not decorated:
                content = content.rstrip(" ")
            spans.append('<tspan x="%s" class="%s">%s</tspan>' % (
                _fmt(PAD + start * CELL_W), class_for(key), escape(content)))
        if spans:
            lines.append('<text y="%d">%s</text>' % (top + BASELINE, "".join(spans)))

    boxes = box_paths(rows)

    css = ["text{font-family:%s;font-size:%dpx;white-space:pre}" % (FONT, FONT_SIZE)]
    for key, name in classes.items():
        fg, bold, dim, italic, underline, strike = key
        rule = "fill:%s" % fg
        if bold:
            rule += ";font-weight:bold"
        if dim:
            rule += ";opacity:.6"
        if italic:
            rule += ";font-style:italic"
        decorations = [d for d, on in (("underline", underline), ("line-through", strike)) if on]
        if decorations:
            rule += ";text-decoration:" + " ".join(decorations)
        css.append(".%s{%s}" % (name, rule))

    cursor_svg = ""
    if cursor is not None:
        cx, cy = cursor
        if 0 <= cx < cols and 0 <= cy < nrows:
            cursor_svg = '<rect x="%s" y="%d" width="%s" height="%d" fill="%s" opacity=".55"/>' % (
                _fmt(PAD + cx * CELL_W), PAD + cy * LINE_H, _fmt(CELL_W), LINE_H, DEFAULT_FG)

    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%d" viewBox="0 0 %s %d" '
        'xml:space="preserve">' % (_fmt(width), height, _fmt(width), height),
    ]
    if title:
        out.append("<title>%s</title>" % escape(title))
    out.append("<style>%s</style>" % "".join(css))
    out.append('<rect width="100%%" height="100%%" rx="8" fill="%s"/>' % DEFAULT_BG)
    out.extend(rects)
    if cursor_svg:
        out.append(cursor_svg)
    out.extend(boxes)
    out.extend(lines)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def convert(text, **options):
    return render_svg(parse(text), **options)


SAMPLE = (
    "\x1b[1m\x1b[38;5;252m\x1b[48;5;236m title \x1b[0m plain \x1b[7mreversed\x1b[27m "
    "\x1b[31mred\x1b[39m \x1b[38;2;255;128;0mtruecolor\x1b[0m\n"
    "\x1b[4munder\x1b[24m <&> 翻訳|x \x1b[92;44mbright on blue\x1b[0m e\u0301 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\n"
    "\x1b[38;5;240m│carried over\x1b[0m\n"
)


def self_test():
    rows = parse(SAMPLE)
    assert len(rows) == 3, rows
    # Wide characters take two cells: '|' after '翻訳' sits in column 14 (0-based).
    line = rows[1]
    text = "".join(c[0] if c else "" for c in line)
    assert text.startswith("under <&> 翻訳|x"), text
    assert line[11] is None and line[13] is None and line[14][0] == "|", line[10:16]
    # Reverse swaps the default colours.
    rev = rows[0][len(" title  plain ")]
    assert rev[0] == "r" and rev[1].colours() == (DEFAULT_BG, DEFAULT_FG), rev[1].colours()
    assert rows[0][0][1].colours() == (PALETTE[252], PALETTE[236]) and rows[0][0][1].bold
    assert PALETTE[236] == "#303030" and PALETTE[196] == "#ff0000" and PALETTE[244] == "#808080"
    # The style of the previous line carries over.
    assert rows[2][0][1].fg == PALETTE[240], rows[2][0][1].fg
    svg = convert(SAMPLE, cols=40, cursor=(3, 1))
    root = ET.fromstring(svg)  # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == ns + "svg"
    tspans = [t for t in root.iter(ns + "tspan")]
    pipe = [t for t in tspans if t.text and t.text.startswith("|x")]
    assert pipe and pipe[0].get("x") == _fmt(PAD + 14 * CELL_W), [(t.get("x"), t.text) for t in tspans]
    assert any(t.text == "<&>" or (t.text and "<&>" in t.text) for t in tspans)
    assert any(r.get("fill") == DEFAULT_FG for r in root.iter(ns + "rect")), "reverse background"
    paths = [p.get("d") for p in root.iter(ns + "path")]
    assert paths and paths[0].startswith("M"), "the box-drawing │ becomes a line"
    assert not any(t.text and "│" in t.text for t in tspans), "no │ glyph left in the text"
    print("ansi2svg self-test: ok (%d bytes of SVG, %d text runs)" % (len(svg), len(tspans)))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", help="captured screen (default: stdin)")
    parser.add_argument("-o", "--output", help="SVG file (default: stdout)")
    parser.add_argument("--cols", type=int, help="grid width in cells (default: longest line)")
    parser.add_argument("--rows", type=int, help="grid height in rows (default: number of lines)")
    parser.add_argument("--cursor", help="draw the cursor at X,Y (0-based cells)")
    parser.add_argument("--title", help="SVG <title>, for accessibility")
    parser.add_argument("--self-test", action="store_true", help="convert a built-in sample and check it")
    args = parser.parse_args(argv)
    if args.self_test:
        self_test()
        return 0
    if args.input and args.input != "-":
        with open(args.input, encoding="utf-8", errors="replace") as f:
            text = f.read()
    else:
        text = sys.stdin.read()
    cursor = tuple(int(v) for v in args.cursor.split(",")) if args.cursor else None
    svg = convert(text, cols=args.cols, nrows=args.rows, cursor=cursor, title=args.title)
    ET.fromstring(svg)  # never write a broken file
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(svg)
    else:
        sys.stdout.write(svg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
