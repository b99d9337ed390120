import Foundation
import Testing
import TogglModels
@testable import TrackerStore

/// The streaming encoder writes the store's files byte for byte as `TogglJSON.makeEncoder()`
/// does, and what it cannot stream is encoded by `JSONEncoder` instead.
@Suite struct StreamingJSONEncoderTests {
    /// Streams `value` (no fallback) and checks the bytes are JSONEncoder's and decode to what
    /// JSONEncoder's decode to.
    static func expectSameAsJSONEncoder<T: Codable & Equatable>(
        _ value: T, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let streamed = try StreamingJSONEncoder.encode(value)
        let expected = Array(try TogglJSON.makeEncoder().encode(value))
        #expect(
            streamed == expected,
            "\(label): streamed \(String(decoding: streamed, as: UTF8.self))\nJSONEncoder \(String(decoding: expected, as: UTF8.self))",
            sourceLocation: sourceLocation)
        let decoder = TogglJSON.makeDecoder()
        let fromStreamed = try decoder.decode(T.self, from: Data(streamed))
        let fromExpected = try decoder.decode(T.self, from: Data(expected))
        #expect(fromStreamed == fromExpected, "\(label)", sourceLocation: sourceLocation)
    }

    /// The envelope `VersionedFile` wrote with JSONEncoder before: the payload's JSONEncoder
    /// bytes between the sorted envelope keys.
    static func expectedFile<P: Encodable>(_ file: VersionedFile<P>, _ payload: P, savedAt: Date) throws -> Data {
        let payloadJSON = String(decoding: try TogglJSON.makeEncoder().encode(payload), as: UTF8.self)
        let stamp = TogglTimestamp.formatExact(savedAt)
        return Data(#"{"format":"\#(file.format)","payload":\#(payloadJSON),"saved_at":"\#(stamp)","version":\#(file.version)}"#.utf8)
    }

    static func layout(_ folder: String) -> StoreLayout {
        StoreLayout(cacheDirectory: folder + "/cache", stateDirectory: folder + "/state", userID: 7)
    }

    // MARK: The store's payloads

    @Test(.enabled(if: StoreFixtures.available))
    func catalogsFromTheRecordedFixturesAreJSONEncodersBytes() throws {
        let catalogs = try StoreFixtures.catalogs()
        #expect(catalogs.count == 3)
        #expect(catalogs.filter { !$0.catalog.projects.isEmpty && !$0.catalog.clients.isEmpty && !$0.catalog.tags.isEmpty }.count == 2)
        for (name, catalog) in catalogs {
            try Self.expectSameAsJSONEncoder(catalog, name)
            let file = Self.layout("/x").catalog
            #expect(try file.encode(catalog, savedAt: fixedNow) == Self.expectedFile(file, catalog, savedAt: fixedNow), "\(name)")
        }
    }

    @Test(.enabled(if: StoreFixtures.available))
    func entriesFromTheRecordedFixturesAreJSONEncodersBytes() throws {
        let entries = StoreFixtures.entries()
        #expect(entries.count >= 10)
        try Self.expectSameAsJSONEncoder(EntriesSnapshot(entries: entries), "every recorded entry")
        for entry in entries {
            try Self.expectSameAsJSONEncoder(EntriesSnapshot(entries: [entry]), "entry \(entry.id)")
        }
        let snapshot = EntriesSnapshot(entries: entries + (0..<50).map(sampleEntry))
        let file = Self.layout("/x").recentEntries
        #expect(try file.encode(snapshot, savedAt: fixedNow) == Self.expectedFile(file, snapshot, savedAt: fixedNow))
        try Self.expectSameAsJSONEncoder(EntriesSnapshot(), "no entries")
    }

    @Test func syncStatesAreJSONEncodersBytes() throws {
        var every = SyncState(
            fetchedWindows: [
                .init(start: fixedNow.addingTimeInterval(-86_400.25), end: fixedNow, fetchedAt: fixedNow.addingTimeInterval(0.835197)),
            ],
            quota: [
                .init(quota: Quota(organizationID: nil, remaining: 30, resetsInSecs: 1_200, total: 30), observedAt: fixedNow),
                .init(quota: Quota(organizationID: 9_007_199_254_740_993, remaining: 0, resetsInSecs: 3_600, total: 600), observedAt: fixedNow),
            ],
            lastBootstrap: fixedNow)
        for (offset, kind) in SyncState.Kind.allCases.enumerated() {
            every.since[kind] = fixedNow.addingTimeInterval(TimeInterval(-60 * offset))
        }
        for state in [SyncState(), every] {
            try Self.expectSameAsJSONEncoder(state, "\(state)")
            let file = Self.layout("/x").sync
            #expect(try file.encode(state, savedAt: fixedNow) == Self.expectedFile(file, state, savedAt: fixedNow))
        }
    }

    @Test func journalRecordsAndHeadersAreJSONEncodersBytes() throws {
        let entry = TimeEntryPayload(
            workspaceID: 42, createdWith: "toggl-tui", start: fixedNow, duration: -1, stop: .clear,
            description: .set("Write \"docs\" / \\ \u{1}\n😀"), projectID: .set(9), taskID: .clear, tags: ["a", "b/c"],
            tagIDs: [1, Int64.max], tagAction: .add, billable: true, userID: 7)
        let project = ProjectPayload(
            name: "P", clientID: .clear, color: "#ffffff", active: false, isPrivate: true, billable: true, template: false,
            estimatedHours: .set(10), rate: .set(99.95), currency: "EUR", fixedFee: .clear, autoEstimates: true,
            startDate: fixedNow, endDate: .set(fixedNow.addingTimeInterval(86_400)), isShared: false, externalReference: "r")
        let operations: [JournalOperation] = [
            .startEntry(workspaceID: 42, localID: -1, payload: entry),
            .stopEntry(workspaceID: 42, id: 17, stop: fixedNow),
            .createEntry(workspaceID: 42, localID: -2, payload: TimeEntryPayload(workspaceID: 42, start: fixedNow, duration: 60)),
            .updateEntry(workspaceID: 42, id: 18, payload: entry),
            .deleteEntry(workspaceID: 42, id: 19),
            .createClient(workspaceID: 42, localID: -3, payload: ClientPayload(name: "C", notes: "n", externalReference: "e")),
            .updateClient(workspaceID: 42, id: 20, payload: ClientPayload(name: "D")),
            .deleteClient(workspaceID: 42, id: 21),
            .createProject(workspaceID: 42, localID: -4, payload: project),
            .updateProject(workspaceID: 42, id: 22, payload: ProjectPayload(rate: .clear)),
            .deleteProject(workspaceID: 42, id: 23),
            .createTag(workspaceID: 42, localID: -5, payload: TagPayload(name: "urgent 🔥")),
            .updateTag(workspaceID: 42, id: 24, payload: TagPayload()),
            .deleteTag(workspaceID: 42, id: 25),
            .sent(sequence: 3, serverID: 3_812),
            .sent(sequence: 4, serverID: nil),
            .failed(sequence: 5, message: "Project not found\u{7f}\u{2028}", statusCode: 404),
            .failed(sequence: 6, message: "", statusCode: nil),
            .discarded(sequence: 7),
        ]
        for (index, operation) in operations.enumerated() {
            let record = JournalRecord(sequence: Int64(index + 1), at: fixedNow.addingTimeInterval(0.5), operation: operation,
                                       baseAt: index.isMultiple(of: 2) ? fixedNow : nil)
            try Self.expectSameAsJSONEncoder(record, operation.type)
        }
        try Self.expectSameAsJSONEncoder(JournalHeader(baseSequence: 41, createdAt: fixedNow), "header")
    }

    @Test func accountIndexesAreJSONEncodersBytes() throws {
        let index = AccountIndex(accounts: [
            "a1b2": .init(userID: 7, email: "a@example.com", lastUsed: fixedNow),
            "c3d4": .init(userID: 8, email: nil, lastUsed: fixedNow.addingTimeInterval(-1)),
            "00ff": .init(userID: 9, lastUsed: fixedNow),
        ])
        try Self.expectSameAsJSONEncoder(index, "account index")
    }

    /// What `save` writes is what `encode` returns (no extra copy, the same bytes), and it
    /// loads back; the journal's lines are JSONEncoder's too.
    @Test func savedFilesHoldTheEncodedBytesAndLoad() throws {
        try withTemporaryFolder { folder in
            let layout = Self.layout(folder)
            let snapshot = EntriesSnapshot(entries: (0..<200).map(sampleEntry))
            try layout.recentEntries.save(snapshot, now: fixedNow)
            let written = try #require(try AtomicFile(path: layout.recentEntries.path).read())
            #expect(written == (try layout.recentEntries.encode(snapshot, savedAt: fixedNow)))
            #expect(layout.recentEntries.load(now: fixedNow).payload == snapshot)
            // A second save, sized from the first file, writes the same.
            try layout.recentEntries.save(snapshot, now: fixedNow)
            #expect(try AtomicFile(path: layout.recentEntries.path).read() == written)
            #expect(try mode(of: layout.recentEntries.path) == 0o600)

            let journal = Journal(path: folder + "/journal.jsonl")
            let record = try journal.append(.failed(sequence: 1, message: "a \"quote\" \u{0}", statusCode: 500), at: fixedNow)
            let lines = text(of: folder + "/journal.jsonl").split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.last.map(String.init) == String(decoding: try TogglJSON.makeEncoder().encode(record), as: UTF8.self))
            #expect(try journal.readAll(now: fixedNow).records == [record])
        }
    }

    @Test func atomicFileWritesBytesAsItWritesData() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/deeper/file.json"
            try AtomicFile(path: path).write(bytes: Array("{\"a\":1}".utf8))
            #expect(text(of: path) == "{\"a\":1}")
            #expect(try mode(of: path) == 0o600)
            try AtomicFile(path: path).write(bytes: [])
            #expect(text(of: path) == "")
        }
    }

    // MARK: Values at the edges

    /// A value whose `encode(to:)` writes nothing is `{}` inside another (as JSONEncoder
    /// writes it); at the top JSONEncoder refuses it, and so does the fallback.
    @Test func aValueThatEncodesNothing() throws {
        let streamed = try StreamingJSONEncoder.encode([Silent(), Silent()])
        #expect(String(decoding: streamed, as: UTF8.self) == "[{},{}]")
        #expect(streamed == Array(try TogglJSON.makeEncoder().encode([Silent(), Silent()])))
        let unused = [UnusedSingleValue()]
        #expect(try StreamingJSONEncoder.encode(unused) == Array(try TogglJSON.makeEncoder().encode(unused)))
        #expect(throws: StreamingJSONEncoder.CannotStream.nothingEncoded) { try StreamingJSONEncoder.encode(Silent()) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.storeBytes(of: Silent()) }
    }

    /// As deep as JSONEncoder writes, the same bytes; one deeper, both refuse.
    @Test func nestingAsDeepAsJSONEncoderAllows() throws {
        func nested(_ depth: Int) -> JSONValue {
            (1..<depth).reduce(JSONValue.array([.integer(1)])) { inner, _ in .array([inner]) }
        }
        let deepest = nested(StreamingJSONWriter.maximumDepth)
        #expect(try StreamingJSONEncoder.encode(deepest) == Array(try TogglJSON.makeEncoder().encode(deepest)))
        let tooDeep = nested(StreamingJSONWriter.maximumDepth + 1)
        #expect(throws: StreamingJSONEncoder.CannotStream.tooDeep) { try StreamingJSONEncoder.encode(tooDeep) }
        #expect(throws: (any Error).self) { try TogglJSON.makeEncoder().encode(tooDeep) }
        #expect(throws: (any Error).self) { try StreamingJSONEncoder.storeBytes(of: tooDeep) }
    }

    /// Infinity and NaN have no JSON spelling: an `EncodingError.invalidValue` at the same
    /// coding path as JSONEncoder's, and a store file refuses to save (nothing is written).
    @Test func aNonFiniteNumberThrowsLikeJSONEncoder() throws {
        let values: [Measured] = [
            Measured(rate: .nan, rates: [], nested: []),
            Measured(rate: 1, rates: [1, -.infinity], nested: []),
            Measured(rate: 1, rates: [], nested: [[.infinity]]),
            Measured(rate: 1, rates: [], nested: [], single: .nan),
            Measured(rate: 1, rates: [], nested: [], float: -.infinity),
        ]
        for value in values {
            var streamedPath: [String]?
            var expectedPath: [String]?
            do {
                _ = try StreamingJSONEncoder.encode(value)
            } catch EncodingError.invalidValue(_, let context) {
                streamedPath = context.codingPath.map(\.stringValue)
            }
            do {
                _ = try TogglJSON.makeEncoder().encode(value)
            } catch EncodingError.invalidValue(_, let context) {
                expectedPath = context.codingPath.map(\.stringValue)
            }
            #expect(streamedPath != nil, "\(value)")
            #expect(streamedPath == expectedPath, "\(value)")
        }
        try withTemporaryFolder { folder in
            let file = VersionedFile<JSONValue>(path: folder + "/m.json", format: "test.payload", version: 1, label: "the test file")
            #expect(throws: StoreError.self) { try file.save(.array([.number(1), .number(.nan)]), now: fixedNow) }
            #expect(!FileManager.default.fileExists(atPath: file.path))
        }
    }

    @Test func integersOfEveryWidthAreJSONEncodersBytes() throws {
        let edges = Widths(
            int8: [.min, -1, 0, .max], int16: [.min, .max], int32: [.min, .max], int64: [.min, -1, 0, .max],
            int: [.min, .max], uint8: [0, .max], uint16: [.max], uint32: [.max], uint64: [0, .max], uint: [.max])
        try Self.expectSameAsJSONEncoder(edges, "edges")
        #expect(String(decoding: try StreamingJSONEncoder.encode(Int64.min), as: UTF8.self) == "-9223372036854775808")
        #expect(String(decoding: try StreamingJSONEncoder.encode(UInt64.max), as: UTF8.self) == "18446744073709551615")
    }

    // MARK: What a depth-first writer cannot follow

    /// Each pattern throws its reason from the streaming encoder, and the store's path writes
    /// exactly JSONEncoder's bytes for it instead.
    @Test(arguments: Unfollowable.allCases)
    func patternsItCannotFollowFallBackToJSONEncoder(_ pattern: Unfollowable) throws {
        let value = Awkward(pattern: pattern)
        #expect(throws: pattern.reason) { try StreamingJSONEncoder.encode(value) }
        // Inside another value too: the failure is not lost when a caller swallows it.
        let wrapped = [Swallowing(inner: value)]
        #expect(throws: pattern.reason) { try StreamingJSONEncoder.encode(wrapped) }
        guard pattern.jsonEncoderFollows else { return }
        #expect(try StreamingJSONEncoder.storeBytes(of: value) == Array(try TogglJSON.makeEncoder().encode(value)))
        #expect(try StreamingJSONEncoder.storeBytes(of: wrapped) == Array(try TogglJSON.makeEncoder().encode(wrapped)))
    }

    /// A payload that fills a nested container after writing to its parent saves through
    /// `VersionedFile` (by the fallback) and loads back.
    @Test func anInterleavingPayloadSavesAndLoads() throws {
        try withTemporaryFolder { folder in
            let file = VersionedFile<Interleaving>(path: folder + "/i.json", format: "test.payload", version: 1, label: "the test file")
            let value = Interleaving(name: "late / \"inner\"", inner: 5)
            #expect(throws: StreamingJSONEncoder.CannotStream.closedContainer) { try StreamingJSONEncoder.encode(value) }
            try file.save(value, now: fixedNow)
            #expect(try AtomicFile(path: file.path).read() == Self.expectedFile(file, value, savedAt: fixedNow))
            #expect(text(of: file.path).contains(#""payload":{"inner":{"value":5},"name":"late / \"inner\""}"#))
            #expect(file.load(now: fixedNow).payload == value)
        }
    }

    /// Nested containers filled in order, reused keyed containers, a value encoded into its
    /// parent's encoder (flattened), and keys written out of order: streamed, JSONEncoder's bytes.
    @Test func orderlyUsesOfNestedContainersStream() throws {
        try Self.expectSameAsJSONEncoder(Orderly(tag: "t", numbers: [3, 1, 2], flag: nil), "orderly")
        try Self.expectSameAsJSONEncoder(Orderly(tag: "", numbers: [], flag: true), "orderly, empty")
    }
}

