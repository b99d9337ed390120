#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The payload of `catalog.json`: everything but time entries — the profile and preferences
/// and the workspaces, clients, projects, tasks and tags the user can see.
///
/// Credentials never reach the file: encoding drops the profile's `api_token` and
/// `intercom_hash` and each workspace's `api_token` and `ical_url`, and the profile is stored
/// without its related arrays (they live in the fields here and in the entries files).
public struct CatalogSnapshot: Sendable, Hashable, Codable {
    /// The user (`/me`), without credentials and related data.
    public var profile: Me?
    /// The user's preferences.
    public var preferences: Preferences?
    /// Workspaces.
    public var workspaces: [Workspace]
    /// Clients of every workspace.
    public var clients: [Client]
    /// Projects of every workspace, archived ones included.
    public var projects: [Project]
    /// Tasks.
    public var tasks: [ProjectTask]
    /// Tags.
    public var tags: [Tag]

    /// Creates a catalog; nothing is stripped until it is encoded.
    public init(
        profile: Me? = nil,
        preferences: Preferences? = nil,
        workspaces: [Workspace] = [],
        clients: [Client] = [],
        projects: [Project] = [],
        tasks: [ProjectTask] = [],
        tags: [Tag] = []
    ) {
        self.profile = profile
        self.preferences = preferences
        self.workspaces = workspaces
        self.clients = clients
        self.projects = projects
        self.tasks = tasks
        self.tags = tags
    }

    /// Everything a `/me?with_related_data=true` answer holds but its entries.
    public init(me: Me, preferences: Preferences? = nil) {
        self.init(profile: me, preferences: preferences, workspaces: me.workspaces ?? [], clients: me.clients ?? [],
                  projects: me.projects ?? [], tasks: me.tasks ?? [], tags: me.tags ?? [])
    }

    enum CodingKeys: String, CodingKey {
        case profile, preferences, workspaces, clients, projects, tasks, tags
    }

    /// Decodes a stored catalog (missing arrays read as empty).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        profile = try c.decodeIfPresent(Me.self, forKey: .profile)
        preferences = try c.decodeIfPresent(Preferences.self, forKey: .preferences)
        workspaces = try c.decodeIfPresent([Workspace].self, forKey: .workspaces) ?? []
        clients = try c.decodeIfPresent([Client].self, forKey: .clients) ?? []
        projects = try c.decodeIfPresent([Project].self, forKey: .projects) ?? []
        tasks = try c.decodeIfPresent([ProjectTask].self, forKey: .tasks) ?? []
        tags = try c.decodeIfPresent([Tag].self, forKey: .tags) ?? []
    }

    /// The catalog as the file holds it: the profile without its related arrays, the profile's
    /// and workspaces' credentials dropped. Two catalogs that write the same file have equal
    /// `stored` values (a catalog read back from the file is its own).
    public func stored() throws -> CatalogSnapshot {
        var copy = self
        if var profile {
            profile.workspaces = nil
            profile.clients = nil
            profile.projects = nil
            profile.tags = nil
            profile.tasks = nil
            profile.timeEntries = nil
            copy.profile = try SecretScrubber.scrub(profile)
        }
        copy.workspaces = try workspaces.map(SecretScrubber.scrub)
        return copy
    }

    /// Encodes the catalog without credentials (see the type's notes).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let stored = try self.stored()
        try c.encodeIfPresent(stored.profile, forKey: .profile)
        try c.encodeIfPresent(preferences, forKey: .preferences)
        try c.encode(stored.workspaces, forKey: .workspaces)
        try c.encode(clients, forKey: .clients)
        try c.encode(projects, forKey: .projects)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(tags, forKey: .tags)
    }
}
