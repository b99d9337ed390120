extension Catalog {
    /// Interned search keys: each text lower-cased and split into graphemes once, every distinct
    /// grapheme given a number, so deciding whether a `/` filter matches a row compares integers.
    ///
    /// ``matches(_:_:)`` agrees exactly with `FuzzyMatcher.match(query, in: text) != nil`: both
    /// look for the query's lower-cased graphemes, in order, among the text's lower-cased
    /// graphemes, and two graphemes get the same number exactly when `Character` calls them
    /// equal (interning goes through `Character`'s `Hashable`).
    struct SearchIndex: Sendable, Equatable {
        /// Every grapheme seen in a key, numbered.
        private(set) var alphabet: [Character: Int32] = [:]
        /// Clients by id: their name.
        var clientKeys: [Int64: [Int32]] = [:]
        /// Projects by id: their name, a space and their client's name (what the filter searches).
        var projectKeys: [Int64: [Int32]] = [:]
        /// Projects by id: their name alone (what the project picker searches).
        var projectNameKeys: [Int64: [Int32]] = [:]

        /// The numbers of the ASCII characters seen so far, by byte (-1: not yet looked up), so
        /// ASCII text is interned without hashing `Character`s. Derived from ``alphabet``.
        private var asciiNumbers = [Int32](repeating: -1, count: 128)

        /// Equal when the numbering and keys are (``asciiNumbers`` is a cache of ``alphabet``).
        static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool {
            lhs.alphabet == rhs.alphabet && lhs.clientKeys == rhs.clientKeys && lhs.projectKeys == rhs.projectKeys
                && lhs.projectNameKeys == rhs.projectNameKeys
        }

        /// The key of a text, numbering graphemes not seen before.
        mutating func intern(_ text: String) -> [Int32] {
            internLowercased(text.lowercased())
        }

        /// ``intern(_:)`` for text already lower-cased (`text.lowercased()`), which the name
        /// order was sorted by, so it is not lower-cased twice.
        mutating func internLowercased(_ lowered: String) -> [Int32] {
            if let key = internASCII(lowered) { return key }
            var key: [Int32] = []
            key.reserveCapacity(lowered.utf8.count)
            for character in lowered {
                if character.utf8.count == 1, let byte = character.utf8.first {
                    key.append(asciiNumber(byte))
                } else if let number = alphabet[character] {
                    key.append(number)
                } else {
                    let number = Int32(alphabet.count)
                    alphabet[character] = number
                    key.append(number)
                }
            }
            return key
        }

        /// The key of `first + " " + second` from the lower-cased texts and their keys.
        ///
        /// Lower-casing maps scalar by scalar, so the joined text lower-cased is `first`, a
        /// space and `second`; only the graphemes at the joint could differ from the two keys'.
        /// When the space stands alone there (not after a prepended mark, not before a combining
        /// one — never so next to ASCII), the key is the two keys joined by the space's number;
        /// else the joined text is interned whole. The numbering is the same either way as long
        /// as `second` was interned before (its graphemes all have numbers).
        mutating func internJoined(lowercased first: String, _ firstKey: [Int32],
                                   _ second: String, _ secondKey: [Int32]) -> [Int32] {
            guard let last = first.unicodeScalars.last, let head = second.unicodeScalars.first else {
                return internLowercased(first + " " + second)
            }
            if !last.isASCII || !head.isASCII {
                var joint = String(last)
                joint.unicodeScalars.append(" ")
                joint.unicodeScalars.append(head)
                guard joint.count == 3 else { return internLowercased(first + " " + second) }
            }
            var key = firstKey
            key.reserveCapacity(firstKey.count + 1 + secondKey.count)
            key.append(asciiNumber(0x20))
            key.append(contentsOf: secondKey)
            return key
        }

        /// The number of a lower-cased ASCII character (one byte, one grapheme), numbering it
        /// if it is new.
        private mutating func asciiNumber(_ byte: UInt8) -> Int32 {
            let cached = asciiNumbers[Int(byte)]
            if cached >= 0 { return cached }
            let character = Character(Unicode.Scalar(byte))
            let number: Int32
            if let known = alphabet[character] {
                number = known
            } else {
                number = Int32(alphabet.count)
                alphabet[character] = number
            }
            asciiNumbers[Int(byte)] = number
            return number
        }

        /// ``intern(_:)`` for ASCII text without a carriage return (the one ASCII character that
        /// joins the next, `\r\n`, into one grapheme): each byte is a grapheme, lower-cased by
        /// ASCII rules as `lowercased()` does. Nil for other text.
        private mutating func internASCII(_ text: String) -> [Int32]? {
            let utf8 = text.utf8
            guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var key: [Int32] = []
            key.reserveCapacity(utf8.count)
            for byte in utf8 {
                key.append(asciiNumber(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
            }
            return key
        }

        /// A query as numbers; nil when one of its graphemes occurs in no key (nothing matches).
        func needle(for query: String) -> [Int32]? {
            var needle: [Int32] = []
            for character in query.lowercased() {
                guard let number = alphabet[character] else { return nil }
                needle.append(number)
            }
            return needle
        }

        /// Whether the needle's numbers occur in `key` in order (not necessarily adjacent).
        static func matches(_ needle: [Int32], _ key: [Int32]) -> Bool {
            var index = 0
            guard index < needle.count else { return true }
            for number in key where number == needle[index] {
                index += 1
                if index == needle.count { return true }
            }
            return false
        }
    }
}
