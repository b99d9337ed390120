import Testing
@testable import TrackerCore

@Suite struct FuzzyMatcherTests {
    @Test func anEmptyQueryMatchesEverythingInOrder() {
        #expect(FuzzyMatcher.match("", in: "anything") == FuzzyMatcher.Match(score: 0, positions: []))
        #expect(FuzzyMatcher.match("", in: "") == FuzzyMatcher.Match(score: 0, positions: []))
        let ranked = FuzzyMatcher.rank(["b", "a", "c"], query: "") { $0 }
        #expect(ranked.map(\.item) == ["b", "a", "c"])
    }

    @Test func everyQueryCharacterMustAppearInOrder() {
        #expect(FuzzyMatcher.match("xyz", in: "Website") == nil)
        #expect(FuzzyMatcher.match("ba", in: "ab") == nil)
        #expect(FuzzyMatcher.match("aa", in: "a") == nil)
        #expect(FuzzyMatcher.match("a", in: "") == nil)
        #expect(FuzzyMatcher.rank(["abc", "xyz"], query: "q") { $0 }.isEmpty)
    }

    @Test func matchingIgnoresCase() {
        #expect(FuzzyMatcher.match("WEB", in: "website")?.positions == [0, 1, 2])
        #expect(FuzzyMatcher.match("web", in: "WEBSITE")?.positions == [0, 1, 2])
        #expect(FuzzyMatcher.match("é", in: "CAFÉ")?.positions == [3])
    }

    @Test func wordStartsRankAboveLettersInsideWords() {
        let pull = FuzzyMatcher.match("pr", in: "Pull requests")!
        let approve = FuzzyMatcher.match("pr", in: "Approve")!
        #expect(pull.positions == [0, 5])
        #expect(approve.positions == [1, 3])
        #expect(pull.score > approve.score)
        #expect(FuzzyMatcher.rank(["Approve", "Pull requests"], query: "pr") { $0 }.map(\.item) == ["Pull requests", "Approve"])
        // After a separator counts as a word start too.
        #expect(FuzzyMatcher.rank(["frontend", "web-frontend", "xfront"], query: "fr") { $0 }.map(\.item)
            == ["frontend", "web-frontend", "xfront"])
    }

    @Test func consecutiveLettersRankAboveScatteredOnes() {
        #expect(FuzzyMatcher.rank(["wxexb", "webx"], query: "web") { $0 }.map(\.item) == ["webx", "wxexb"])
        #expect(FuzzyMatcher.rank(["xaxbxc", "xabcxx"], query: "abc") { $0 }.map(\.item) == ["xabcxx", "xaxbxc"])
    }

    @Test func shorterTextsWinTiesAndEqualScoresKeepTheirOrder() {
        #expect(FuzzyMatcher.rank(["Admin tasks", "Admin"], query: "adm") { $0 }.map(\.item) == ["Admin", "Admin tasks"])
        #expect(FuzzyMatcher.rank(["Beta", "Bell", "Beam"], query: "be") { $0 }.map(\.item) == ["Beta", "Bell", "Beam"])
    }

    @Test func positionsCountGraphemes() {
        #expect(FuzzyMatcher.match("☕t", in: "café ☕ time")?.positions == [5, 7])
        #expect(FuzzyMatcher.match("x", in: "🇫🇷 x")?.positions == [2])
    }
}

