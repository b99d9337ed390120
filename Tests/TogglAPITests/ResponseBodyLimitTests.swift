import Testing
import TogglAPI

/// The response body cap: an announced length over it is refused at once, a body that grows
/// past it is cut off, and the count itself cannot overflow.
@Suite struct ResponseBodyLimitTests {
    @Test func theDefaultIs64MiB() {
        #expect(ResponseBodyLimit().maxBytes == 64 * 1024 * 1024)
        #expect(ResponseBodyLimit().exceededError == .other("the answer is larger than 64 MiB; it was not read"))
    }

    @Test func anAnnouncedLengthOverTheCapIsRefused() {
        let limit = ResponseBodyLimit(maxBytes: 100)
        #expect(limit.allows(expectedLength: -1))
        #expect(limit.allows(expectedLength: 100))
        #expect(!limit.allows(expectedLength: 101))
        #expect(!limit.allows(expectedLength: .max))
    }

    @Test func receivedBytesPastTheCapFail() {
        var limit = ResponseBodyLimit(maxBytes: 100)
        let first = limit.receive(60), second = limit.receive(40), third = limit.receive(1)
        #expect(first && second && !third)
        var huge = ResponseBodyLimit(maxBytes: 100)
        let small = huge.receive(50), enormous = huge.receive(.max), again = huge.receive(.max)
        #expect(small && !enormous && !again)
    }
}
