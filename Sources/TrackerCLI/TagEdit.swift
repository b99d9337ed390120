/// How `-t/--tags` changes an entry's tags: `a,b` replaces them; `+a,-b` adds `a` and removes
/// `b`, keeping the rest. An empty value (`-t ''`) clears them.
public enum TagEdit: Sendable, Equatable {
    /// Set exactly these tags.
    case replace([String])
    /// Add and remove some, keep the others.
    case modify(add: [String], remove: [String])

    /// Reads a `-t` value: comma-separated names, each optionally prefixed with `+` or `-`.
    /// Once any name carries a prefix, bare names are additions.
    public init(parsing text: String) {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let edits = items.contains { $0.hasPrefix("+") || $0.hasPrefix("-") }
        guard edits else {
            self = .replace(Self.unique(items))
            return
        }
        var add: [String] = []
        var remove: [String] = []
        for item in items {
            if item.hasPrefix("-") {
                remove.append(String(item.dropFirst()))
            } else if item.hasPrefix("+") {
                add.append(String(item.dropFirst()))
            } else {
                add.append(item)
            }
        }
        self = .modify(add: Self.unique(add.filter { !$0.isEmpty }), remove: Self.unique(remove.filter { !$0.isEmpty }))
    }

    /// The tags after the edit (names compared case-insensitively when removing or adding).
    public func applied(to tags: [String]) -> [String] {
        switch self {
        case .replace(let names):
            return names
        case .modify(let add, let remove):
            let removed = Set(remove.map { $0.lowercased() })
            var result = tags.filter { !removed.contains($0.lowercased()) }
            for name in add where !result.contains(where: { $0.lowercased() == name.lowercased() }) {
                result.append(name)
            }
            return result
        }
    }

    /// The names this edit mentions as added or set.
    public var namesToSet: [String] {
        switch self {
        case .replace(let names): return names
        case .modify(let add, _): return add
        }
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
