import Foundation
import FuzzSupport
import Testing
@testable import TogglModels

/// `/me`'s fast reader against `JSONDecoder` on mutated real recordings: the recorded `/me`
/// answers, and `/me` objects made around every recorded list of clients, projects, tags, tasks
/// and time entries. Where the fast reader answers, `JSONDecoder` gives the same `Me`;
/// `Me.decoded(from:)` always gives what `JSONDecoder` gives (value or error), and so does
/// `MeStreamReader`, wherever the body is cut. None of them traps.
@Suite(.enabled(if: Fixtures.available, "fixtures folder not found beside the package; skipped"))
struct FuzzMeFastDecodingTests {
    /// Which `/me` array a recorded list belongs in, by the fixture's name.
    static let arrayKeys: [(prefix: String, key: String)] = [
        ("GET_me_time_entries.", "time_entries"), ("embedded_in_me.time_entries.", "time_entries"),
        ("GET_me_clients.", "clients"), ("GET_workspaces_wid_clients.", "clients"), ("embedded_in_me.clients.", "clients"),
        ("GET_me_projects.", "projects"), ("GET_workspaces_wid_projects.", "projects"), ("embedded_in_me.projects.", "projects"),
        ("GET_me_tags.", "tags"), ("GET_workspaces_wid_tags.", "tags"), ("embedded_in_me.tags.", "tags"),
        ("GET_me_tasks.", "tasks"), ("GET_workspaces_wid_projects_pid_tasks.", "tasks"), ("embedded_in_me.tasks.", "tasks"),
    ]

    /// The seeds: the recorded `/me` answers, and each recorded list inside the recorded profile.
    static func seeds() throws -> [String] {
        var seeds: [String] = []
        for name in Fixtures.jsonBodyNames where name.hasPrefix("GET_me.") || name.hasPrefix("PUT_me.") {
            let text = String(decoding: try Fixtures.data(name), as: UTF8.self)
            if text.hasPrefix("{") { seeds.append(text) }
        }
        let profile = #"{"id":2166261,"email":"user@example.com","fullname":"Marco","timezone":"Europe/Berlin","#
            + #""default_workspace_id":2230580,"beginning_of_week":1,"at":"2024-12-15T23:18:30.62207Z","#
        for name in Fixtures.jsonBodyNames {
            guard let key = arrayKeys.first(where: { name.hasPrefix($0.prefix) })?.key else { continue }
            let text = String(decoding: try Fixtures.data(name), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.hasPrefix("[") else { continue }
            seeds.append(profile + "\"\(key)\":" + text + "}")
        }
        return seeds
    }

    /// One round's answer: half the rounds change the shape (mostly left to `JSONDecoder`), half
    /// only values (mostly read the fast way, so both answers are compared).
    static func mutatedAnswer(round: Int, trees: [FuzzJSONTree], _ random: inout FuzzRandom, log: inout [String]) -> [UInt8] {
        if round % 2 == 0 {
            let tree = FuzzMutation.mutate(random.pick(trees), &random, log: &log)
            return FuzzMutation.damageBytes(Array(tree.text.utf8), &random, log: &log)
        }
        return Array(FuzzValueMutation.mutate(random.pick(trees), count: random.int(1...6), &random, log: &log).text.utf8)
    }

    /// Runs `rounds` rounds of mutated answers from `seed`; `check` gets each answer, the
    /// generator (for any further draws) and where the answer came from (seed, round, mutations),
    /// and says whether the round counts as answered. Returns how many did.
    static func answeredRounds(
        seed: UInt64, trees: [FuzzJSONTree], rounds: Int, _ check: ([UInt8], inout FuzzRandom, String) -> Bool
    ) -> Int {
        var random = FuzzRandom(seed: seed)
        var answered = 0
        for round in 0..<rounds {
            var log: [String] = []
            let bytes = mutatedAnswer(round: round, trees: trees, &random, log: &log)
            if check(bytes, &random, "seed \(seed), round \(round), \(log)") { answered += 1 }
        }
        return answered
    }

    @Test(arguments: [UInt64(18), 0x6D65_6D65, 0xFA57_0E5])
    func mutatedAnswersReadAsJSONDecoderReadsThem(seed: UInt64) throws {
        let seeds = try Self.seeds()
        #expect(seeds.count >= 10)
        let trees = seeds.compactMap(FuzzJSONTree.parse)
        #expect(trees.count == seeds.count, "every seed parses")
        let rounds = 600
        let answered = Self.answeredRounds(seed: seed, trees: trees, rounds: rounds) { bytes, _, origin in
            let data = Data(bytes)
            FuzzTrace.note("\(origin), \(String(decoding: bytes.prefix(2_000), as: UTF8.self))")
            let context = "\(origin), input \(String(decoding: bytes.prefix(2_000), as: UTF8.self))"
            let reference = try? TogglJSON.makeDecoder().decode(Me.self, from: data)
            #expect((try? Me.decoded(from: data)) == reference, "decoded(from:) differs from JSONDecoder: \(context)")
            guard let fast = Me.fastDecoded(from: data) else { return false }
            #expect(reference != nil, "fast reader answered where JSONDecoder throws: \(context)")
            #expect(reference == fast, "answers differ: \(context)")
            return true
        }
        // Many mutations leave an answer the fast reader still reads: the comparison is exercised.
        #expect(answered > rounds / 5, "seed \(seed): only \(answered) of \(rounds) were read the fast way")
    }

    /// The same mutated answers read as they arrive (`MeStreamReader`), cut at random: the
    /// value, or the failure, is what `Me.decoded(from:)` gives for the whole body.
    @Test(arguments: [UInt64(5), 0x5742_EA3, 0xC0FFEE])
    func mutatedAnswersReadAsTheyArriveAsTheWholeBodyIs(seed: UInt64) throws {
        let trees = try Self.seeds().compactMap(FuzzJSONTree.parse)
        let rounds = 600
        let answered = Self.answeredRounds(seed: seed, trees: trees, rounds: rounds) { bytes, random, origin in
            let cuts = (0..<4).map { _ in random.int(1...(random.int(0...1) == 0 ? 8 : 20_000)) }
            let context = "\(origin), cuts \(cuts), input \(String(decoding: bytes.prefix(2_000), as: UTF8.self))"
            FuzzTrace.note(context)
            let whole = try? Me.decoded(from: Data(bytes))
            let streamed = try? MeStreamReaderTests.streamed(Data(bytes), chunks: cuts).get()
            #expect(streamed == whole, "streamed and whole differ: \(context)")
            return whole != nil
        }
        #expect(answered > rounds / 5, "seed \(seed): only \(answered) of \(rounds) were answers")
    }
}
