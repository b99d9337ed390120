/// The few text operations every layer needs that Foundation's string extensions used to give,
/// written against the standard library so the modules below the command line need only
/// FoundationEssentials (which has no `String(format:)` or `trimmingCharacters(in:)`). That is
/// what lets `status` start without loading Foundation and ICU (see ARCHITECTURE.md).
package enum TextBasics {
    /// `value` in decimal, padded with zeros to `width` characters as C's `%0*d` pads it (the
    /// minus sign counts; a longer number is not cut).
    package static func zeroPadded(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    /// `text` without the spaces and tabs at either end — what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes (Unicode's space separators, U+0009 and, as
    /// Foundation on Linux counts it, the zero-width space U+200B), line breaks kept.
    package static func trimmingSpaces(_ text: some StringProtocol) -> String {
        let scalars = Substring(text).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Whether `scalar` is a tab, a Unicode space separator (category Zs) or U+200B.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
}
