import FlyingFox
import FlyingSocks

/// A response body that fails before its first byte: the status line and headers (which promise
/// ``promisedCount`` bytes) reach the client, then the connection ends.
///
/// This is how the sandbox drops a connection (``SandboxResponse/Delivery/dropConnection``). A
/// connection that ends before a single byte of the answer looks, to libcurl (the app's
/// transport, and what Linux's URLSession runs on), like a kept-alive connection the server had
/// closed: it may silently send the request again on a new connection (which is why the app's
/// transport sends a write only on a fresh connection). Once the answer has
/// begun, libcurl reports the loss at once (a partial answer: `TransportError.connectionLost`)
/// and never repeats the request, whatever its method.
struct CutOffBody: AsyncBufferedSequence {
    typealias Element = UInt8

    struct Cut: Error {}

    /// The body length the headers announce.
    static let promisedCount = 64

    struct AsyncIterator: AsyncBufferedIteratorProtocol {
        mutating func next() async throws -> UInt8? { throw Cut() }
        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? { throw Cut() }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator() }
}
