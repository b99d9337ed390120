/// Scores how well a query matches a text, fzf-style: every query character must appear in
/// order (case-insensitively); consecutive runs, word starts and an early first match score
/// higher. Fast enough to rank thousands of items per keystroke.
public enum FuzzyMatcher {
    /// A successful match: its score (higher is better) and the matched character offsets.
    public struct Match: Sendable, Hashable {
        public var score: Int
        /// Offsets of matched characters in the text, in grapheme units.
        public var positions: [Int]
    }

    /// The match of `query` in `text`, or nil. An empty query matches everything with score 0.
    public static func match(_ query: String, in text: String) -> Match? {
        if query.isEmpty { return Match(score: 0, positions: []) }
        let needle = Array(query.lowercased())
        var positions: [Int] = []
        positions.reserveCapacity(needle.count)
        var score = 0
        var queryIndex = 0
        var previousMatched = -2
        var previous: Character = " "
        for (offset, character) in text.lowercased().enumerated() {
            if character == needle[queryIndex] {
                var gain = 1
                if offset == previousMatched + 1 { gain += 5 }
                if wordSeparators.contains(previous) { gain += 8 }
                if offset == 0 { gain += 3 }
                score += gain
                positions.append(offset)
                previousMatched = offset
                queryIndex += 1
                if queryIndex == needle.count { break }
            }
            previous = character
        }
        guard queryIndex == needle.count else { return nil }
        // Shorter texts rank above longer ones with the same matches.
        return Match(score: score * 100 - min(99, text.count), positions: positions)
    }

    private static let wordSeparators: Set<Character> = [" ", "-", "_", "/", ".", ":", "(", "["]

    /// Items whose text matches, best first; ties keep the input order.
    public static func rank<Item>(_ items: [Item], query: String, text: (Item) -> String) -> [(item: Item, match: Match)] {
        var results: [(item: Item, match: Match, order: Int)] = []
        for (order, item) in items.enumerated() {
            if let found = match(query, in: text(item)) { results.append((item, found, order)) }
        }
        if !query.isEmpty {
            results.sort { $0.match.score != $1.match.score ? $0.match.score > $1.match.score : $0.order < $1.order }
        }
        return results.map { ($0.item, $0.match) }
    }
}
