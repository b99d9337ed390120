import Foundation

/// A small INI reader/writer that keeps the file as the user wrote it.
///
/// It reads the files toggl-cli (`~/.togglrc`, written by Python's `configparser`) and toggl-tui
/// (`$XDG_CONFIG_HOME/toggl-tui/config`) use, and writes them back without losing anything:
/// whole-line comments (`#` or `;`), blank lines, the order of sections and keys, the line
/// endings (`\n` or `\r\n`), a UTF-8 byte order mark, and the exact spelling of every line that
/// was not changed. `INIDocument(parsing: text, fileName: name).text == text` for every file
/// that parses.
///
/// The format, as `configparser` reads it with its defaults:
/// - `[section]` headers; section names are case-sensitive (surrounding spaces are ignored).
///   A header may be followed by a `#` or `;` comment.
/// - `key = value`, `key=value` or `key: value`; the first `=` or `:` separates key and value, so
///   `time_format = %I:%M%p` has the value `%I:%M%p`. Keys are case-insensitive. Values are
///   trimmed and may be empty. There is no interpolation: `%` is an ordinary character.
/// - Whole-line comments start with `#` or `;` (after optional spaces).
///
/// Not supported (documented differences from `configparser`):
/// - Inline comments: `tz = local ; mine` has the value `local ; mine`, exactly as
///   `configparser` reads it by default. A `#` or `;` in a value is part of the value.
/// - Multi-line values: an indented line is read as an ordinary line, not as a continuation.
/// - The `[DEFAULT]` section is an ordinary section; its keys are not inherited by others.
///
/// A key outside any section, a duplicate section, a duplicate key within one section, a line
/// that is neither header, key/value, comment nor blank, and an unterminated `[section` are
/// errors (``ConfigError/malformed(file:line:reason:)``), as they are for `configparser`.
///
/// Section and key names passed to ``setValue(_:section:key:)`` are checked, and a bad one is a
/// thrown ``ConfigError/invalidName(file:name:reason:)`` (they often come from the command
/// line): a section name must not be empty nor contain `]`, a line break or a control
/// character; a key must not be empty, contain `=`, `:`, a line break or a control character,
/// nor start with `#`, `;` or `[`.
///
/// `description` and the reflection mirror show only the file name and section names, never
/// values, so a document holding a token is safe to log.
public struct INIDocument: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// The file name used in error messages (usually the path the text came from).
    public var fileName: String

    private var lines: [Line]
    private var endsWithNewline: Bool
    private var hasByteOrderMark: Bool
    /// `"\r"` when the file uses `\r\n` line endings, so added lines match the others.
    private var carriageReturn: String

    /// An empty document. Lines added to it end with `\n`.
    public init(fileName: String = "(new file)") {
        self.fileName = fileName
        self.lines = []
        self.endsWithNewline = true
        self.hasByteOrderMark = false
        self.carriageReturn = ""
    }

    /// Parses INI text.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - fileName: the name errors report (usually the file's path).
    /// - Throws: ``ConfigError/malformed(file:line:reason:)`` naming `fileName` and the 1-based line.
    public init(parsing text: String, fileName: String) throws {
        self.init(fileName: fileName)
        var body = text
        if body.unicodeScalars.first == "\u{FEFF}" {
            hasByteOrderMark = true
            body = String(body.unicodeScalars.dropFirst())
        }
        var raws = body.utf8
            .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if raws.last == "" {
            raws.removeLast()
            endsWithNewline = true
        } else {
            endsWithNewline = false
        }
        if raws.first?.hasSuffix("\r") == true { carriageReturn = "\r" }

        var currentSection: String?
        var sectionLines: [String: Int] = [:]
        var keyLines: [String: Int] = [:]  // lowercased key → line, within the current section
        for (index, raw) in raws.enumerated() {
            let lineNumber = index + 1
            let line = try Self.parseLine(raw, file: fileName, lineNumber: lineNumber)
            switch line.kind {
            case .blank, .comment:
                break
            case .section(let name):
                if let first = sectionLines[name] {
                    throw malformed(lineNumber, "duplicate section [\(name)] (first on line \(first))")
                }
                sectionLines[name] = lineNumber
                currentSection = name
                keyLines = [:]
            case .entry(let key, _, _):
                guard let section = currentSection else {
                    throw malformed(lineNumber, "'\(key)' is outside any section (add a [section] header above it)")
                }
                let folded = key.lowercased()
                if let first = keyLines[folded] {
                    throw malformed(
                        lineNumber, "duplicate key '\(key)' in section [\(section)] (first on line \(first))")
                }
                keyLines[folded] = lineNumber
            }
            lines.append(line)
        }
    }

    // MARK: Reading

    /// The file as text: the original bytes for untouched lines, in the original order.
    public var text: String {
        let bom = hasByteOrderMark ? "\u{FEFF}" : ""
        if lines.isEmpty { return bom }
        return bom + lines.map(\.raw).joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }

    /// The section names in file order.
    public var sectionNames: [String] {
        lines.compactMap { line in
            if case .section(let name) = line.kind { return name }
            return nil
        }
    }

    /// Whether the document has a section with this (case-sensitive) name.
    public func hasSection(_ section: String) -> Bool {
        sectionRange(Self.trimmed(section)) != nil
    }

    /// The keys of a section in file order, as spelled in the file; empty if there is no such section.
    public func keys(inSection section: String) -> [String] {
        guard let range = sectionRange(Self.trimmed(section)) else { return [] }
        return lines[(range.header + 1)..<range.end].compactMap { line in
            if case .entry(let key, _, _) = line.kind { return key }
            return nil
        }
    }

    /// The trimmed value of `key` in `section`, or nil when either is missing.
    ///
    /// The section name is matched exactly; the key case-insensitively (as `configparser` does).
    public func value(section: String, key: String) -> String? {
        guard let index = entryIndex(section: Self.trimmed(section), key: Self.trimmed(key)) else { return nil }
        if case .entry(_, let value, _) = lines[index].kind { return value }
        return nil
    }

    /// The 1-based line `key` in `section` is on (in ``text``), or nil when either is missing:
    /// for messages such as "config:7: clock must be 12h or 24h".
    public func lineNumber(section: String, key: String) -> Int? {
        entryIndex(section: Self.trimmed(section), key: Self.trimmed(key)).map { $0 + 1 }
    }

    // MARK: Writing

    /// Sets `key` in `section` to `value`.
    ///
    /// An existing key is rewritten in place: same line, same key spelling and separator style
    /// (`key = v`, `key=v`, `key: v`); other lines are untouched. A missing key is added after the
    /// last key of its section (before any comments or blank lines that lead into the next
    /// section); a missing section is added at the end of the file after a blank line.
    ///
    /// INI values are single lines and are read back trimmed, so line breaks in `value` become
    /// spaces and surrounding whitespace is dropped.
    ///
    /// - Throws: ``ConfigError/invalidName(file:name:reason:)`` when `section` or `key` cannot be
    ///   written as INI (see the type's documentation); the document is then unchanged.
    public mutating func setValue(_ value: String, section: String, key: String) throws {
        let section = try checkedSectionName(section)
        let key = try checkedKey(key)
        let value = Self.singleLine(value)

        if let index = entryIndex(section: section, key: key) {
            lines[index] = lines[index].replacingValue(with: value)
            return
        }
        let newLine = Line.entry(key: key, value: value, carriageReturn: carriageReturn)
        if let range = sectionRange(section) {
            var insertAt = range.header + 1
            for index in (range.header + 1)..<range.end {
                if case .entry = lines[index].kind { insertAt = index + 1 }
            }
            lines.insert(newLine, at: insertAt)
        } else {
            if let last = lines.last, last.kind != .blank {
                lines.append(Line(raw: carriageReturn, kind: .blank))
            }
            lines.append(Line(raw: "[\(section)]" + carriageReturn, kind: .section(section)))
            lines.append(newLine)
        }
    }

    /// Removes `key` from `section` (its whole line). Does nothing when it is missing.
    /// The section header stays, even when the section becomes empty.
    public mutating func removeValue(section: String, key: String) {
        guard let index = entryIndex(section: Self.trimmed(section), key: Self.trimmed(key)) else { return }
        lines.remove(at: index)
    }

    // MARK: Description

    /// The file name and section names; never any value.
    public var description: String {
        "INIDocument(\(fileName), sections: \(sectionNames))"
    }

    /// A mirror without values, so `dump` does not print secrets either.
    public var customMirror: Mirror {
        Mirror(self, children: ["fileName": fileName, "sections": sectionNames], displayStyle: .struct)
    }

    // MARK: Internals

    private func malformed(_ line: Int, _ reason: String) -> ConfigError {
        .malformed(file: fileName, line: line, reason: reason)
    }

    /// The header index of `section` and the index one past its last line.
    private func sectionRange(_ section: String) -> (header: Int, end: Int)? {
        guard let header = lines.firstIndex(where: { $0.kind == .section(section) }) else { return nil }
        var end = header + 1
        while end < lines.count {
            if case .section = lines[end].kind { break }
            end += 1
        }
        return (header, end)
    }

    private func entryIndex(section: String, key: String) -> Int? {
        guard let range = sectionRange(section) else { return nil }
        let folded = key.lowercased()
        return ((range.header + 1)..<range.end).first { index in
            if case .entry(let name, _, _) = lines[index].kind { return name.lowercased() == folded }
            return false
        }
    }

    private static func trimmed(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces)
    }

    /// The trimmed section name, or an error saying why it cannot be a section header.
    private func checkedSectionName(_ section: String) throws -> String {
        let name = Self.trimmed(section)
        func invalid(_ reason: String) -> ConfigError {
            .invalidName(file: fileName, name: section, reason: "a section name " + reason)
        }
        if name.isEmpty { throw invalid("must not be empty") }
        if name.contains("]") { throw invalid("must not contain ']'") }
        if name.contains(where: \.isNewline) { throw invalid("must not contain a line break") }
        if name.unicodeScalars.contains(where: Self.isControl) { throw invalid("must not contain control characters") }
        return name
    }

    /// The trimmed key, or an error saying why it cannot be the key of a `key = value` line.
    private func checkedKey(_ key: String) throws -> String {
        let name = Self.trimmed(key)
        func invalid(_ reason: String) -> ConfigError {
            .invalidName(file: fileName, name: key, reason: "a key " + reason)
        }
        if name.isEmpty { throw invalid("must not be empty") }
        if name.contains("=") || name.contains(":") { throw invalid("must not contain '=' or ':'") }
        if name.contains(where: \.isNewline) { throw invalid("must not contain a line break") }
        if name.unicodeScalars.contains(where: Self.isControl) { throw invalid("must not contain control characters") }
        if let first = name.first, ["#", ";", "["].contains(first) {
            throw invalid("must not start with '#', ';' or '['")
        }
        return name
    }

    /// C0 and C1 controls and DEL.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func singleLine(_ value: String) -> String {
        String(value.map { $0.isNewline ? " " : $0 }).trimmingCharacters(in: .whitespaces)
    }

    private static func parseLine(_ raw: String, file: String, lineNumber: Int) throws -> Line {
        var body = raw
        if body.hasSuffix("\r") { body.removeLast() }
        let content = body.trimmingCharacters(in: .whitespaces)
        func malformed(_ reason: String) -> ConfigError {
            .malformed(file: file, line: lineNumber, reason: reason)
        }

        if content.isEmpty { return Line(raw: raw, kind: .blank) }
        if content.hasPrefix("#") || content.hasPrefix(";") { return Line(raw: raw, kind: .comment) }
        if content.hasPrefix("[") {
            guard let close = content.firstIndex(of: "]") else {
                throw malformed("unterminated section header (missing ']')")
            }
            let name = trimmed(String(content[content.index(after: content.startIndex)..<close]))
            guard !name.isEmpty else { throw malformed("empty section name '[]'") }
            let rest = content[content.index(after: close)...].trimmingCharacters(in: .whitespaces)
            guard rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix(";") else {
                throw malformed("unexpected text after the section header [\(name)]")
            }
            return Line(raw: raw, kind: .section(name))
        }
        // The value is never quoted in messages: it may be a token or a password.
        guard let delimiter = body.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
            throw malformed(
                "expected '[section]', 'key = value', 'key: value', a comment ('#' or ';') or a blank line")
        }
        let key = trimmed(String(body[..<delimiter]))
        guard !key.isEmpty else { throw malformed("missing key name before '\(body[delimiter])'") }
        let afterDelimiter = body[body.index(after: delimiter)...]
        let valueStart = afterDelimiter.firstIndex(where: { !$0.isWhitespace }) ?? afterDelimiter.endIndex
        let prefix = String(body[..<valueStart])
        let value = String(afterDelimiter[valueStart...]).trimmingCharacters(in: .whitespaces)
        return Line(raw: raw, kind: .entry(key: key, value: value, prefix: prefix))
    }
}

