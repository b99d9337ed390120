import FlyingFox
import FlyingSocks

/// A response body that fails before its first byte: the status line and headers (which promise
/// ``promisedCount`` bytes) reach the client, then the connection ends.
///
/// This is how the sandbox drops a connection (``SandboxResponse/Delivery/dropConnection``). A
/// connection that ends before a single byte of the answer looks, to libcurl (under Linux's
/// URLSession), like a kept-alive connection the server had closed: it silently sends the request
/// again on a new connection — and for a `POST` on Linux's URLSession it instead waits out the
/// whole client timeout. Once the answer has begun, libcurl reports the loss at once
/// (`networkConnectionLost`) and never repeats the request, whatever its method.
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
