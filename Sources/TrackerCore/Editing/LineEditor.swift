/// A one-line text being edited, with a cursor, as a shell line edits: ←/→, Home/End,
/// Backspace/Delete, Ctrl-U, Ctrl-W, Ctrl-K, Ctrl-A, Ctrl-E.
///
/// The cursor counts graphemes (`Character`s), so an emoji or an accented letter is one step.
public struct LineEditor: Sendable, Hashable {
    public private(set) var text: String
    /// The cursor position, from 0 (before the first character) to `text.count`.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Whether there is no text.
    public var isEmpty: Bool { text.isEmpty }

    /// Applies an editing key. Returns false when the key is not an editing key (so the caller
    /// can treat it, e.g. Enter or Esc).
    @discardableResult
    public mutating func handle(_ event: KeyEvent) -> Bool {
        if event.modifiers.contains(.control), case .character(let letter) = event.key {
            switch letter {
            case "u": deleteToStart()
            case "w": deleteWordBackward()
            case "k": deleteToEnd()
            case "a": cursor = 0
            case "e": cursor = text.count
            case "h": deleteBackward()
            default: return false
            }
            return true
        }
        guard !event.modifiers.contains(.alt) else { return false }
        switch event.key {
        case .character(let character):
            insert(character)
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        default: return false
        }
        return true
    }

    /// Inserts a character at the cursor.
    public mutating func insert(_ character: Character) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        let before = String(text[..<index]) + String(character)
        text = before + String(text[index...])
        // A combining mark, joiner or second regional indicator merges with the character before
        // it, so the cursor moves by what the text really holds (never past its end).
        cursor = min(before.count, text.count)
    }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Deletes the character before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        let index = text.index(text.startIndex, offsetBy: cursor - 1)
        text.remove(at: index)
        cursor -= 1
    }

    /// Deletes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func deleteToStart() {
        text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
        cursor = 0
    }

    /// Ctrl-K: deletes everything from the cursor on.
    public mutating func deleteToEnd() {
        text.removeSubrange(text.index(text.startIndex, offsetBy: cursor)...)
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        let characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        text = String(characters[..<start]) + String(characters[cursor...])
        cursor = start
    }
}
