import Foundation
import TogglModels

/// The current user and everything listed under `/me`: profile, quota, preferences and the
/// caller's clients, projects, tags, tasks and workspaces across all workspaces.
///
/// Every request here counts against the **user** quota bucket (30 requests per hour on every
/// plan), so prefer one ``get(withRelatedData:)`` at start-up and the `since` filters afterwards.
public struct MeEndpoint: Sendable {
    let api: TogglAPIClient

    /// `GET /me`: the current user; with `withRelatedData`, also their workspaces, clients,
    /// projects (archived ones included), tags, tasks and roughly the last 9–10 days of time
    /// entries — everything a client needs at start-up, in one request.
    ///
    /// The related data is the one large answer (megabytes for a big account): it is read as
    /// it arrives (`MeStreamSink`), so the whole body is never held beside the rows read from it.
    /// - Throws: ``APIError``.
    public func get(withRelatedData: Bool = false) async throws -> Me {
        guard withRelatedData else { return try await api.send(APIRequest(.get, "/me")) }
        let path = "/me"
        let sink = MeStreamSink()
        try await api.send(APIRequest(.get, path, query: [QueryItem("with_related_data", "true")]), successBodyTo: sink)
        do {
            return try sink.finish()
        } catch {
            throw APIError.undecodable(path: path, snippet: APIError.snippet(of: Data(sink.head)))
                .redacting(api.configuration.credentials.secretValues)
        }
    }

    /// `PUT /me`: changes the profile fields set in `payload` and returns the updated user.
    /// - Throws: ``APIError`` (400 for an invalid time zone or week start, for example).
    public func update(_ payload: MePayload) async throws -> Me {
        try await api.send(APIRequest(.put, "/me", json: payload))
    }

    /// `GET /me/logged`: whether the credentials work — `true` on 200, `false` on 401 or 403.
    /// - Throws: any other ``APIError`` (network, quota, server errors), which says nothing
    ///   about the credentials.
    public func isLoggedIn() async throws -> Bool {
        do {
            try await api.send(APIRequest(.get, "/me/logged"))
            return true
        } catch APIError.unauthorized, APIError.forbidden {
            return false
        }
    }

    /// `GET /me/quota`: every hourly request bucket of the user; the row with
    /// `organizationID == nil` is the user bucket.
    /// - Throws: ``APIError``.
    public func quota() async throws -> [Quota] {
        try await api.send(APIRequest(.get, "/me/quota"))
    }

    /// `GET /me/preferences`: date, time and duration formats, week start and the like.
    /// - Throws: ``APIError``.
    public func preferences() async throws -> Preferences {
        try await api.send(APIRequest(.get, "/me/preferences"))
    }

    /// `GET /me/clients`: the caller's clients in all workspaces; with `since`, only those
    /// changed at or after it (deleted ones included).
    /// - Throws: ``APIError``.
    public func clients(since: Date? = nil) async throws -> [Client] {
        try await api.send(APIRequest(.get, "/me/clients", query: Self.sinceQuery(since)))
    }

    /// `GET /me/projects`: the caller's projects in all workspaces; archived ones only with
    /// `includeArchived`; with `since`, only those changed at or after it (deleted ones included).
    /// - Throws: ``APIError``.
    public func projects(since: Date? = nil, includeArchived: Bool = false) async throws -> [Project] {
        var query = Self.sinceQuery(since)
        if includeArchived { query.append(QueryItem("include_archived", "true")) }
        return try await api.send(APIRequest(.get, "/me/projects", query: query))
    }

    /// `GET /me/tags`: the caller's tags in all workspaces; with `since`, only those changed at
    /// or after it (deleted ones included).
    /// - Throws: ``APIError``.
    public func tags(since: Date? = nil) async throws -> [Tag] {
        try await api.send(APIRequest(.get, "/me/tags", query: Self.sinceQuery(since)))
    }

    /// `GET /me/tasks`: the caller's tasks in all workspaces; done (inactive) ones only with
    /// `includeNotActive`; with `since`, only those changed at or after it.
    /// - Throws: ``APIError``.
    public func tasks(since: Date? = nil, includeNotActive: Bool = false) async throws -> [ProjectTask] {
        var query = Self.sinceQuery(since)
        if includeNotActive { query.append(QueryItem("include_not_active", "true")) }
        return try await api.send(APIRequest(.get, "/me/tasks", query: query))
    }

    /// `GET /me/workspaces`: the caller's workspaces (each with `activeProjectCount`); with
    /// `since`, only those changed at or after it.
    /// - Throws: ``APIError``.
    public func workspaces(since: Date? = nil) async throws -> [Workspace] {
        try await api.send(APIRequest(.get, "/me/workspaces", query: Self.sinceQuery(since)))
    }

    /// `since=<unix seconds>` for a date, nothing for `nil`.
    static func sinceQuery(_ since: Date?) -> [QueryItem] {
        guard let since else { return [] }
        return [QueryItem("since", unixSeconds(since))]
    }

    /// Whole Unix seconds (rounded toward the past), as Toggl's `since` parameters expect.
    static func unixSeconds(_ date: Date) -> String {
        String(Int64(date.timeIntervalSince1970.rounded(.down)))
    }
}

extension TogglAPIClient {
    /// The current user and the `/me…` lists: ``MeEndpoint``.
    public var me: MeEndpoint { MeEndpoint(api: self) }
}
