/// Finds one object from what the user typed: its id, its exact name (any case), or a part of
/// its name that only one object has. An unknown or ambiguous name is an error that lists the
/// candidates.
public struct NameResolver<Item: Sendable>: Sendable {
    /// One object that may be meant.
    public struct Candidate: Sendable {
        /// Its id.
        public var id: Int64
        /// Its name.
        public var name: String
        /// Context shown when listing it (e.g. the workspace or project), if any.
        public var detail: String?
        /// The object itself.
        public var item: Item

        /// Creates a candidate.
        public init(id: Int64, name: String, detail: String? = nil, item: Item) {
            self.id = id
            self.name = name
            self.detail = detail
            self.item = item
        }

        var listed: String {
            "  \(name) (\(id)\(detail.map { ", \($0)" } ?? ""))"
        }
    }

    /// What is looked for, in words: `project`, `client`, `tag`, …
    public var kind: String
    /// Every object that may be meant.
    public var candidates: [Candidate]
    /// The plural of ``kind`` (default: kind + "s").
    public var plural: String
    /// How many candidates an error lists at most.
    public var listLimit = 20

    /// A resolver over `candidates`.
    public init(kind: String, plural: String? = nil, candidates: [Candidate]) {
        self.kind = kind
        self.plural = plural ?? kind + "s"
        self.candidates = candidates
    }

    /// The object `query` means.
    /// - Throws: ``CLIError``: not found (exit 5) listing all candidates, or usage (exit 2)
    ///   listing the ones that match when several do.
    public func resolve(_ query: String) throws -> Item {
        let text = query.trimmingCharacters(in: .whitespaces)
        if let id = Int64(text), let byID = candidates.first(where: { $0.id == id }) {
            return byID.item
        }
        let lower = text.lowercased()
        let exact = candidates.filter { $0.name.lowercased() == lower }
        if exact.count == 1 { return exact[0].item }
        if exact.count > 1 { throw ambiguous(query, exact) }
        let partial = candidates.filter { $0.name.lowercased().contains(lower) }
        if partial.count == 1 { return partial[0].item }
        if partial.count > 1 { throw ambiguous(query, partial) }
        throw unknown(query)
    }

    /// Whether `query` names exactly one candidate (no error).
    public func find(_ query: String) -> Item? {
        try? resolve(query)
    }

    private func ambiguous(_ query: String, _ matches: [Candidate]) -> CLIError {
        CLIError.usage("'\(query)' matches several \(plural); use the name in full or the id:\n" + list(matches))
    }

    private func unknown(_ query: String) -> CLIError {
        if candidates.isEmpty { return CLIError.notFound("No \(kind) '\(query)': there are none.") }
        return CLIError.notFound("No \(kind) '\(query)'. The \(plural) are:\n" + list(candidates))
    }

    private func list(_ items: [Candidate]) -> String {
        let sorted = items.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        var lines = sorted.prefix(listLimit).map(\.listed)
        if sorted.count > listLimit { lines.append("  … and \(sorted.count - listLimit) more") }
        return lines.joined(separator: "\n")
    }
}
