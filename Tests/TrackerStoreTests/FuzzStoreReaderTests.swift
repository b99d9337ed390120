import Foundation
import FuzzSupport
import Testing
import TogglModels
@testable import TrackerStore

/// The fast store reader against `JSONDecoder` on mutated catalog and entries files: where the
/// fast reader answers, `JSONDecoder` gives the same payload and `saved_at`; otherwise the fast
/// reader bailed (and `JSONDecoder` judges). Neither traps.
@Suite struct FuzzStoreReaderTests {
    /// `VersionedFile`'s envelope as `JSONDecoder` reads it (the same rules as its
    /// `IncomingEnvelope`).
    struct ReferenceEnvelope<Payload: Decodable>: Decodable {
        var format: String
        var version: Int
        var savedAt: Date?
        var payload: Payload?

        enum CodingKeys: String, CodingKey {
            case format, version, payload
            case savedAt = "saved_at"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            format = try c.decode(String.self, forKey: .format)
            version = try c.decode(Int.self, forKey: .version)
            savedAt = try? c.decodeIfPresent(Date.self, forKey: .savedAt)
            payload = format == "test.payload" && version == 1 ? try c.decode(Payload.self, forKey: .payload) : nil
        }
    }

    static func file<P>(_ type: P.Type) -> VersionedFile<P> {
        VersionedFile(path: "/nonexistent/test.json", format: "test.payload", version: 1, label: "the test file")
    }

    static func envelope(_ payload: String) -> String {
        #"{"format":"test.payload","payload":\#(payload),"saved_at":"2025-03-01T10:15:00Z","version":1}"#
    }

    /// Sound files to start from: the reader tests' samples and files as the store saves them.
    static func entriesSeeds() throws -> [String] {
        let saved = try file(EntriesSnapshot.self).encode(EntriesSnapshot(entries: (0..<4).map(sampleEntry)), savedAt: fixedNow)
        return StoreJSONReaderTests.entries.map { envelope(#"{"entries":[\#($0)]}"#) } + [String(decoding: saved, as: UTF8.self)]
    }

    static func catalogSeeds() throws -> [String] {
        // The samples as written, and as the store saves them after reading them.
        let saved = try StoreJSONReaderTests.catalogs.map { text in
            let catalog = try TogglJSON.makeDecoder().decode(CatalogSnapshot.self, from: Data(text.utf8))
            return String(decoding: try file(CatalogSnapshot.self).encode(catalog, savedAt: fixedNow), as: UTF8.self)
        }
        return StoreJSONReaderTests.catalogs.map(envelope) + saved
    }

    /// Mutates each seed many times and compares both readers.
    static func compare<P: Codable & Sendable & Equatable>(_ type: P.Type, seeds: [String], seed: UInt64, rounds: Int) {
        var random = FuzzRandom(seed: seed)
        let trees = seeds.compactMap(FuzzJSONTree.parse)
        #expect(trees.count == seeds.count, "every seed parses")
        var answered = 0
        for round in 0..<rounds {
            var log: [String] = []
            // Half the rounds change the shape (mostly bailed on), half only values (mostly read
            // the fast way, so both readers' answers are compared).
            let bytes: [UInt8]
            if round % 2 == 0 {
                let tree = FuzzMutation.mutate(random.pick(trees), &random, log: &log)
                bytes = FuzzMutation.damageBytes(Array(tree.text.utf8), &random, log: &log)
            } else {
                bytes = Array(FuzzValueMutation.mutate(random.pick(trees), count: random.int(1...6), &random, log: &log).text.utf8)
            }
            let data = Data(bytes)
            FuzzTrace.note("seed \(seed), round \(round), \(log), \(String(decoding: bytes.prefix(2_000), as: UTF8.self))")
            let fast = file(P.self).fastRead(data)
            let reference = try? TogglJSON.makeDecoder().decode(ReferenceEnvelope<P>.self, from: data)
            guard let fast else { continue }
            answered += 1
            let context = "seed \(seed), round \(round), \(log), input \(String(decoding: bytes.prefix(2_000), as: UTF8.self))"
            #expect(reference != nil, "fast reader answered where JSONDecoder throws: \(context)")
            #expect(reference?.payload == fast.payload, "payloads differ: \(context)")
            #expect(reference?.savedAt == fast.savedAt, "saved_at differs: \(context)")
        }
        // Many mutations leave a file the fast reader still reads: the comparison is exercised.
        #expect(answered > rounds / 5, "seed \(seed): only \(answered) of \(rounds) were read the fast way")
    }

    @Test(arguments: [UInt64(11), 2_024, 0xABCDEF])
    func mutatedEntriesFilesReadAsJSONDecoderReadsThem(seed: UInt64) throws {
        Self.compare(EntriesSnapshot.self, seeds: try Self.entriesSeeds(), seed: seed, rounds: 700)
    }

    @Test(arguments: [UInt64(12), 2_025, 0xFEDCBA])
    func mutatedCatalogFilesReadAsJSONDecoderReadsThem(seed: UInt64) throws {
        Self.compare(CatalogSnapshot.self, seeds: try Self.catalogSeeds(), seed: seed, rounds: 700)
    }
}
