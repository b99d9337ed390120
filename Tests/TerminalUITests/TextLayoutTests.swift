import Testing
@testable import TerminalUI
import TrackerCore

@Suite struct TextLayoutTests {
    @Test func truncateKeepsFittingTextAndEndsOverflowWithEllipsis() {
        #expect(TextLayout.truncate("Website", to: 7) == "Website")
        #expect(TextLayout.truncate("Website", to: 6) == "Websi…")
        #expect(TextLayout.truncate("Website", to: 1) == "…")
        #expect(TextLayout.truncate("Website", to: 0) == "")
        #expect(TextLayout.truncate("Website", to: -3) == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // 会议 takes 4 columns; 3 columns leave room for 会 and the ellipsis only.
        #expect(TextLayout.truncate("会议 notes ☕", to: 4) == "会…")
        #expect(TextLayout.truncate("会议 notes ☕", to: 3) == "会…")
        #expect(TextLayout.truncate("会议 notes ☕", to: 2) == "…")
        // 13 columns: the emoji is wide, so 12 columns keep "会议 notes " and the ellipsis.
        #expect(TextLayout.truncate("会议 notes ☕", to: 12) == "会议 notes …")
        #expect(TextLayout.truncate("会议 notes ☕", to: 13) == "会议 notes ☕")
    }

    @Test func padAlignsToExactWidth() {
        #expect(TextLayout.pad("1:05", to: 7, alignment: .right) == "   1:05")
        #expect(TextLayout.pad("ab", to: 4) == "ab  ")
        #expect(TextLayout.pad("abcdef", to: 4) == "abc…")
    }

    @Test func wrapBreaksAtSpacesAndKeepsParagraphs() {
        #expect(TextLayout.wrap("Delete the entry Standup meeting?", width: 12) == ["Delete the", "entry", "Standup", "meeting?"])
        #expect(TextLayout.wrap("one  two\n\nthree", width: 20) == ["one two", "", "three"])
        #expect(TextLayout.wrap("", width: 5) == [""])
        #expect(TextLayout.wrap("anything", width: 0) == [])
    }

    @Test func wrapBreaksLongWordsBetweenCharactersWideCharSafe() {
        #expect(TextLayout.wrap("abcdefgh ij", width: 3) == ["abc", "def", "gh", "ij"])
        #expect(TextLayout.wrap("会议会议", width: 3) == ["会", "议", "会", "议"])
        #expect(TextLayout.wrap("会议", width: 1) == ["会", "议"])
        for line in TextLayout.wrap("会议 notes ☕ and a longer tail of words", width: 7) {
            #expect(DisplayWidth.of(line) <= 7)
        }
    }
}
