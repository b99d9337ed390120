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

    private static func randomText(_ random: inout SplitMix64) -> String {
        (0..<random.int(0...24)).map { _ in random.pick(fragments) }.joined()
    }

    private static func mutated(_ text: String, _ random: inout SplitMix64) -> String {
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
    private static func check(_ text: String, iteration: Int) {
        let lineCount = max(1, text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count)
        do {
            let doc = try INIDocument(parsing: text, fileName: "fuzz.ini")
            #expect(doc.text == text, "seed \(seed) iteration \(iteration): round trip of \(text.debugDescription)")
            do {
                _ = try TogglConfig(document: doc)
            } catch let error as ConfigError {
                if case .invalidValue(let file, _, _, _, _) = error {
                    #expect(file == "fuzz.ini")
                } else {
                    Issue.record("seed \(seed) iteration \(iteration): unexpected \(error) for \(text.debugDescription)")
                }
            } catch {
                Issue.record("seed \(seed) iteration \(iteration): unexpected \(error)")
            }
        } catch let error as ConfigError {
            guard case .malformed(let file, let line, _) = error else {
                Issue.record("seed \(seed) iteration \(iteration): unexpected \(error) for \(text.debugDescription)")
                return
            }
            #expect(file == "fuzz.ini")
            #expect((1...lineCount).contains(line), "seed \(seed) iteration \(iteration): line \(line) of \(lineCount) in \(text.debugDescription)")
        } catch {
            Issue.record("seed \(seed) iteration \(iteration): unexpected \(error)")
        }
    }

    @Test func randomTextNeverTrapsAndErrorsNameFileAndLine() {
        var random = SplitMix64(seed: Self.seed)
        for iteration in 0..<3_000 {
            Self.check(Self.randomText(&random), iteration: iteration)
        }
    }

    @Test func mutatedRealConfigsNeverTrap() {
        var random = SplitMix64(seed: Self.seed &+ 1)
        let base = realLookingTogglrc
        for iteration in 0..<1_500 {
            Self.check(Self.mutated(base, &random), iteration: iteration)
        }
    }

    @Test func randomNamesAreSetOrRefusedAndReadBack() throws {
        var random = SplitMix64(seed: Self.seed &+ 2)
        for iteration in 0..<2_000 {
            var doc = try INIDocument(parsing: "[options]\ntz = local\n", fileName: "fuzz.ini")
            let section = (0..<random.int(0...3)).map { _ in random.pick(Self.fragments) }.joined()
            let key = (0..<random.int(0...3)).map { _ in random.pick(Self.fragments) }.joined()
            let value = (0..<random.int(0...3)).map { _ in random.pick(Self.fragments) }.joined()
            let context = "seed \(Self.seed) iteration \(iteration): [\(section.debugDescription)] \(key.debugDescription) = \(value.debugDescription)"
            do {
                try doc.setValue(value, section: section, key: key)
            } catch let error as ConfigError {
                guard case .invalidName(let file, _, _) = error else {
                    Issue.record("\(context): unexpected \(error)")
                    continue
                }
                #expect(file == "fuzz.ini", "\(context)")
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
    }
}