// MARK: - Test types

/// Encodes nothing at all.
struct Silent: Codable, Equatable {
    func encode(to encoder: any Encoder) throws {}
}

/// Asks for a single-value container and writes nothing into it.
struct UnusedSingleValue: Encodable {
    func encode(to encoder: any Encoder) throws {
        _ = encoder.singleValueContainer()
    }
}

/// Floating-point numbers in keyed, unkeyed, nested and single-value places.
struct Measured: Encodable, CustomStringConvertible {
    var rate: Double
    var rates: [Double]
    var nested: [[Double]]
    var single: Double?
    var float: Float?

    var description: String { "Measured(\(rate), \(rates), \(nested), \(String(describing: single)), \(String(describing: float)))" }

    private enum CodingKeys: String, CodingKey { case rate, rates, nested, single, float }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rate, forKey: .rate)
        try c.encode(rates, forKey: .rates)
        try c.encode(nested, forKey: .nested)
        if let single { try c.encode(Wrapped(value: single), forKey: .single) }
        try c.encodeIfPresent(float, forKey: .float)
    }

    /// A number through a single-value container.
    struct Wrapped: Encodable {
        var value: Double
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(value)
        }
    }
}

/// Every integer width, through the keyed container's own overloads and arrays.
struct Widths: Codable, Equatable {
    var int8: [Int8]
    var int16: [Int16]
    var int32: [Int32]
    var int64: [Int64]
    var int: [Int]
    var uint8: [UInt8]
    var uint16: [UInt16]
    var uint32: [UInt32]
    var uint64: [UInt64]
    var uint: [UInt]
    var first8: Int8 = .min
    var first16: UInt16 = .max
    var first32: Int32 = .min
    var first64: UInt64 = .max
    var wide: [Int128] = [.min, -1, 0, .max]
    var uwide: UInt128 = .max
}

