/// Mutations that keep a file decodable but put hostile values in it: numbers at the edges of
/// Int64, extreme but valid timestamps, hostile strings, `null`s — so the values reach the app,
/// not just the decoder.
public enum FuzzValueMutation {
    public static let numbers = [
        "9223372036854775807", "-9223372036854775808", "-1", "0", "1", "9007199254740993", "4294967296",
        "2147483648", "-2147483649", "86400", "-86400", "999999999999",
    ]
    public static let timestamps = [
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"1970-01-01T00:00:00Z\"", "\"2262-04-12T00:00:00Z\"",
        "\"1900-02-28T23:59:59.999999Z\"", "\"2026-11-23T10:00:00+14:00\"", "\"2026-11-23T10:00:00-12:00\"",
    ]
    public static let strings = [
        "\"\"", "\"\\u001b[2J\\u001b]0;pwned\\u0007\"", "\"\\u202eevil\\u2066\"", "\"\\u0000\"", "\"\(String(repeating: "w", count: 10_000))\"",
        "\"\(String(repeating: "界", count: 500))\"", "\"e\\u0301\\u0301\\u0301\"", "\"\\t\\n\\r\"",
    ]

    /// `tree` with `count` scalar values replaced; each change is appended to `log`.
    public static func mutate(_ tree: FuzzJSONTree, count: Int, _ random: inout FuzzRandom, log: inout [String]) -> FuzzJSONTree {
        var tree = tree
        for _ in 0..<count {
            let target = random.int(0...(tree.count - 1))
            tree = tree.replacing(target) { node in
                guard case .raw(let literal) = node else { return node }
                let replacement: String
                if literal.hasPrefix("\"") {
                    let looksLikeTime = literal.count >= 12 && literal.dropFirst().prefix(2).allSatisfy(\.isNumber) && literal.contains("T")
                    replacement = random.int(0...5) == 0 ? "null" : random.pick(looksLikeTime ? timestamps : strings)
                } else if literal == "true" || literal == "false" || literal == "null" {
                    replacement = random.pick(["true", "false", "null"])
                } else {
                    replacement = random.int(0...7) == 0 ? "null" : random.pick(numbers)
                }
                log.append("\(literal.prefix(40)) → \(replacement.prefix(40))")
                return .raw(replacement)
            }
        }
        return tree
    }
}
