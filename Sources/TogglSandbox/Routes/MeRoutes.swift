import Foundation
import TogglModels

extension SandboxRoutes {
    /// The `/me` routes except time entries (the time-entry group) and `/me/quota` (answered
    /// by the engine, which owns the quota state).
    static let me: [SandboxRoute] = [
        SandboxRoute("GET", "/me", handler: MeHandlers.get),
        SandboxRoute("PUT", "/me", handler: MeHandlers.update),
        SandboxRoute("GET", "/me/logged", handler: MeHandlers.logged),
        SandboxRoute("GET", "/me/preferences", handler: MeHandlers.preferences),
        SandboxRoute("POST", "/me/preferences", handler: MeHandlers.updatePreferences),
        SandboxRoute("GET", "/me/workspaces", handler: MeHandlers.workspaces),
        SandboxRoute("GET", "/me/organizations", handler: MeHandlers.organizations),
        SandboxRoute("GET", "/me/clients", handler: MeHandlers.clients),
        SandboxRoute("GET", "/me/projects", handler: MeHandlers.projects),
        SandboxRoute("GET", "/me/projects/paginated", handler: MeHandlers.projectsPaginated),
        SandboxRoute("GET", "/me/tags", handler: MeHandlers.tags),
        SandboxRoute("GET", "/me/tasks", handler: MeHandlers.tasks),
    ]
}

/// The handlers of ``SandboxRoutes/me``.
enum MeHandlers {
    /// How far back `/me?with_related_data=true` lists time entries (observed: 9–10 days).
    static let relatedTimeEntryWindow: TimeInterval = 9 * 86_400

    static func user(_ world: SandboxWorld, _ context: RouteContext) throws -> UserRecord {
        guard let user = world.users[context.userID] else { throw SandboxFailure.notFound("could not load user data") }
        return user
    }

    // MARK: The profile

    /// `GET /me`; with `with_related_data=true` also `workspaces, clients, projects (archived
    /// included), tags, tasks, time_entries` (the last 9 days, newest first) — each key left
    /// out when it would be empty, as recorded.
    @Sendable static func get(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let user = try user(world, context)
        var me = user.renderedMe()
        guard context.flag("with_related_data") == true else { return .json(me) }
        let userID = user.id
        let now = context.now
        let workspaceIDs = Set(world.workspaces(of: userID).map(\.id))
        let projects = world.projectsVisible(to: userID).filter { $0.deletedAt == nil }
        let projectIDs = Set(projects.map(\.id))
        let totals = world.trackedTotals(now: now)
        let workspaces = world.workspaces(of: userID).map { $0.rendered(in: world, for: userID) }
        let clients = world.clients.filter { workspaceIDs.contains($0.workspaceID) }.map { $0.rendered() }
        let tags = world.tags.filter { workspaceIDs.contains($0.workspaceID) && $0.deletedAt == nil }
            .sorted { EntityQuery.byName($0.name, $0.id, $1.name, $1.id) }
            .map { $0.rendered() }
        let tasks = world.tasks.filter { projectIDs.contains($0.projectID) && $0.deletedAt == nil }
            .map { $0.rendered(in: world, totals: totals, meta: false) }
        let oldest = now.addingTimeInterval(-relatedTimeEntryWindow)
        let entries = world.timeEntries
            .filter { $0.userID == userID && $0.deletedAt == nil && $0.start >= oldest }
            .sorted { $0.start == $1.start ? $0.id > $1.id : $0.start > $1.start }
            .map { $0.rendered(in: world, now: now) }
        me.workspaces = workspaces.isEmpty ? nil : workspaces
        me.clients = clients.isEmpty ? nil : clients
        me.projects = projects.isEmpty ? nil : projects.map { $0.rendered(in: world, totals: totals, now: now) }
        me.tags = tags.isEmpty ? nil : tags
        me.tasks = tasks.isEmpty ? nil : tasks
        me.timeEntries = entries.isEmpty ? nil : entries
        return .json(me)
    }

    /// The password part of `PUT /me` (``MePayload`` leaves it out).
    struct PasswordChange: Decodable {
        var password: String?
        var currentPassword: String?

        enum CodingKeys: String, CodingKey {
            case password
            case currentPassword = "current_password"
        }
    }