extension INIDocument {
    /// One physical line: its exact text (without `\n`, with a trailing `\r` if the file has one)
    /// and what it means.
    fileprivate struct Line: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            case blank
            case comment
            case section(String)
            /// `prefix` is the line up to where the value starts, e.g. `"api_token = "`.
            case entry(key: String, value: String, prefix: String)
        }

        var raw: String
        var kind: Kind

        static func entry(key: String, value: String, carriageReturn: String) -> Line {
            let prefix = value.isEmpty ? "\(key) =" : "\(key) = "
            return Line(raw: prefix + value + carriageReturn, kind: .entry(key: key, value: value, prefix: prefix))
        }

        /// This entry with a new value, keeping the key spelling and separator style.
        func replacingValue(with value: String) -> Line {
            guard case .entry(let key, let oldValue, var prefix) = kind else { return self }
            if oldValue.isEmpty, !value.isEmpty, let delimiter = prefix.last, !delimiter.isWhitespace {
                // "key =" or "key:" had nothing after it: write "key = new", "key: new".
                let beforeDelimiter = prefix.dropLast().last
                if delimiter == ":" || beforeDelimiter?.isWhitespace == true { prefix += " " }
            }
            if value.isEmpty {
                prefix = String(prefix.reversed().drop(while: { $0.isWhitespace }).reversed())
            }
            let carriageReturn = raw.hasSuffix("\r") ? "\r" : ""
            return Line(raw: prefix + value + carriageReturn, kind: .entry(key: key, value: value, prefix: prefix))
        }
    }
}
