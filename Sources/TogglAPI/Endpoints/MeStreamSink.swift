import Foundation
import Synchronization
import TogglModels

/// The ``HTTPBodySink`` for `/me?with_related_data=true`: each chunk goes straight into a
/// ``MeStreamReader``, so the rows are read while the answer arrives and the body is never
/// held whole.
final class MeStreamSink: HTTPBodySink {
    private let reader = Mutex(MeStreamReader())

    func restart() {
        reader.withLock { $0 = MeStreamReader() }
    }

    func receive(_ chunk: Data) {
        reader.withLock { reader in chunk.withUnsafeBytes { reader.consume($0) } }
    }

    /// The first bytes of the answer, for an error message.
    var head: [UInt8] {
        reader.withLock { $0.head }
    }

    /// The answer read.
    /// - Throws: ``MeStreamReader/Undecodable`` when it is not a `/me` answer.
    func finish() throws -> Me {
        try reader.withLock { try $0.finish() }
    }
}
