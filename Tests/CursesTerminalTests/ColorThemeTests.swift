import CursesTerminal
import TerminalUI
import Testing

@Suite struct ColorThemeTests {
    private func rgb(_ hex: String) -> RGBColor { RGBColor(hex: hex)! }

    @Test func nearestXterm256() {
        #expect(ColorTheme.nearestXterm256(rgb("#ff0000")) == 196)
        #expect(ColorTheme.nearestXterm256(rgb("#000000")) == 16)
        #expect(ColorTheme.nearestXterm256(rgb("#ffffff")) == 231)
        #expect(ColorTheme.nearestXterm256(rgb("#808080")) == 244)  // grey ramp beats the cube
        // Toggl project colours.
        #expect(ColorTheme.nearestXterm256(rgb("#0b83d9")) == 32)
        #expect(ColorTheme.nearestXterm256(rgb("#e36a00")) == 166)
        #expect(ColorTheme.nearestXterm256(rgb("#2da608")) == 34)  // #00af00
    }

    @Test func nearestANSINeverPicksBlack() {
        #expect(ColorTheme.nearestANSI(rgb("#ff0000")) == 1)
        #expect(ColorTheme.nearestANSI(rgb("#0b83d9")) == 6)
        #expect(ColorTheme.nearestANSI(rgb("#000000")) != 0)
    }

    @Test func paletteChoice() {
        #expect(ColorPalette.choose(mode: .auto, noColorVariable: nil, hasColors: true, colors: 256) == .xterm256)
        #expect(ColorPalette.choose(mode: .auto, noColorVariable: "", hasColors: true, colors: 256) == .xterm256)
        #expect(ColorPalette.choose(mode: .auto, noColorVariable: "1", hasColors: true, colors: 256) == .none)
        #expect(ColorPalette.choose(mode: .none, noColorVariable: nil, hasColors: true, colors: 256) == .none)
        #expect(ColorPalette.choose(mode: .auto, noColorVariable: nil, hasColors: true, colors: 8) == .ansi8)
        #expect(ColorPalette.choose(mode: .auto, noColorVariable: nil, hasColors: true, colors: 16) == .ansi8)
        #expect(ColorPalette.choose(mode: .auto, noColorVariable: nil, hasColors: false, colors: 0) == .none)
    }

    @Test func noColorKeepsReverseSelectionAndBoldFocus() {
        let theme = ColorTheme(palette: .none)
        let selection = theme.resolve(CellStyle(.selection))
        #expect(selection.attributes.contains(.reverse))
        #expect(!selection.hasColor)
        #expect(theme.resolve(CellStyle(.focus)).attributes.contains(.bold))
        #expect(theme.resolve(CellStyle(.statusBar)).attributes.contains(.reverse))
        // A project colour is dropped, the cell's own attributes are kept.
        let project = theme.resolve(CellStyle(.project, color: rgb("#ff0000"), underline: true))
        #expect(!project.hasColor)
        #expect(project.attributes == .underline)
        // Every role resolves to no colour at all.
        for role in StyleRole.allCases {
            #expect(!theme.resolve(CellStyle(role, color: rgb("#123456"))).hasColor, "\(role)")
        }
    }

    @Test func xterm256Colours() {
        let theme = ColorTheme(palette: .xterm256)
        let project = theme.resolve(CellStyle(.project, color: rgb("#0b83d9")))
        #expect(project.foreground == 32)
        #expect(project.background == -1)
        let selection = theme.resolve(CellStyle(.selection))
        #expect(selection.foreground == 231 && selection.background == 25)
        #expect(theme.resolve(.normal) == ResolvedStyle(attributes: [], foreground: -1, background: -1))
        #expect(theme.resolve(CellStyle(.normal, bold: true, reverse: true)).attributes == [.bold, .reverse])
    }

    @Test func eightColourFallback() {
        let theme = ColorTheme(palette: .ansi8)
        let selection = theme.resolve(CellStyle(.selection))
        #expect(selection.foreground == 7 && selection.background == 4)
        #expect(theme.resolve(CellStyle(.error)).foreground == 1)
        #expect(theme.resolve(CellStyle(.running)).foreground == 2)
        #expect(theme.resolve(CellStyle(.project, color: rgb("#ff0000"))).foreground == 1)
        // Only palette indices 0–7 (or default) appear.
        for role in StyleRole.allCases {
            let look = theme.resolve(CellStyle(role))
            #expect((-1...7).contains(look.foreground) && (-1...7).contains(look.background), "\(role)")
        }
    }

    @Test func everyRoleHasARow() {
        for role in StyleRole.allCases {
            #expect(ColorTheme.defaultTable[role] != nil, "\(role)")
        }
    }

    @Test func pairsAreLazyCachedAndCapped() {
        var pairs = ColorPairs(capacity: 2)
        #expect(pairs.pair(foreground: -1, background: -1) == (0, false))
        #expect(pairs.pair(foreground: 196, background: -1) == (1, true))
        #expect(pairs.pair(foreground: 196, background: -1) == (1, false))
        #expect(pairs.pair(foreground: 32, background: 25) == (2, true))
        #expect(pairs.pair(foreground: 70, background: -1) == (0, false))  // full: default colours
        #expect(pairs.assigned.count == 2)
    }
}
