import Foundation
import TogglModels
import TogglSandbox

/// A large, made-up Toggl account for the benchmark: seeded and deterministic, so the same size,
/// seed and moment always give the same account.
///
/// One user in ``AccountSize/workspaces`` workspaces (the first three in a Starter organization,
/// the rest in a Free one). The default workspace holds about 80% of the clients, projects, tags
/// and entries — one busy workspace is the worst case for the lists — the others share the rest.
/// Names and descriptions mix accents, CJK and emoji. Entries are spread over
/// ``AccountSize/days`` days up to `now` (8:00–19:00 local), and one entry runs, started
/// 40 minutes before `now`.
///
/// The account exists as sandbox records (``world``, for the workday against the sandbox) and as
/// the `/me?with_related_data=true` model the app bootstraps from (``makeMe()``), holding every
/// entry (as the app does once older weeks have been viewed).
public struct SyntheticAccount: Sendable {
    public static let apiToken = "bench0token0for0the0toggl0sandbox"

    public let size: AccountSize
    public let seed: UInt64
    public let now: Date
    public let timeZone: Zone
    /// The account as sandbox records.
    public let world: SandboxWorld
    public let userID: Int64
    /// Workspace ids, the default (busiest) first.
    public let workspaceIDs: [Int64]
    /// The organization of the first workspaces (Starter plan) and of the rest (Free).
    public let starterOrganizationID: Int64
    public let freeOrganizationID: Int64

    public init(size: AccountSize, seed: UInt64 = 0x746f_6767_6c00, now: Date, timeZone: Zone) {
        var builder = Builder(size: size, seed: seed, now: now, timeZone: timeZone)
        builder.build()
        self.size = size
        self.seed = seed
        self.now = now
        self.timeZone = timeZone
        self.world = builder.world
        self.userID = builder.userID
        self.workspaceIDs = builder.workspaceIDs
        self.starterOrganizationID = builder.starterOrganizationID
        self.freeOrganizationID = builder.freeOrganizationID
    }

    /// The default workspace, where most things are.
    public var defaultWorkspaceID: Int64 { workspaceIDs.first ?? 0 }

    /// The number of active projects in the default workspace.
    public var defaultWorkspaceProjectCount: Int {
        world.projects.all.filter { $0.workspaceID == defaultWorkspaceID && $0.active }.count
    }

    /// The sandbox quotas matching the organizations' plans (Starter 240/h, Free 30/h, `/me` 30/h).
    public var quotaSettings: QuotaSettings {
        QuotaSettings(userLimit: 30, organizationLimit: SandboxPlan.free.hourlyQuota,
                      organizationLimits: [starterOrganizationID: SandboxPlan.starter.hourlyQuota])
    }

    // MARK: As the app sees it

    /// `GET /me?with_related_data=true` as Toggl would answer it, but with every entry.
    public func makeMe() -> Me {
        guard let user = world.users[userID] else { return Me(id: userID) }
        let organizations = world.organizations
        let workspaces = world.workspaces.all.map { record in
            Workspace(id: record.id, organizationID: record.organizationID, name: record.name,
                      premium: organizations[record.organizationID]?.plan.isPaid ?? false, admin: true, role: "admin",
                      defaultHourlyRate: record.defaultHourlyRate, defaultCurrency: record.defaultCurrency,
                      projectsBillableByDefault: record.projectsBillableByDefault, at: record.at)
        }
        let clients = world.clients.all.map { record in
            Client(id: record.id, workspaceID: record.workspaceID, name: record.name, archived: record.archived,
                   at: record.at, creatorID: record.creatorID)
        }
        let projects = world.projects.all.map { record in
            Project(id: record.id, workspaceID: record.workspaceID, clientID: record.clientID, name: record.name,
                    isPrivate: record.isPrivate, active: record.active, color: record.color, at: record.at,
                    createdAt: record.createdAt, billable: record.billable, template: false, autoEstimates: false,
                    startDate: record.startDate)
        }
        let tagNames = Dictionary(uniqueKeysWithValues: world.tags.all.map { ($0.id, $0.name) })
        let tags = world.tags.all.map { record in
            Tag(id: record.id, workspaceID: record.workspaceID, name: record.name, at: record.at, creatorID: record.creatorID)
        }
        let entries = world.timeEntries.all
            .sorted { $0.start == $1.start ? $0.id > $1.id : $0.start > $1.start }
            .map { record in
                TimeEntry(id: record.id, workspaceID: record.workspaceID, projectID: record.projectID, taskID: record.taskID,
                          userID: record.userID, billable: record.billable, start: record.start, stop: record.stop,
                          duration: record.isRunning ? -Int(record.start.timeIntervalSince1970) : record.duration,
                          description: record.description, tags: record.tagIDs.compactMap { tagNames[$0] },
                          tagIDs: record.tagIDs, at: record.at)
            }
        return Me(id: user.id, apiToken: Secret(user.apiToken), email: user.email, fullname: user.fullname,
                  timezone: user.timezone, defaultWorkspaceID: user.defaultWorkspaceID, beginningOfWeek: user.beginningOfWeek,
                  createdAt: user.createdAt, updatedAt: user.at, at: user.at, hasPassword: true,
                  workspaces: workspaces, clients: clients, projects: projects, tags: tags, timeEntries: entries)
    }

