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

        /// The key of a text, numbering graphemes not seen before.
        mutating func intern(_ text: String) -> [Int32] {
            var key: [Int32] = []
            key.reserveCapacity(text.utf8.count)
            for character in text.lowercased() {
                if let number = alphabet[character] {
                    key.append(number)
                } else {
                    let number = Int32(alphabet.count)
                    alphabet[character] = number
                    key.append(number)
                }
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
