#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// A store file holding one JSON document in a versioned envelope, written with ``AtomicFile``:
///
/// ```json
/// {"format":"toggl-tui.catalog","payload":{…},"saved_at":"2025-03-01T10:15:00Z","version":1}
/// ```
///
/// Keys are sorted and dates are RFC 3339 UTC, as ``TogglJSON``'s encoder writes them; the
/// bytes are streamed by ``StreamingJSONEncoder``. ``load(now:)`` never throws and
/// never deletes: a missing file loads as `nil`; a file that is not JSON, is cut short, holds
/// another `format` or a payload of the wrong shape is renamed to `<name>.corrupt-<UTC stamp>`;
/// a file of another `version` is renamed to `<name>.old-v<N>-<UTC stamp>` (or `.newer-v<N>-…`
/// when written by a newer toggl-tui). Either way the caller gets `nil` and a ``StoreIssue`` to
/// show ("cache rebuilt"), and the next ``save(_:now:)`` starts a fresh file.
public struct VersionedFile<Payload: Codable & Sendable>: Sendable {
    /// What ``load(now:)`` found.
    public struct Loaded: Sendable {
        /// The payload, or `nil` when the file is missing or was set aside.
        public var payload: Payload?
        /// When the payload was saved (the envelope's `saved_at`).
        public var savedAt: Date?
        /// What was wrong with the file and what was done, if anything.
        public var issue: StoreIssue?

        /// Creates a result.
        public init(payload: Payload?, savedAt: Date? = nil, issue: StoreIssue? = nil) {
            self.payload = payload
            self.savedAt = savedAt
            self.issue = issue
        }
    }

    /// The file's path.
    public let path: String
    /// The envelope's `format`, naming the kind of file (e.g. `toggl-tui.catalog`).
    public let format: String
    /// The format version this build writes and reads.
    public let version: Int
    /// What the file is, for messages: e.g. "the cached catalog".
    public let label: String

    /// - Parameters:
    ///   - path: where the file lives.
    ///   - format: the envelope's `format`; a file with another one is set aside.
    ///   - version: the version written; a file with another one is set aside.
    ///   - label: what the file is, in words, for ``StoreIssue/message``.
    public init(path: String, format: String, version: Int, label: String) {
        self.path = path
        self.format = format
        self.version = version
        self.label = label
    }

    /// The payload in the file, or `nil` (missing, or set aside with an issue). Never throws.
    /// Leftover temporary files of an interrupted save are removed on the way.
    public func load(now: Date = Date()) -> Loaded {
        let file = AtomicFile(path: path)
        file.removeStaleTemporaries(now: now)
        let data: Data
        do {
            guard let bytes = try file.read() else { return Loaded(payload: nil) }
            data = bytes
        } catch {
            let problem = StoreIssue.Problem.unreadable(detail: "\(error)")
            let issue = StoreIssue(
                path: path, problem: problem, action: .leftInPlace(detail: "\(error)"),
                message: "\(Self.capitalized(label)) could not be used: \(StoreIssue.explain(problem)). It will be rebuilt."
            )
            return Loaded(payload: nil, issue: issue)
        }
        // The common case, a sound file of this version, without `JSONDecoder`'s overhead;
        // anything else is decoded (and judged) by `JSONDecoder` below.
        if let fast = fastRead(data) {
            if let nonsense = (fast.payload as? any StoreSanityChecked)?.nonsense {
                return Loaded(payload: nil, issue: setAside(problem: .corrupt(detail: nonsense), suffix: "corrupt", now: now))
            }
            return Loaded(payload: fast.payload, savedAt: fast.savedAt)
        }
        let problem: StoreIssue.Problem
        let suffix: String
        do {
            let decoder = TogglJSON.makeDecoder()
            if let key = envelopeExpectationKey {
                decoder.userInfo[key] = EnvelopeExpectation(format: format, version: version)
            }
            let envelope = try decoder.decode(IncomingEnvelope.self, from: data)
            if envelope.format != format {
                problem = .wrongKind(found: envelope.format)
                suffix = "corrupt"
            } else if envelope.version != version {
                problem = .unsupportedVersion(found: envelope.version, expected: version)
                suffix = envelope.version < version ? "old-v\(envelope.version)" : "newer-v\(envelope.version)"
            } else if let payload = envelope.payload, let nonsense = (payload as? any StoreSanityChecked)?.nonsense {
                problem = .corrupt(detail: nonsense)
                suffix = "corrupt"
            } else if let payload = envelope.payload {
                return Loaded(payload: payload, savedAt: envelope.savedAt)
            } else {
                problem = .corrupt(detail: "no payload")
                suffix = "corrupt"
            }
        } catch {
            problem = .corrupt(detail: Self.summary(of: error))
            suffix = "corrupt"
        }
        return Loaded(payload: nil, issue: setAside(problem: problem, suffix: suffix, now: now))
    }

