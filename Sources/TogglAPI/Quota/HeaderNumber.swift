import Foundation

/// Numbers read from response headers and error messages, checked and clamped where they are
/// read so that no arithmetic on them can trap.
///
/// A header is typed by whoever runs the server (or a proxy in between): it may be empty, text,
/// negative, fractional, `NaN`, `inf` or far beyond `Int`. Whole numbers and finite decimals are
/// accepted (decimals round up: `1.2` seconds means "wait 2"); everything else counts as absent.
/// Results are clamped into a range wide enough for any honest answer.
enum HeaderNumber {
    /// The longest wait in seconds taken from a server: one day (Toggl's windows are an hour).
    static let maxSeconds = 86_400
    /// The largest request count taken from a server, either sign.
    static let maxCount = 1_000_000

    /// Seconds to wait (`X-Toggl-Quota-Resets-In`, `Retry-After`), in `0...maxSeconds`, or nil
    /// when the text is not a finite number.
    static func seconds(_ text: String?) -> Int? {
        number(text, in: 0...maxSeconds)
    }

    /// A request count (`X-Toggl-Quota-Remaining`, which may be negative), in
    /// `-maxCount...maxCount`, or nil when the text is not a finite number.
    static func count(_ text: String?) -> Int? {
        number(text, in: -maxCount...maxCount)
    }

    /// The finite number `text` spells, rounded up and clamped into `range`; nil otherwise.
    static func number(_ text: String?, in range: ClosedRange<Int>) -> Int? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        if let whole = Int(trimmed) { return min(max(whole, range.lowerBound), range.upperBound) }
        // Only plain decimals: Double(_:) would also take "nan", "inf", "0x1p3".
        guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") }),
              let decimal = Double(trimmed), decimal.isFinite
        else { return nil }
        let clamped = min(max(decimal.rounded(.up), Double(range.lowerBound)), Double(range.upperBound))
        return Int(clamped)
    }
}
