import Foundation
import FuzzSupport
import Testing
import TogglModels

/// Every real recording in `../shared/toggl-api/fixtures`, mutated (numbers made huge, negative,
/// fractional or strings; strings given controls, escapes or 10,000 characters; `null` for
/// anything; keys dropped or repeated; arrays and objects swapped; deep nesting; cuts), is
/// decoded with `TogglJSON.makeDecoder()` into the type its name selects: it decodes or throws,
/// never traps.
@Suite(.enabled(if: Fixtures.available, "fixtures folder not found beside the package; skipped"))
struct FuzzFixtureDecodingTests {
    /// Each fixture with its decode rule and parsed tree.
    static func recordings() throws -> [(name: String, rule: FixtureRule, tree: FuzzJSONTree)] {
        try Fixtures.jsonBodyNames.compactMap { name in
            guard let rule = FixtureMapping.rule(for: name) else { return nil }
            let text = String(decoding: try Fixtures.data(name), as: UTF8.self)
            guard let tree = FuzzJSONTree.parse(text) else {
                Issue.record("\(name) is not JSON the fuzzer can read")
                return nil
            }
            return (name, rule, tree)
        }
    }

    @Test(arguments: [UInt64(31), 0x7061_7373, 0xF1C7_0E5])
    func mutatedRecordingsDecodeOrThrow(seed: UInt64) throws {
        let recordings = try Self.recordings()
        #expect(recordings.count >= 40)
        var random = FuzzRandom(seed: seed)
        var decoded = 0
        var thrown = 0
        for round in 0..<1_000 {
            let recording = recordings[round % recordings.count]
            var log: [String] = []
            let tree = FuzzMutation.mutate(recording.tree, &random, log: &log)
            let bytes = FuzzMutation.damageBytes(Array(tree.text.utf8), &random, log: &log)
            // With FUZZ_TRACE set, printed before decoding, so a trap shows the seed and input.
            FuzzTrace.note("seed \(seed), round \(round), \(recording.name) as \(recording.rule.typeName), \(log), \(String(decoding: bytes.prefix(2_000), as: UTF8.self))")
            do {
                _ = try recording.rule.decode(Data(bytes))
                decoded += 1
            } catch {
                thrown += 1
            }
        }
        // Both outcomes are exercised.
        #expect(decoded > 50 && thrown > 50, "seed \(seed): \(decoded) decoded, \(thrown) thrown")
    }
}