    /// Writes `payload` in a fresh envelope (`saved_at` = `now`), atomically and durably.
    /// - Throws: ``StoreError``; the previous file is then left as it was.
    public func save(_ payload: Payload, now: Date = Date()) throws {
        // Room for about what the file holds now: one buffer, written as it is.
        // A sparse or replaced file's size is no promise: the hint is capped.
        let previousSize = min(POSIX.status(path).map { Int($0.st_size) } ?? 0, POSIX.sizeHintLimit)
        let bytes = try encodedBytes(payload, savedAt: now, capacity: previousSize + previousSize / 8 + 4_096)
        try AtomicFile(path: path).write(bytes: bytes)
    }

    /// The exact bytes ``save(_:now:)`` writes.
    public func encode(_ payload: Payload, savedAt: Date) throws -> Data {
        Data(try encodedBytes(payload, savedAt: savedAt, capacity: 4_096))
    }

    /// The file's bytes, streamed by ``StreamingJSONEncoder`` (the bytes `TogglJSON`'s encoder
    /// writes, without its whole-value tree; it falls back to that encoder for a payload it
    /// cannot stream).
    func encodedBytes(_ payload: Payload, savedAt: Date, capacity: Int) throws -> [UInt8] {
        do {
            return try StreamingJSONEncoder.storeBytes(
                of: OutgoingEnvelope(format: format, version: version, savedAt: savedAt, payload: payload),
                capacity: capacity
            )
        } catch {
            throw StoreError.encoding(path: path, detail: "\(error)")
        }
    }

    // MARK: Internals

    private func setAside(problem: StoreIssue.Problem, suffix: String, now: Date) -> StoreIssue {
        let what = "\(Self.capitalized(label)) could not be used: \(StoreIssue.explain(problem))."
        do {
            let aside = try POSIX.setAside(path, suffix: suffix, now: now)
            return StoreIssue(
                path: path, problem: problem, action: .setAside(path: aside),
                message: "\(what) It was set aside as \(POSIX.name(of: aside)) and will be rebuilt."
            )
        } catch {
            return StoreIssue(
                path: path, problem: problem, action: .leftInPlace(detail: "\(error)"),
                message: "\(what) It could not be set aside (\(error)) and will be overwritten when rebuilt."
            )
        }
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A short decoder complaint without the coding-path noise.
    private static func summary(of error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context): return context.debugDescription
        case DecodingError.valueNotFound(_, let context): return context.debugDescription
        default: return "\(error)"
        }
    }

    /// What the decoder should find; passed through `userInfo` so the payload is decoded only
    /// when the format and version match (one parse, no wasted work on an old file).

    private enum CodingKeys: String, CodingKey {
        case format, version, payload
        case savedAt = "saved_at"
    }

    private struct IncomingEnvelope: Decodable {
        let format: String
        let version: Int
        let savedAt: Date?
        let payload: Payload?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            format = try c.decode(String.self, forKey: .format)
            version = try c.decode(Int.self, forKey: .version)
            savedAt = try? c.decodeIfPresent(Date.self, forKey: .savedAt)
            let expected = envelopeExpectationKey.flatMap { decoder.userInfo[$0] as? EnvelopeExpectation }
            if let expected, expected.format != format || expected.version != version {
                payload = nil
            } else {
                payload = try c.decode(Payload.self, forKey: .payload)
            }
        }
    }

    private struct OutgoingEnvelope: Encodable {
        let format: String
        let version: Int
        let savedAt: Date
        let payload: Payload

        /// In key order, so the streaming encoder never moves the payload (the file's bulk).
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(format, forKey: .format)
            try c.encode(payload, forKey: .payload)
            try c.encode(savedAt, forKey: .savedAt)
            try c.encode(version, forKey: .version)
        }
    }
}

/// What the decoder should find; passed through `userInfo` so the payload is decoded only when
/// the format and version match (one parse, no wasted work on an old file).
private struct EnvelopeExpectation: Sendable {
    let format: String
    let version: Int
}

private let envelopeExpectationKey = CodingUserInfoKey(rawValue: "toggl-tui.envelope-expectation")
