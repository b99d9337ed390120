import FuzzSupport
import Testing
import TogglAPI

/// Seeded, bounded fuzzing of the INI reader and writer: random and mutated config text must
/// parse or fail with an error naming the file and a line of it — never trap — and whatever
/// parses must write back byte for byte; random names and values must be set or refused with
/// an error, and a set value must read back after a reparse.
@Suite struct INIFuzzTests {
    private static let seed: UInt64 = 0x1A1_F022
    private static let fragments = [
        "[", "]", "=", ":", "#", ";", " ", "\t", "\n", "\r\n", "\r", "\u{FEFF}", "auth", "options", "api_token",
        "tz", "k", "é", "日本", "\u{1B}[2J", "\u{0}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "%", "\"", "\\",
        "[auth]\n", "[options]\n", "api_url = https://x/api/v9\n", "default_wid = 12\n", "k = v\n", "# c\n", "[a]#c\n",
        "default_wid = -1\n", "api_url = http://evil.example/api/v9\n", "[]\n", "[x", "= v\n",
    ]

    /// Characters of ordinary names and values.
    private static let plain = ["a", "b", "k", "_", "-", ".", "1", "é", "日本", " ", "%", "/", "auth", "options", "api_token", "tz"]

    /// Mostly ordinary text, with a hostile fragment one time in `hostileOneIn`.
    private static func word(_ random: inout FuzzRandom, hostileOneIn: Int = 8) -> String {
        (0..<random.int(0...4)).map { _ in
            random.int(1...hostileOneIn) == 1 ? random.pick(fragments) : random.pick(plain)
        }.joined()
    }

    /// A few lines, each a header, an entry, a comment, a blank or junk.
    private static func randomText(_ random: inout FuzzRandom) -> String {
        var text = random.int(1...20) == 1 ? "\u{FEFF}" : ""
        let ending = random.int(1...4) == 1 ? "\r\n" : "\n"
        if random.int(1...3) > 1 { text += "[\(word(&random))]" + ending }
        for _ in 0..<random.int(0...8) {
            switch random.int(0...9) {
            case 0: text += "[\(word(&random))]"
            case 1: text += random.pick(["#", ";", "  #"]) + word(&random)
            case 2: text += ""
            case 3: text += (0..<random.int(1...4)).map { _ in random.pick(fragments) }.joined()
            default: text += word(&random, hostileOneIn: 20) + random.pick([" = ", "=", ": ", " ="]) + word(&random)
            }
            text += ending
        }
        if random.int(1...4) == 1, text.hasSuffix(ending) { text.removeLast(ending.count) }
        return text
    }

    private static func mutated(_ text: String, _ random: inout FuzzRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<random.int(1...4) {
            let position = scalars.isEmpty ? 0 : random.int(0...scalars.count - 1)
            switch random.int(0...2) {
            case 0 where !scalars.isEmpty: scalars.remove(at: position)
            case 1: scalars.insert(contentsOf: random.pick(fragments).unicodeScalars, at: position)
            default:
                if !scalars.isEmpty { scalars[position] = random.pick(Array("[]=:#;\n\r \u{0}".unicodeScalars)) }
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// Parses `text`; on failure checks the error names the file and a real line.
    /// - Returns: whether it parsed.
    private static func parses(_ text: String, iteration: Int) -> Bool {
        let context = "seed \(seed) iteration \(iteration): \(text.debugDescription)"
        let lineCount = max(1, text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count)
        let doc: INIDocument
        do {
            doc = try INIDocument(parsing: text, fileName: "fuzz.ini")
        } catch let error as ConfigError {
            if case .malformed(let file, let line, _) = error {
                #expect(file == "fuzz.ini", "\(context)")
                #expect((1...lineCount).contains(line), "\(context): line \(line) of \(lineCount)")
            } else {
                Issue.record("\(context): unexpected \(error)")
            }
            return false
        } catch {
            Issue.record("\(context): unexpected \(error)")
            return false
        }
        #expect(doc.text == text, "\(context): the round trip changed the text")
        do {
            _ = try TogglConfig(document: doc)
        } catch let error as ConfigError {
            if case .invalidValue(let file, _, _, _, _) = error {
                #expect(file == "fuzz.ini", "\(context)")
            } else {
                Issue.record("\(context): unexpected \(error)")
            }
        } catch {
            Issue.record("\(context): unexpected \(error)")
        }
        return true
    }

    @Test func randomTextNeverTrapsAndErrorsNameFileAndLine() {
        var random = FuzzRandom(seed: Self.seed)
        var parsed = 0
        for iteration in 0..<3_000 where Self.parses(Self.randomText(&random), iteration: iteration) {
            parsed += 1
        }
        // Both outcomes are exercised, or the fuzzer proves nothing.
        #expect((300...2_700).contains(parsed), "seed \(Self.seed): \(parsed) of 3000 parsed")
    }

    @Test func mutatedRealConfigsNeverTrap() {
        var random = FuzzRandom(seed: Self.seed &+ 1)
        let base = realLookingTogglrc
        var parsed = 0
        for iteration in 0..<1_500 where Self.parses(Self.mutated(base, &random), iteration: iteration) {
            parsed += 1
        }
        #expect((150...1_350).contains(parsed), "seed \(Self.seed): \(parsed) of 1500 parsed")
    }

    @Test func randomNamesAreSetOrRefusedAndReadBack() throws {
        var random = FuzzRandom(seed: Self.seed &+ 2)
        var refused = 0
        for iteration in 0..<2_000 {
            var doc = try INIDocument(parsing: "[options]\ntz = local\n", fileName: "fuzz.ini")
            let section = Self.word(&random)
            let key = Self.word(&random)
            let value = Self.word(&random, hostileOneIn: 3)
            let context = "seed \(Self.seed) iteration \(iteration): [\(section.debugDescription)] \(key.debugDescription) = \(value.debugDescription)"
            do {
                try doc.setValue(value, section: section, key: key)
            } catch let error as ConfigError {
                guard case .invalidName(let file, _, _) = error else {
                    Issue.record("\(context): unexpected \(error)")
                    continue
                }
                #expect(file == "fuzz.ini", "\(context)")
                refused += 1
                continue
            }
            do {
                let reread = try INIDocument(parsing: doc.text, fileName: "fuzz.ini")
                let expected = String(value.map { $0.isNewline ? " " : $0 }).trimmingCharacters(in: .whitespaces)
                #expect(reread.value(section: section, key: key) == expected, "\(context)")
            } catch {
                Issue.record("\(context): the written text does not parse: \(error)\n\(doc.text.debugDescription)")
            }
        }
        #expect((200...1_800).contains(refused), "seed \(Self.seed): \(refused) of 2000 refused")
    }
}