    /// `PUT /me` with Toggl's 400 texts for each invalid field; answers the updated user.
    @Sendable static func update(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        var user = try user(world, context)
        let payload = try context.body(MePayload.self)
        let passwordChange = try context.body(PasswordChange.self)
        if let raw = payload.fullname {
            let fullname = EntityQuery.trimmed(raw)
            guard !fullname.isEmpty else { throw SandboxFailure.badRequest("Invalid fullname") }
            user.fullname = fullname
        }
        if let raw = payload.email {
            let email = EntityQuery.trimmed(raw)
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(" ") else {
                throw SandboxFailure.badRequest("Invalid email")
            }
            let taken = world.users.all.contains {
                $0.id != user.id && $0.email.caseInsensitiveCompare(email) == .orderedSame
            }
            guard !taken else { throw SandboxFailure.badRequest("user with this email already exists") }
            user.email = email
        }
        if let timezone = payload.timezone {
            guard TimeZone(identifier: timezone) != nil else { throw SandboxFailure.badRequest("Invalid timezone") }
            user.timezone = timezone
        }
        if let day = payload.beginningOfWeek {
            guard (0...6).contains(day) else { throw SandboxFailure.badRequest("Invalid beginning_of_week") }
            user.beginningOfWeek = day
        }
        if let country = payload.countryID {
            guard country > 0 else { throw SandboxFailure.badRequest("Invalid country_id") }
            user.countryID = country
        }
        if let workspaceID = payload.defaultWorkspaceID {
            guard world.membership(of: user.id, in: workspaceID) != nil else {
                throw SandboxFailure.badRequest("Invalid default_workspace_id")
            }
            user.defaultWorkspaceID = workspaceID
        }
        if let password = passwordChange.password {
            guard let current = passwordChange.currentPassword else {
                throw SandboxFailure.badRequest("Current password must be present to change password")
            }
            guard current == user.password else { throw SandboxFailure.badRequest("Current password is not valid") }
            guard password.count >= 6 else { throw SandboxFailure.badRequest("Password should be at least 6 characters") }
            user.password = password
        }
        user.at = context.now
        world.users.upsert(user)
        return .json(user.renderedAfterUpdate())
    }

    /// `GET /me/logged`: 200 with an empty body when the credentials work (the engine answers
    /// 401/403 before this runs otherwise).
    @Sendable static func logged(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        _ = try user(world, context)
        return .empty(200)
    }

    // MARK: Preferences

    @Sendable static func preferences(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        .json(try user(world, context).renderedPreferences())
    }

    static let dateFormats: Set<String> = [
        "YYYY-MM-DD", "DD.MM.YYYY", "DD-MM-YYYY", "MM/DD/YYYY", "DD/MM/YYYY", "MM-DD-YYYY",
    ]
    static let timeOfDayFormats: Set<String> = ["H:mm", "h:mm A"]
    static let durationFormats: Set<String> = ["classic", "decimal", "improved"]

    /// `POST /me/preferences`: stores the formats and the week start (other keys are accepted
    /// and ignored); answers an empty 200.
    @Sendable static func updatePreferences(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        var user = try user(world, context)
        guard !context.request.body.isEmpty else { throw SandboxFailure.badRequest("Missing data") }
        let preferences = try context.body(Preferences.self)
        if let format = preferences.dateFormat {
            guard dateFormats.contains(format) else { throw SandboxFailure.badRequest("Value in date_format is invalid") }
            user.dateFormat = format
        }
        if let format = preferences.timeOfDayFormat {
            guard timeOfDayFormats.contains(format) else {
                throw SandboxFailure.badRequest("Value in timeofday_format is invalid")
            }
            user.timeOfDayFormat = format
        }
        if let format = preferences.durationFormat {
            guard durationFormats.contains(format) else {
                throw SandboxFailure.badRequest("Value in duration_format is invalid")
            }
            user.durationFormat = format
        }
        if let day = preferences.beginningOfWeek {
            guard (0...6).contains(day) else { throw SandboxFailure.badRequest("Invalid beginning_of_week") }
            user.beginningOfWeek = day
        }
        user.at = context.now
        world.users.upsert(user)
        return .empty(200)
    }

    // MARK: Lists

    /// The caller's workspaces with `active_project_count`; `since` keeps those changed (or
    /// whose membership changed) since then.
    @Sendable static func workspaces(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let since = try EntityQuery.since(context)
        let userID = context.userID
        var rows = world.workspaces(of: userID)
        if let since {
            rows = rows.filter { $0.at >= since || (world.membership(of: userID, in: $0.id)?.at ?? .distantPast) >= since }
        }
        var activeCounts: [Int64: Int] = [:]
        for project in world.projects.all where project.active && project.deletedAt == nil {
            activeCounts[project.workspaceID, default: 0] += 1
        }
        return .json(rows.map { $0.rendered(in: world, for: userID, activeProjectCount: activeCounts[$0.id] ?? 0) })
    }