@Suite struct KeymapTests {
    @Test func everyActionHasAKeyAndNoKeyHasTwoActions() {
        let standard = Keymap.standard
        for action in AppAction.allCases {
            #expect(!(standard.binding(for: action)?.keys.isEmpty ?? true), "\(action)")
        }
        let keys = standard.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        #expect(standard.bindings.count == AppAction.allCases.count)
        for binding in standard.bindings {
            for key in binding.keys { #expect(standard.action(for: key) == binding.action, "\(key)") }
        }
        #expect(standard.action(for: .ctrl("c")) == nil)
        #expect(standard.action(for: .character("z")) == nil)
    }

    @Test func theDesignsKeys() {
        let map = Keymap.standard
        let expected: [(KeyEvent, AppAction)] = [
            (KeyEvent(.tab), .nextPane), (KeyEvent(.backTab), .previousPane), (.character("1"), .focusWorkspaces),
            (.character("5"), .focusEntries), (.character("j"), .moveDown), (KeyEvent(.up), .moveUp), (.character("g"), .moveTop),
            (.character("G"), .moveBottom), (KeyEvent(.pageDown), .pageDown), (.ctrl("u"), .pageUp), (KeyEvent(.enter), .activate),
            (.character("s"), .start), (.character("x"), .stop), (.character("c"), .continueEntry), (.character("a"), .addEntry),
            (.character("e"), .edit), (.character("d"), .delete), (.character("n"), .new), (.character("["), .previousDay),
            (.character("]"), .nextDay), (.character("{"), .previousWeek), (.character("}"), .nextWeek), (.character("t"), .today),
            (.character("w"), .toggleSummary), (.character("/"), .filter), (.character("r"), .sync), (.character("u"), .undo),
            (.character("?"), .help), (.character("q"), .quit),
        ]
        for (key, action) in expected { #expect(map.action(for: key) == action, "\(key)") }
        #expect(map.binding(for: .delete)?.isDestructive == true)
        #expect(map.bindings.filter(\.isDestructive).map(\.action) == [.delete])
        #expect(map.binding(for: .moveDown)?.keysDescription == "j/down")
        #expect(map.binding(for: .pageDown)?.keysDescription == "pgdn/ctrl+d")
    }

    @Test func rebindingMovesAKeyFromItsOldAction() throws {
        let map = try Keymap.standard.rebinding(["start": "x, ctrl+n"])
        #expect(map.action(for: .character("x")) == .start)
        #expect(map.action(for: .ctrl("n")) == .start)
        #expect(map.action(for: .character("s")) == nil)
        #expect(map.binding(for: .start)?.keys == [.character("x"), .ctrl("n")])
        #expect(map.binding(for: .stop)?.keys == [])
        #expect(map.binding(for: .start)?.help == "start a timer")
        #expect(map != Keymap.standard)
        #expect(try Keymap.standard.rebinding([:]) == Keymap.standard)
    }

    @Test func rebindingCanSwapKeys() throws {
        let map = try Keymap.standard.rebinding(["stop": "s", "start": "x"])
        #expect(map.action(for: .character("s")) == .stop)
        #expect(map.action(for: .character("x")) == .start)
    }

    @Test func actionNamesAreTrimmedAndCaseInsensitive() throws {
        let map = try Keymap.standard.rebinding([" Previous-Day ": "h", "CONTINUE": "space"])
        #expect(map.action(for: .character("h")) == .previousDay)
        #expect(map.action(for: .character(" ")) == .continueEntry)
    }

    @Test func unknownActionsAndKeysAreErrorsThatNameThem() {
        #expect(throws: KeymapError.unknownAction("launch")) { try Keymap.standard.rebinding(["launch": "l"]) }
        #expect(throws: KeymapError.unknownKey("hyper+x", action: "start")) { try Keymap.standard.rebinding(["start": "hyper+x"]) }
        #expect(throws: KeymapError.unknownKey("f13", action: "help")) { try Keymap.standard.rebinding(["help": "f1, f13"]) }
        #expect(throws: KeymapError.unknownKey("", action: "start")) { try Keymap.standard.rebinding(["start": ""]) }
        #expect(KeymapError.unknownAction("launch").description.hasPrefix("Unknown action 'launch' in [keys]; known: quit, help, sync"))
        #expect(KeymapError.unknownKey("hyper+x", action: "start").description
            == "Unknown key 'hyper+x' for 'start' in [keys] (examples: s, ctrl+n, shift+tab, f2, pgdn, space).")
    }

    @Test func aReboundKeyDrivesTheApp() throws {
        var state = Sample.loadedState(running: true)
        state.settings.keymap = try Keymap.standard.rebinding(["stop": "ctrl+x"])
        #expect(state.press(.character("x")) == [])
        #expect(state.press(.ctrl("x")) == [.stopEntry(id: 504, workspaceID: Sample.studio, at: Sample.now)])
    }
}

@Suite struct KeySpellingTests {
    @Test func everyStandardKeyRoundTripsThroughItsSpelling() {
        for binding in Keymap.standard.bindings {
            for key in binding.keys {
                #expect(KeyEvent(spelling: key.description) == key, "\(key.description)")
            }
        }
    }

    @Test(arguments: [
        ("space", KeyEvent.character(" ")), ("enter", KeyEvent(.enter)), ("return", KeyEvent(.enter)), ("esc", KeyEvent(.escape)),
        ("escape", KeyEvent(.escape)), ("tab", KeyEvent(.tab)), ("shift+tab", KeyEvent(.backTab)), ("BackTab", KeyEvent(.backTab)),
        ("backspace", KeyEvent(.backspace)), ("del", KeyEvent(.delete)), ("ins", KeyEvent(.insert)), ("pageup", KeyEvent(.pageUp)),
        ("PgDn", KeyEvent(.pageDown)), ("home", KeyEvent(.home)), ("left", KeyEvent(.left)), ("f1", KeyEvent(.function(1))),
        ("F12", KeyEvent(.function(12))), ("ctrl+C", .ctrl("c")), ("control+x", .ctrl("x")), ("c+x", .ctrl("x")),
        ("alt+x", KeyEvent(.character("x"), modifiers: .alt)), ("meta+X", KeyEvent(.character("X"), modifiers: .alt)),
        ("shift+up", KeyEvent(.up, modifiers: .shift)), ("ctrl+alt+del", KeyEvent(.delete, modifiers: [.control, .alt])),
        ("G", .character("G")), ("+", .character("+")), ("ctrl++", .ctrl("+")), ("é", .character("é")),
    ])
    func spellings(spelling: String, key: KeyEvent) {
        #expect(KeyEvent(spelling: spelling) == key)
    }

    @Test(arguments: ["", "xyz", "f0", "f13", "hyper+x", "ctrl+", "ctrl+xyz"])
    func unknownSpellings(spelling: String) {
        #expect(KeyEvent(spelling: spelling) == nil)
    }

    @Test func descriptionsNameModifiersInOrder() {
        #expect(KeyEvent(.character("x"), modifiers: [.shift, .alt, .control]).description == "ctrl+alt+shift+x")
        #expect(KeyEvent(.function(5)).description == "f5")
        #expect(KeyEvent(.insert).description == "insert")
        #expect(KeyEvent(.escape).description == "esc")
        #expect(KeyEvent(spelling: KeyEvent(.delete, modifiers: [.control, .alt]).description) == KeyEvent(.delete, modifiers: [.control, .alt]))
        #expect(KeyEvent(spelling: KeyEvent.ctrl("+").description) == .ctrl("+"))
        #expect(KeyEvent(spelling: KeyEvent.character(" ").description) == .character(" "))
    }
}
