import Testing
@testable import TrackerCore

@Suite struct LineEditorTests {
    static func editor(_ text: String, cursor: Int) -> LineEditor {
        var editor = LineEditor(text)
        editor.handle(KeyEvent(.home))
        for _ in 0..<cursor { editor.handle(KeyEvent(.right)) }
        return editor
    }

    @Test func startsWithTheCursorAtTheEnd() {
        let editor = LineEditor("abc")
        #expect(editor.text == "abc")
        #expect(editor.cursor == 3)
        #expect(!editor.isEmpty)
        #expect(LineEditor().isEmpty)
        #expect(LineEditor().cursor == 0)
    }

    @Test func typingInsertsAtTheCursor() {
        var editor = Self.editor("ac", cursor: 1)
        let typed = editor.handle(.character("b"))
        #expect(typed)
        #expect(editor.text == "abc")
        #expect(editor.cursor == 2)
        let shifted = editor.handle(KeyEvent(.character("D"), modifiers: .shift))
        #expect(shifted)
        #expect(editor.text == "abDc")
    }

    @Test func arrowsHomeAndEndMoveAndClamp() {
        var editor = LineEditor("abc")
        editor.handle(KeyEvent(.right))
        #expect(editor.cursor == 3)
        editor.handle(KeyEvent(.left))
        editor.handle(KeyEvent(.left))
        #expect(editor.cursor == 1)
        editor.handle(KeyEvent(.home))
        #expect(editor.cursor == 0)
        editor.handle(KeyEvent(.left))
        #expect(editor.cursor == 0)
        editor.handle(KeyEvent(.end))
        #expect(editor.cursor == 3)
        editor.handle(.ctrl("a"))
        #expect(editor.cursor == 0)
        editor.handle(.ctrl("e"))
        #expect(editor.cursor == 3)
        #expect(editor.text == "abc")
    }

    @Test func backspaceAndDelete() {
        var editor = Self.editor("abcd", cursor: 2)
        editor.handle(KeyEvent(.backspace))
        #expect(editor.text == "acd")
        #expect(editor.cursor == 1)
        editor.handle(KeyEvent(.delete))
        #expect(editor.text == "ad")
        #expect(editor.cursor == 1)
        editor.handle(.ctrl("h"))
        #expect(editor.text == "d")
        #expect(editor.cursor == 0)
        editor.handle(KeyEvent(.backspace))
        #expect(editor.text == "d")
        editor.handle(KeyEvent(.end))
        editor.handle(KeyEvent(.delete))
        #expect(editor.text == "d")
        #expect(editor.cursor == 1)
    }

    @Test func ctrlUDeletesToTheStartAndCtrlKToTheEnd() {
        var editor = Self.editor("hello world", cursor: 6)
        editor.handle(.ctrl("k"))
        #expect(editor.text == "hello ")
        #expect(editor.cursor == 6)
        editor.handle(KeyEvent(.left))
        editor.handle(.ctrl("u"))
        #expect(editor.text == " ")
        #expect(editor.cursor == 0)
        editor.handle(.ctrl("u"))
        #expect(editor.text == " ")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var editor = LineEditor("fix the  bug  ")
        editor.handle(.ctrl("w"))
        #expect(editor.text == "fix the  ")
        #expect(editor.cursor == 9)
        editor.handle(.ctrl("w"))
        #expect(editor.text == "fix ")
        editor = Self.editor("one two three", cursor: 6)
        editor.handle(.ctrl("w"))
        #expect(editor.text == "one o three")
        #expect(editor.cursor == 4)
        editor.handle(KeyEvent(.home))
        editor.handle(.ctrl("w"))
        #expect(editor.text == "one o three")
        editor = LineEditor("   ")
        editor.handle(.ctrl("w"))
        #expect(editor.text == "")
    }

    @Test func otherKeysAreNotEditingKeys() {
        var editor = LineEditor("abc")
        for key in [KeyEvent(.enter), KeyEvent(.escape), KeyEvent(.tab), KeyEvent(.backTab), KeyEvent(.up), KeyEvent(.down),
                    KeyEvent(.pageUp), KeyEvent(.function(2)), .ctrl("x"), .ctrl("s"), KeyEvent(.character("x"), modifiers: .alt)] {
            let handled = editor.handle(key)
            #expect(!handled, "\(key)")
        }
        #expect(editor == LineEditor("abc"))
    }

    @Test func setTextReplacesAndMovesToTheEnd() {
        var editor = Self.editor("abc", cursor: 1)
        editor.setText("xy")
        #expect(editor == LineEditor("xy"))
    }

    @Test func accentsAndEmojiAreOneStepEach() {
        var editor = LineEditor()
        for character in "café ☕ 🇫🇷 👩‍💻" { editor.handle(.character(character)) }
        #expect(editor.text == "café ☕ 🇫🇷 👩‍💻")
        #expect(editor.cursor == 10)
        editor.handle(KeyEvent(.backspace))
        #expect(editor.text == "café ☕ 🇫🇷 ")
        editor.handle(KeyEvent(.left))
        editor.handle(KeyEvent(.left))
        editor.handle(KeyEvent(.left))
        editor.handle(KeyEvent(.backspace))
        #expect(editor.text == "café  🇫🇷 ")
        #expect(editor.cursor == 5)
        editor.handle(KeyEvent(.home))
        editor.handle(KeyEvent(.right))
        editor.handle(KeyEvent(.right))
        editor.handle(KeyEvent(.right))
        editor.handle(KeyEvent(.delete))
        #expect(editor.text == "caf  🇫🇷 ")
        editor = LineEditor("e\u{301}t\u{E9}")
        #expect(editor.cursor == 3)
        editor.handle(.ctrl("w"))
        #expect(editor.text == "")
    }

    @Test func aCombiningMarkTypedAloneJoinsTheCharacterBeforeIt() {
        // A terminal hands over a decomposed "é" (pasted) as two keys: "e" then U+0301.
        var editor = LineEditor()
        editor.handle(.character("e"))
        editor.handle(.character("\u{301}"))
        #expect(editor.text == "é")
        #expect(editor.cursor == 1)
        editor.handle(.character("!"))
        #expect(editor.text == "é!")
        #expect(editor.cursor == 2)
        // In the middle of the text too.
        editor = Self.editor("ab", cursor: 1)
        editor.handle(.character("\u{301}"))
        #expect(editor.text == "áb")
        #expect(editor.cursor == 1)
        editor.handle(KeyEvent(.backspace))
        #expect(editor.text == "b")
        // Regional indicators typed one by one make a flag.
        editor = LineEditor()
        editor.handle(.character("\u{1F1EB}"))
        editor.handle(.character("\u{1F1F7}"))
        #expect(editor.text == "🇫🇷")
        #expect(editor.cursor == 1)
        editor.handle(KeyEvent(.backspace))
        #expect(editor.text == "")
    }
}
