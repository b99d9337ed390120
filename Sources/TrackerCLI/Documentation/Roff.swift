import Foundation

/// Text made safe for a man page's roff source: backslashes and dashes escaped, lines that would
/// start a request guarded, a break point after commas in lists, and everything outside ASCII
/// written as a named glyph (`\[u2014]`), so the page reads the same under groff and mandoc,
/// whatever their input encoding.
enum Roff {
    /// `text` as roff text (a single line; line breaks become spaces).
    static func escape(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\": out += "\\e"
            case ",":
                // A break point after a comma inside a long list (`id,date,start,…`).
                out += index + 1 < scalars.count && scalars[index + 1] != " " ? ",\\:" : ","
            case "-": out += "\\-"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    continue
                } else if scalar.isASCII {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\[u" + hex(scalar.value) + "]"
                }
            }
        }
        return out
    }

    /// Help text as roff: paragraphs (separated by blank lines) become `.PP` blocks; a line break
    /// inside a paragraph stays one (`.br`), since help texts break lines on purpose (examples).
    static func paragraphs(_ text: String) -> [String] {
        var lines: [String] = []
        var inParagraph = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                inParagraph = false
                continue
            }
            if !inParagraph {
                if !lines.isEmpty { lines.append(".PP") }
                inParagraph = true
            } else {
                lines.append(".br")
            }
            lines.append(textLine(line))
        }
        return lines
    }

    /// One line of running text, guarded so it cannot be read as a request (`.` or `'` first).
    static func textLine(_ text: String) -> String {
        let escaped = escape(text)
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    /// `text` in bold.
    static func bold(_ text: String) -> String { "\\fB" + escape(text) + "\\fR" }

    /// `text` in italics (placeholders).
    static func italic(_ text: String) -> String { "\\fI" + escape(text) + "\\fR" }

    /// A quoted macro argument (`.SS "toggl-tui clients add"`).
    static func quoted(_ text: String) -> String { "\"" + escape(text).replacingOccurrences(of: "\"", with: "\\(dq") + "\"" }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