/// A pattern `Codable` allows that a depth-first writer cannot follow, and the reason the
/// streaming encoder gives.
enum Unfollowable: CaseIterable, Sendable, CustomTestStringConvertible {
    case nestedAfterParent, parentWhileChildEncodes, superEncoder, keyedThenUnkeyed, repeatedKey,
         canonicallyEqualKeys, data

    var reason: StreamingJSONEncoder.CannotStream {
        switch self {
        case .nestedAfterParent: .closedContainer
        case .parentWhileChildEncodes: .interleaved
        case .superEncoder: .superEncoder
        case .keyedThenUnkeyed: .mixedContainers
        case .repeatedKey: .repeatedKey("name")
        case .canonicallyEqualKeys: .repeatedKey("e\u{301}")
        case .data: .specialType("Data")
        }
    }

    /// JSONEncoder stops the process (a precondition) for two kinds of container on one value.
    var jsonEncoderFollows: Bool { self != .keyedThenUnkeyed }

    var testDescription: String { "\(self)" }
}

/// Encodes itself in one of the ``Unfollowable`` ways.
struct Awkward: Encodable {
    var pattern: Unfollowable

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Writes into its parent's container from inside its own `encode(to:)`.
    private struct LateWriter: Encodable {
        var write: () throws -> Void
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: Key("own"))
            try write()
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch pattern {
        case .nestedAfterParent:
            var c = encoder.container(keyedBy: Key.self)
            var nested = c.nestedContainer(keyedBy: Key.self, forKey: Key("inner"))
            try c.encode("x", forKey: Key("name"))
            try nested.encode(5, forKey: Key("value"))
        case .parentWhileChildEncodes:
            var c = encoder.container(keyedBy: Key.self)
            var parent = c  // the same container (a second variable, so the closure's write is legal)
            try c.encode(LateWriter { try parent.encode("late", forKey: Key("z")) }, forKey: Key("child"))
        case .superEncoder:
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: Key("a"))
            try "base".encode(to: c.superEncoder())
        case .keyedThenUnkeyed:
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: Key("a"))
            var u = encoder.unkeyedContainer()
            try u.encode(2)
        case .repeatedKey:
            var c = encoder.container(keyedBy: Key.self)
            try c.encode("first", forKey: Key("name"))
            try c.encode(2, forKey: Key("other"))
            try c.encode("second", forKey: Key("name"))
        case .canonicallyEqualKeys:
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: Key("\u{e9}"))
            try c.encode(2, forKey: Key("f"))
            try c.encode(3, forKey: Key("e\u{301}"))
        case .data:
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(Data([0, 1, 2, 255]), forKey: Key("bytes"))
        }
    }
}

