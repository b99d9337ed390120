import CCurlLazy
import Foundation
import Synchronization

/// One request's side of a ``CurlTransport`` transfer: what libcurl's callbacks see while it
/// runs — the answer's status and headers as they arrive, its body collected or handed to a
/// sink, the body limit, and whether the caller gave up.
///
/// libcurl calls back on the thread running the transfer, one call at a time; only
/// ``cancel()`` comes from elsewhere, which is why that flag is atomic.
final class CurlExchange: @unchecked Sendable {
    private let sink: (any HTTPBodySink)?
    private var limit: ResponseBodyLimit
    private let cancelled = Atomic<Bool>(false)

    /// The status of the latest status line (a `100 Continue` or a proxy's answer come first).
    private(set) var status = 0
    private(set) var headers: [String: String] = [:]
    private(set) var body = Data()
    /// Set when this side stopped the transfer (a body over the limit).
    private(set) var failure: TransportError?

    init(sink: (any HTTPBodySink)?, maxBodyBytes: Int) {
        self.sink = sink
        self.limit = ResponseBodyLimit(maxBytes: maxBodyBytes)
    }

    /// Asks the transfer to stop at its next progress call (within about a second).
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    var isCancelled: Bool {
        cancelled.load(ordering: .relaxed)
    }

    /// One header line; false stops the transfer.
    func receiveHeader(_ line: UnsafeRawBufferPointer) -> Bool {
        var length = line.count
        while length > 0, line[length - 1] == 0x0A || line[length - 1] == 0x0D { length -= 1 }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: line[..<length]), as: UTF8.self)
        if text.hasPrefix("HTTP/") {
            // A new answer starts: an interim one's headers do not carry over.
            let parts = text.split(separator: " ", maxSplits: 2)
            status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            headers = [:]
            return true
        }
        guard let colon = text.firstIndex(of: ":") else { return true }
        let name = String(text[..<colon])
        let value = String(text[text.index(after: colon)...].drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        // A repeated field is one, its values joined (RFC 9110 §5.3), whatever the case of its name.
        if let earlier = headers.keys.first(where: { $0.lowercased() == name.lowercased() }) {
            headers[earlier] = (headers[earlier] ?? "") + ", " + value
        } else {
            headers[name] = value
        }
        if name.lowercased() == "content-length", let length = Int64(value), !limit.allows(expectedLength: length) {
            failure = limit.exceededError
            return false
        }
        return true
    }

    /// Body bytes; false stops the transfer. A 2xx body goes to the sink, if there is one.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard limit.receive(bytes.count) else {
            failure = limit.exceededError
            body = Data()
            return false
        }
        if let sink, HTTPResponse.isSuccess(status) {
            sink.receive(Data(bytes))
        } else {
            body.append(contentsOf: bytes)
        }
        return true
    }

    // MARK: libcurl's callbacks

    /// `CURLOPT_HEADERFUNCTION`: `context` is the exchange.
    static let headerCallback: toggl_curl_data_function = { bytes, size, count, context in
        guard let context else { return 0 }
        let exchange = Unmanaged<CurlExchange>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        return exchange.receiveHeader(UnsafeRawBufferPointer(start: bytes, count: length)) ? length : 0
    }

    /// `CURLOPT_WRITEFUNCTION`: `context` is the exchange.
    static let bodyCallback: toggl_curl_data_function = { bytes, size, count, context in
        guard let context else { return 0 }
        let exchange = Unmanaged<CurlExchange>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        return exchange.receiveBody(UnsafeRawBufferPointer(start: bytes, count: length)) ? length : 0
    }

    /// `CURLOPT_XFERINFOFUNCTION`: non-zero stops a transfer whose caller gave up.
    static let progressCallback: toggl_curl_progress_function = { context, _, _, _, _ in
        guard let context else { return 0 }
        return Unmanaged<CurlExchange>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
    }
}