    /// `GET /me/preferences`.
    public var preferences: Preferences {
        Preferences(dateFormat: "YYYY-MM-DD", timeOfDayFormat: "H:mm", durationFormat: "improved", beginningOfWeek: 1,
                    pgTimeZoneName: timeZone.identifier)
    }

    /// ``makeMe()`` as the JSON bytes a store or Toggl would hand over.
    public func makeBootstrapJSON() throws -> Data {
        try TogglJSON.makeEncoder().encode(makeMe())
    }
}

// MARK: - Building

extension SyntheticAccount {
    private struct Builder {
        let size: AccountSize
        let now: Date
        let timeZone: Zone
        var random: SeededRandom
        var world = SandboxWorld()
        var userID: Int64 = 0
        var workspaceIDs: [Int64] = []
        var starterOrganizationID: Int64 = 0
        var freeOrganizationID: Int64 = 0
        var clientsByWorkspace: [Int64: [Int64]] = [:]
        var projectsByWorkspace: [Int64: [Int64]] = [:]
        var tagsByWorkspace: [Int64: [Int64]] = [:]
        let calendar: Calendar

        init(size: AccountSize, seed: UInt64, now: Date, timeZone: Zone) {
            self.size = size
            self.now = now
            self.timeZone = timeZone
            self.random = SeededRandom(seed: seed)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone.foundationTimeZone
            self.calendar = calendar
        }

        mutating func build() {
            let joined = now.addingTimeInterval(-400 * 86_400)
            userID = world.makeID()
            starterOrganizationID = world.makeID()
            freeOrganizationID = world.makeID()
            let workspaceCount = max(1, size.workspaces)
            for index in 0..<workspaceCount {
                let id = world.makeID()
                workspaceIDs.append(id)
                let organization = index < 3 ? starterOrganizationID : freeOrganizationID
                world.workspaces.upsert(WorkspaceRecord(
                    id: id, organizationID: organization, name: Names.workspace(index), defaultCurrency: "EUR",
                    defaultHourlyRate: index < 3 ? 85 : nil, projectsBillableByDefault: index == 0, at: joined))
                world.memberships.upsert(MembershipRecord(id: world.makeID(), workspaceID: id, userID: userID, isAdmin: true, at: joined))
            }
            world.users.upsert(UserRecord(
                id: userID, email: "zoe.bench@toggl-tui.invalid", fullname: "Zoë Ångström 李", password: "bench-password",
                apiToken: SyntheticAccount.apiToken, timezone: timeZone.identifier, beginningOfWeek: 1,
                defaultWorkspaceID: workspaceIDs[0], createdAt: joined, at: joined))
            world.organizations.upsert(OrganizationRecord(id: starterOrganizationID, name: "Ångström Group", plan: .starter,
                                                          ownerID: userID, createdAt: joined, at: joined))
            if workspaceCount > 3 {
                world.organizations.upsert(OrganizationRecord(id: freeOrganizationID, name: "Side projects", plan: .free,
                                                              ownerID: userID, createdAt: joined, at: joined))
            }
            makeClients(at: joined)
            makeProjects(at: joined)
            makeTags(at: joined)
            makeEntries()
        }

        /// `total` split over the workspaces: about 80% in the first, the rest evenly.
        func split(_ total: Int) -> [Int] {
            let count = workspaceIDs.count
            guard count > 1 else { return [total] }
            let each = total / 5 / (count - 1)
            return [total - each * (count - 1)] + Array(repeating: each, count: count - 1)
        }