/// Encodes `inner` and ignores a failure, as careless `encode(to:)`s do (`try?`).
struct Swallowing: Encodable {
    var inner: Awkward

    private enum CodingKeys: String, CodingKey { case inner, after }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        do {
            try c.encode(inner, forKey: .inner)
        } catch {
            // JSONEncoder never gets here for these patterns; the streaming encoder must still fail.
        }
        try? c.encode("done", forKey: .after)
    }
}

/// Fills a nested container after writing to its parent (JSONEncoder follows it; the
/// streaming encoder gives up and the store falls back).
struct Interleaving: Codable, Equatable {
    var name: String
    var inner: Int

    private enum CodingKeys: String, CodingKey { case name, inner }
    private enum InnerKeys: String, CodingKey { case value }

    init(name: String, inner: Int) {
        self.name = name
        self.inner = inner
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        inner = try c.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner).decode(Int.self, forKey: .value)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var nested = c.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
        try c.encode(name, forKey: .name)
        try nested.encode(inner, forKey: .value)
    }
}

/// Nested containers used in order, the keyed container asked for twice, a value flattened
/// into its parent's encoder, keys out of order.
struct Orderly: Codable, Equatable {
    var tag: String
    var numbers: [Int]
    var flag: Bool?

    private enum CodingKeys: String, CodingKey { case zeta, tag, numbers, meta, alpha, flag }
    private enum MetaKeys: String, CodingKey { case count, list, sorted }