    /// The caller's organizations (an empty array when none), plan named (`"Free"`).
    @Sendable static func organizations(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let rows = world.organizations(of: context.userID)
        return .json(rows.map { $0.rendered(in: world, for: context.userID, planNameInList: true) })
    }

    /// Clients of every workspace of the caller (archived ones too), `since` on `at`.
    /// Deleted clients are gone (no soft delete), so `since` cannot report them.
    @Sendable static func clients(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let since = try EntityQuery.since(context)
        let workspaceIDs = Set(world.workspaces(of: context.userID).map(\.id))
        let rows = world.clients.filter { client in
            workspaceIDs.contains(client.workspaceID) && since.map { client.at >= $0 } ?? true
        }
        return .json(rows.map { $0.rendered() })
    }

    /// Projects the caller sees, in id order: archived ones only with `include_archived=true`,
    /// deleted ones only through `since`.
    @Sendable static func projects(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let includeArchived = try EntityQuery.strictFlag(
            context, "include_archived", invalid: "Invalid include_archived") ?? false
        let since = try EntityQuery.since(context)
        let rows = EntityQuery.sinceFilter(
            world.projectsVisible(to: context.userID), since: since, at: \.at, deleted: { $0.deletedAt != nil })
            .filter { includeArchived || $0.active || $0.deletedAt != nil }
        let totals = world.trackedTotals(now: context.now)
        return .json(rows.map { $0.rendered(in: world, totals: totals, now: context.now) })
    }

    /// Projects the caller sees in id order from `start_project_id` on, `per_page` (201) at a
    /// time; archived ones included, deleted ones only through `since`.
    @Sendable static func projectsPaginated(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let since = try EntityQuery.since(context)
        let start = context.request.queryValue("start_project_id").flatMap { Int64($0) } ?? 0
        let perPage = EntityQuery.positiveInt(context, "per_page") ?? 201
        let rows = EntityQuery.sinceFilter(
            world.projectsVisible(to: context.userID), since: since, at: \.at, deleted: { $0.deletedAt != nil })
            .filter { $0.id >= start }
            .prefix(perPage)
        let totals = world.trackedTotals(now: context.now)
        return .json(rows.map { $0.rendered(in: world, totals: totals, now: context.now) })
    }

    /// Tags of every workspace of the caller, by name; `since` adds deleted ones.
    @Sendable static func tags(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let since = try EntityQuery.since(context)
        let workspaceIDs = Set(world.workspaces(of: context.userID).map(\.id))
        let rows = EntityQuery.sinceFilter(
            world.tags.filter { workspaceIDs.contains($0.workspaceID) }, since: since, at: \.at,
            deleted: { $0.deletedAt != nil })
            .sorted { EntityQuery.byName($0.name, $0.id, $1.name, $1.id) }
        return .json(rows.map { $0.rendered() })
    }

    /// Tasks of the projects the caller sees, in id order: done ones only with
    /// `include_not_active=true`, deleted ones only through `since`; `meta=true` adds project
    /// details; `offset` skips rows, `per_page` (default all) limits them.
    @Sendable static func tasks(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let includeDone = try EntityQuery.strictFlag(
            context, "include_not_active", invalid: "Invalid include_not_active") ?? false
        let since = try EntityQuery.since(context)
        let meta = context.flag("meta") ?? false
        let projectIDs = Set(world.projectsVisible(to: context.userID).map(\.id))
        var rows = EntityQuery.sinceFilter(
            world.tasks.filter { projectIDs.contains($0.projectID) }, since: since, at: \.at,
            deleted: { $0.deletedAt != nil })
            .filter { includeDone || $0.active || $0.deletedAt != nil }
        let offset = context.request.queryValue("offset").flatMap { Int($0) } ?? 0
        rows = Array(rows.dropFirst(max(0, offset)))
        if let perPage = EntityQuery.positiveInt(context, "per_page") { rows = Array(rows.prefix(perPage)) }
        let totals = world.trackedTotals(now: context.now)
        return .json(rows.map { $0.renderedRow(in: world, totals: totals, meta: meta) })
    }
}