        mutating func makeClients(at date: Date) {
            var serial = 0
            for (workspace, count) in zip(workspaceIDs, split(size.clients)) {
                for _ in 0..<count {
                    let id = world.makeID()
                    world.clients.upsert(ClientRecord(id: id, workspaceID: workspace, name: Names.client(serial),
                                                      creatorID: userID, at: date))
                    clientsByWorkspace[workspace, default: []].append(id)
                    serial += 1
                }
            }
        }

        mutating func makeProjects(at date: Date) {
            var serial = 0
            for (workspace, count) in zip(workspaceIDs, split(size.projects)) {
                let clients = clientsByWorkspace[workspace] ?? []
                for _ in 0..<count {
                    let id = world.makeID()
                    let clientID = !clients.isEmpty && random.chance(0.85) ? clients[random.index(clients.count)] : nil
                    world.projects.upsert(ProjectRecord(
                        id: id, workspaceID: workspace, clientID: clientID, name: Names.project(serial),
                        color: Names.colors[random.index(Names.colors.count)], billable: random.chance(0.6),
                        startDate: date, createdAt: date, at: date))
                    projectsByWorkspace[workspace, default: []].append(id)
                    serial += 1
                }
            }
        }

        mutating func makeTags(at date: Date) {
            var serial = 0
            for (workspace, count) in zip(workspaceIDs, split(size.tags)) {
                for _ in 0..<count {
                    let id = world.makeID()
                    world.tags.upsert(TagRecord(id: id, workspaceID: workspace, name: Names.tag(serial), creatorID: userID, at: date))
                    tagsByWorkspace[workspace, default: []].append(id)
                    serial += 1
                }
            }
        }

        mutating func makeEntries() {
            let today = calendar.startOfDay(for: now)
            let minutesNow = Int(now.timeIntervalSince(today) / 60)
            let finished = max(0, size.entries - 1)
            var perWorkspace = split(finished)
            var workspaceIndex = 0
            for _ in 0..<finished {
                while perWorkspace[workspaceIndex] == 0 { workspaceIndex += 1 }
                perWorkspace[workspaceIndex] -= 1
                let workspace = workspaceIDs[workspaceIndex]
                let duration = 5 + random.index(116)
                var daysBack = random.index(max(1, size.days))
                var minute = 480 + random.index(660 - duration)
                if daysBack == 0 {
                    // Today only before the running entry began.
                    let latest = minutesNow - 45 - duration
                    if latest > 480 { minute = 480 + random.index(latest - 480) } else { daysBack = 1 + random.index(max(1, size.days - 1)) }
                }
                let day = calendar.date(byAdding: .day, value: -daysBack, to: today) ?? today
                let start = day.addingTimeInterval(TimeInterval(minute * 60 + random.index(60)))
                addEntry(workspace: workspace, start: start, stop: start.addingTimeInterval(TimeInterval(duration * 60)))
            }
            if size.entries > 0, let workspace = workspaceIDs.first {
                addEntry(workspace: workspace, start: now.addingTimeInterval(-40 * 60), stop: nil)
            }
        }

        mutating func addEntry(workspace: Int64, start: Date, stop: Date?) {
            let projects = projectsByWorkspace[workspace] ?? []
            let tags = tagsByWorkspace[workspace] ?? []
            let projectID = !projects.isEmpty && random.chance(0.9) ? projects[random.index(projects.count)] : nil
            var tagIDs: [Int64] = []
            if !tags.isEmpty {
                for _ in 0..<random.index(4) {
                    let tag = tags[random.index(tags.count)]
                    if !tagIDs.contains(tag) { tagIDs.append(tag) }
                }
            }
            let description = random.chance(0.92) ? Names.description(random.index(Names.descriptionCount)) : nil
            let duration = stop.map { Int($0.timeIntervalSince(start)) } ?? -1
            world.timeEntries.upsert(TimeEntryRecord(
                id: world.makeID(), workspaceID: workspace, userID: userID, projectID: projectID,
                billable: projectID.flatMap { world.projects[$0]?.billable } ?? false, start: start, stop: stop,
                duration: duration, description: description, tagIDs: tagIDs, createdWith: "toggl-tui-bench",
                at: stop ?? start))
        }
    }
}

extension SeededRandom {
    /// A number in `0..<count` (0 when `count` is not positive).
    mutating func index(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        return Int(next() % UInt64(count))
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() % 1_000_000) / 1_000_000 < probability
    }
}
