import Testing
import TrackerCore

@Suite struct KeyEventTests {
    @Test func descriptionsAreTheConfigSpelling() {
        #expect(KeyEvent.ctrl("c").description == "ctrl+c")
        #expect(KeyEvent(.backTab).description == "shift+tab")
        #expect(KeyEvent.character(" ").description == "space")
        #expect(KeyEvent.character("?").description == "?")
        #expect(KeyEvent(.pageDown).description == "pgdn")
    }
}
