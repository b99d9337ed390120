import Testing
@testable import TrackerStatus

/// Unsent entries' negative ids are written so that a shell passes them back.
struct EntryReferenceTests {
    @Test func idsAreWrittenAndReadBack() {
        #expect(EntryReference.text(3_700_000_182) == "3700000182")
        #expect(EntryReference.text(-1_796_432_081_044) == "local-1796432081044")
        for id: Int64 in [3_700_000_182, -1_796_432_081_044, 1, -1, .max, -.max] {
            #expect(EntryReference.id(EntryReference.text(id)) == id)
        }
        #expect(EntryReference.id("-1796432081044") == -1_796_432_081_044)
        #expect(EntryReference.id(" 42 ") == 42)
    }

    @Test func whatIsNoIdIsNil() {
        for text in ["", "local-", "local-0", "local--5", "local-x", "wireframes", "12ab", "local-99999999999999999999"] {
            #expect(EntryReference.id(text) == nil, "\(text)")
        }
    }
}