    /// Writes `"alpha"` into the encoder it is given (the parent's).
    private struct Flattened: Encodable {
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("first", forKey: .alpha)
        }
    }

    init(tag: String, numbers: [Int], flag: Bool?) {
        self.tag = tag
        self.numbers = numbers
        self.flag = flag
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tag = try c.decode(String.self, forKey: .tag)
        numbers = try c.decode([Int].self, forKey: .numbers)
        flag = try c.decodeIfPresent(Bool.self, forKey: .flag)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(true, forKey: .zeta)
        try c.encode(tag, forKey: .tag)
        var meta = c.nestedContainer(keyedBy: MetaKeys.self, forKey: .meta)
        try meta.encode(numbers.count, forKey: .count)
        var list = meta.nestedUnkeyedContainer(forKey: .list)
        for number in numbers { try list.encode(number) }
        var pairs = list.nestedUnkeyedContainer()
        try pairs.encode("pair")
        var inner = list.nestedContainer(keyedBy: MetaKeys.self)
        try inner.encodeNil(forKey: .sorted)
        try meta.encode(numbers.sorted(), forKey: .sorted)
        try c.encode(numbers, forKey: .numbers)
        try Flattened().encode(to: encoder)
        var again = encoder.container(keyedBy: CodingKeys.self)
        try again.encodeIfPresent(flag, forKey: .flag)
    }
}
