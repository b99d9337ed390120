import Foundation

/// A deterministic random number generator (SplitMix64) for the seeded fuzz tests: the same
/// seed gives the same inputs on every run and machine.
public struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// One of `choices`.
    public mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int.random(in: 0..<choices.count, using: &self)]
    }

    /// `count` random bytes.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) }
    }
}

/// Hostile numbers and strings that fuzzers put where a file holds a value.
public enum HostileJSON {
    /// Number literals: huge, negative, fractional, exponents, just past the integer limits.
    public static let numbers = [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "99999999999999999999999999", "1e308", "1e309", "-1e308", "1.5", "-0.5", "0.0",
        "-0", "1E+2", "4294967296", "2147483648", "-1", "0", "1e-320", "123456789012345678901234567890.5",
    ]
    /// Other JSON values put in place of anything.
    public static let values = [
        "null", "true", "false", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"a\":1}", "\"\\u0000\\u001b[2J\\u202e\"",
        "\"\\ud800\"", "\"2025-03-01T10:15:00Z\"", "\"99999-01-01T00:00:00Z\"", "\"2025-13-45T99:99:99Z\"",
        "\"9999-12-31T23:59:59.999999999+99:99\"", "\"0000-01-01T00:00:00Z\"", "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]",
    ] + numbers

    /// A random hostile literal (sometimes a 10,000-character string or deep nesting).
    public static func literal(_ random: inout FuzzRandom) -> String {
        switch random.int(0...9) {
        case 0: return "\"" + String(repeating: random.pick(["a", "é", "\\n", "\\u0007", "😀"]), count: 10_000) + "\""
        case 1: let depth = random.int(1...600); return String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        case 2, 3, 4: return random.pick(numbers)
        default: return random.pick(values)
        }
    }
}

/// Prints each fuzz input before it is tried when `FUZZ_TRACE` is set, so an input that traps
/// (which ends the process before any expectation can print it) is the last line printed.
/// Every failed expectation prints its seed and input anyway.
public enum FuzzTrace {
    public static let enabled = ProcessInfo.processInfo.environment["FUZZ_TRACE"] != nil

    public static func note(_ context: @autoclosure () -> String) {
        if enabled { print("fuzz input: \(context())") }
    }
}
