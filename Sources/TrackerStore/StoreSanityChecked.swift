/// A store payload with rules beyond decoding: numbers the app does arithmetic on stay within
/// ranges where that arithmetic cannot overflow. ``VersionedFile/load(now:)`` sets a payload
/// that breaks them aside and reports it like a damaged file (it is rebuilt from Toggl), so a
/// hostile cache file is reported once rather than crashing every start.
public protocol StoreSanityChecked {
    /// What in the payload makes no sense, or `nil`.
    var nonsense: String? { get }
}

extension StoreSanityChecked {
    /// The first id outside ``JournalOperation/idRange`` among `ids`, described, or `nil`.
    static func idOutOfRange(_ ids: some Sequence<Int64>, _ what: String) -> String? {
        ids.first { !JournalOperation.idRange.contains($0) }.map { "\(what) id \($0) is outside ±2^53" }
    }
}

extension EntriesSnapshot: StoreSanityChecked {
    /// An entry or workspace id outside ``JournalOperation/idRange``.
    public var nonsense: String? {
        Self.idOutOfRange(entries.lazy.map(\.id), "an entry")
            ?? Self.idOutOfRange(entries.lazy.map(\.workspaceID), "an entry's workspace")
    }
}

extension CatalogSnapshot: StoreSanityChecked {
    /// An id of the profile, a workspace, client, project, task or tag outside
    /// ``JournalOperation/idRange``.
    public var nonsense: String? {
        Self.idOutOfRange(profile.map { [$0.id] } ?? [], "the profile's")
            ?? Self.idOutOfRange(workspaces.lazy.map(\.id), "a workspace")
            ?? Self.idOutOfRange(clients.lazy.map(\.id), "a client")
            ?? Self.idOutOfRange(projects.lazy.map(\.id), "a project")
            ?? Self.idOutOfRange(tasks.lazy.map(\.id), "a task")
            ?? Self.idOutOfRange(tags.lazy.map(\.id), "a tag")
    }
}
