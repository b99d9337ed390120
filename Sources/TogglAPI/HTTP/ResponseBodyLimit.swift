import Foundation

/// The largest response body a transport reads, and the running count that enforces it.
///
/// A server (or anything between) can announce or send an endless body; reading stops at
/// ``maxBytes``: at once when `Content-Length` announces more, else as soon as the received bytes
/// pass it. Toggl's largest honest answers (a year of time entries) are a few megabytes.
public struct ResponseBodyLimit: Sendable, Equatable {
    /// 64 MiB, the default.
    public static let defaultMaxBytes = 64 * 1024 * 1024

    /// The cap in bytes.
    public let maxBytes: Int
    /// The bytes received so far.
    public private(set) var receivedBytes = 0

    /// A limit of `maxBytes` (at least 1).
    public init(maxBytes: Int = ResponseBodyLimit.defaultMaxBytes) {
        self.maxBytes = max(1, maxBytes)
    }

    /// Whether a body announced as `expectedLength` bytes may be read (`-1` or less: unknown).
    public func allows(expectedLength: Int64) -> Bool {
        expectedLength < 0 || expectedLength <= Int64(maxBytes)
    }

    /// Counts `count` more bytes; false once the total is past the cap.
    public mutating func receive(_ count: Int) -> Bool {
        receivedBytes = receivedBytes > maxBytes - count ? maxBytes + 1 : receivedBytes + count
        return receivedBytes <= maxBytes
    }

    /// The failure a transport reports for an oversized body.
    public var exceededError: TransportError {
        .other("the answer is larger than \(ResponseBodyLimit.spoken(bytes: maxBytes)); it was not read")
    }

    static func spoken(bytes: Int) -> String {
        if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MiB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}
