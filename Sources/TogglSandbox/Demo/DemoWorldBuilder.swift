import Foundation

/// Builds the demo world: the cast of ``DemoCatalog`` plus entries from ``historyDays`` days
/// back to today (in the account's time zone), random but seeded from the time zone and the
/// local day, so the same `now` always gives the same world.
struct DemoWorldBuilder {
    /// How many days back the demo's entries reach: 26 weeks, well past the three months
    /// `/me/time_entries` serves.
    static let historyDays = 182

    private var world = SandboxWorld()
    private var random: SeededRandom
    private let now: Date
    private let timeZone: TimeZone
    private let calendar: Calendar
    private let today: Date

    private var userID: Int64 = 0
    private var northwindID: Int64 = 0
    private var personalID: Int64 = 0
    /// Catalog projects with their ids and task ids, per workspace.
    private var northwindProjects: [(spec: DemoCatalog.Project, id: Int64, tasks: [Int64])] = []
    private var personalProjects: [(spec: DemoCatalog.Project, id: Int64, tasks: [Int64])] = []
    private var tagIDs: [Int64: [String: Int64]] = [:]

    init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
        calendar = ReportClock.calendar(timeZone)
        today = calendar.startOfDay(for: now)
        random = SeededRandom(seed: Self.seed(timeZone.identifier + "|" + ReportClock.dayString(now, in: timeZone)))
    }

    /// FNV-1a, stable across runs (Swift's `Hasher` is not).
    static func seed(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    mutating func build() -> SandboxWorld {
        makeAccount()
        makeCatalog()
        makeEntries()
        return world
    }

    // MARK: Account, organizations, workspaces

    private mutating func makeAccount() {
        let joined = now.addingTimeInterval(-420 * 86_400)
        userID = world.makeID()
        let northwindOrg = world.makeID()
        let personalOrg = world.makeID()
        northwindID = world.makeID()
        personalID = world.makeID()
        world.users.upsert(UserRecord(
            id: userID, email: DemoAccount.email, fullname: DemoAccount.fullname, password: DemoAccount.password,
            apiToken: DemoAccount.apiToken, timezone: timeZone.identifier, beginningOfWeek: 1,
            defaultWorkspaceID: northwindID, createdAt: joined, at: joined))
        world.organizations.upsert(OrganizationRecord(id: northwindOrg, name: DemoAccount.workspaceName, plan: .starter,
                                                      ownerID: userID, createdAt: joined, at: joined))
        world.organizations.upsert(OrganizationRecord(id: personalOrg, name: "Personal", plan: .free, ownerID: userID,
                                                      createdAt: joined, at: joined))
        world.workspaces.upsert(WorkspaceRecord(id: northwindID, organizationID: northwindOrg, name: DemoAccount.workspaceName,
                                                defaultCurrency: "EUR", defaultHourlyRate: 85,
                                                projectsBillableByDefault: true, at: joined))
        world.workspaces.upsert(WorkspaceRecord(id: personalID, organizationID: personalOrg, name: "Personal",
                                                defaultCurrency: "EUR", at: joined))
        for workspace in [northwindID, personalID] {
            world.memberships.upsert(MembershipRecord(id: world.makeID(), workspaceID: workspace, userID: userID,
                                                      isAdmin: true, at: joined))
        }
    }

    // MARK: Clients, projects, tasks, tags

    private mutating func makeCatalog() {
        let created = now.addingTimeInterval(-200 * 86_400)
        var clientIDs: [Int64] = []
        for client in DemoCatalog.northwindClients {
            let id = world.makeID()
            clientIDs.append(id)
            world.clients.upsert(ClientRecord(id: id, workspaceID: northwindID, name: client.name, notes: client.notes,
                                              creatorID: userID, at: created))
        }
        northwindProjects = makeProjects(DemoCatalog.northwindProjects, in: northwindID, clientIDs: clientIDs,
                                         currency: "EUR", created: created)
        personalProjects = makeProjects(DemoCatalog.personalProjects, in: personalID, clientIDs: [], currency: nil,
                                        created: created)
        for (workspace, names) in [(northwindID, DemoCatalog.northwindTags), (personalID, DemoCatalog.personalTags)] {
            for name in names {
                let id = world.makeID()
                tagIDs[workspace, default: [:]][name] = id
                world.tags.upsert(TagRecord(id: id, workspaceID: workspace, name: name, creatorID: userID, at: created))
            }
        }
    }

    private mutating func makeProjects(_ specs: [DemoCatalog.Project], in workspaceID: Int64, clientIDs: [Int64],
                                       currency: String?, created: Date)
        -> [(spec: DemoCatalog.Project, id: Int64, tasks: [Int64])] {
        specs.map { spec in
            let id = world.makeID()
            world.projects.upsert(ProjectRecord(
                id: id, workspaceID: workspaceID, clientID: spec.client.map { clientIDs[$0] }, name: spec.name,
                color: spec.color, active: spec.active, billable: spec.billable,
                estimatedHours: spec.tasks.isEmpty ? nil : 120, rate: spec.rate, currency: spec.billable ? currency : nil,
                startDate: calendar.startOfDay(for: created), createdAt: created,
                at: spec.active ? created : now.addingTimeInterval(-30 * 86_400)))
            world.projectUsers.upsert(ProjectUserRecord(id: world.makeID(), workspaceID: workspaceID, projectID: id,
                                                        userID: userID, manager: true, at: created))
            let tasks = spec.tasks.map { name in
                let taskID = world.makeID()
                world.tasks.upsert(TaskRecord(id: taskID, workspaceID: workspaceID, projectID: id, name: name,
                                              estimatedSeconds: 20 * 3600, at: created))
                return taskID
            }
            return (spec, id, tasks)
        }
    }

    // MARK: Entries

    private mutating func makeEntries() {
        for offset in stride(from: 14, through: 1, by: -1) {
            makeDay(offset)
        }
        makeToday()
        makeHistory()
    }

    /// Days 15 to ``historyDays`` back, so older weeks — those only Reports v3 serves among them —
    /// have entries too. They come from their own random stream, so the two recent weeks are the
    /// same with or without them.
    private mutating func makeHistory() {
        random = SeededRandom(seed: Self.seed("history|" + timeZone.identifier + "|" + ReportClock.dayString(now, in: timeZone)))
        for offset in stride(from: Self.historyDays, through: 15, by: -1) {
            makeDay(offset)
        }
    }

    /// The day `offset` days before today: a workday or a weekend day.
    private mutating func makeDay(_ offset: Int) {
        let day = ReportClock.adding(days: -offset, to: today, in: timeZone)
        let weekday = calendar.component(.weekday, from: day)
        if weekday == 1 || weekday == 7 {
            makeWeekend(day)
        } else {
            makeWorkday(day)
        }
    }

    /// A working day: 9:00-ish to 18:00-ish with a lunch gap, sometimes a personal evening entry.
    private mutating func makeWorkday(_ day: Date) {
        let begin = time(day, minutes: 9 * 60 + int(-20...25))
        let lunch = time(day, minutes: 12 * 60 + 30 + int(-15...15))
        let end = time(day, minutes: 17 * 60 + 30 + int(0...60))
        fill(from: begin, to: end, lunch: (lunch, lunch.addingTimeInterval(TimeInterval(40 + int(0...20)) * 60)),
             workspace: northwindID)
        if random.unit() < 0.3 {
            let start = time(day, minutes: 19 * 60 + int(0...90))
            addEntry(in: personalID, start: start, seconds: 60 * int(20...60))
        }
    }

    /// A weekend day: nothing, or one or two entries of personal or open-source work.
    private mutating func makeWeekend(_ day: Date) {
        guard random.unit() < 0.7 else { return }
        var start = time(day, minutes: 10 * 60 + int(0...120))
        for _ in 0..<int(1...2) {
            let seconds = 60 * int(20...100)
            if random.unit() < 0.35, let openSource = northwindProjects.first(where: { $0.spec.client == 5 }) {
                addEntry(in: northwindID, start: start, seconds: seconds, project: openSource)
            } else {
                addEntry(in: personalID, start: start, seconds: seconds)
            }
            start = start.addingTimeInterval(TimeInterval(seconds + 60 * int(30...180)))
        }
    }

    /// Today: finished entries this morning (squeezed into whatever time there is before the
    /// timer), then exactly one running entry started about 40 minutes before `now`.
    private mutating func makeToday() {
        var runningStart = now.addingTimeInterval(-40 * 60)
        if runningStart < today.addingTimeInterval(10 * 60) {
            runningStart = today.addingTimeInterval(now.timeIntervalSince(today) * 0.6)
        }
        runningStart = Date(timeIntervalSince1970: runningStart.timeIntervalSince1970.rounded(.down))
        let nineOClock = time(today, minutes: 9 * 60 + int(-10...10))
        let windowEnd = min(runningStart.addingTimeInterval(-5 * 60), time(today, minutes: 18 * 60))
        let windowStart = windowEnd.timeIntervalSince(nineOClock) >= 45 * 60
            ? nineOClock
            : max(today, windowEnd.addingTimeInterval(-2 * 3600))
        let lunch = time(today, minutes: 12 * 60 + 30)
        let before = world.lastID
        let made = fill(from: windowStart, to: windowEnd, lunch: (lunch, lunch.addingTimeInterval(45 * 60)),
                        workspace: northwindID)
        if made < 2 {
            // Too little time for normal entries (a demo opened early in the day, or one long entry):
            // three shorter ones instead.
            for entry in world.timeEntries.filter({ $0.id > before }) { world.timeEntries.remove(entry.id) }
            let third = max(windowEnd.timeIntervalSince(windowStart), 3) / 3
            for part in 0..<3 {
                let start = windowStart.addingTimeInterval(third * Double(part))
                addEntry(in: northwindID, start: start, seconds: max(Int(third * 0.8), 1))
            }
        }
        guard let mobile = northwindProjects.first(where: { $0.spec.name == "Mobile App v2" }) else { return }
        let activity = mobile.spec.activities[1] // Fix login redirect bug
        let id = world.makeID()
        world.timeEntries.upsert(TimeEntryRecord(
            id: id, workspaceID: northwindID, userID: userID, projectID: mobile.id, taskID: mobile.tasks.first,
            billable: true, start: runningStart, stop: nil, duration: -1, description: activity.description,
            tagIDs: activity.tags.compactMap { tagIDs[northwindID]?[$0] }, createdWith: "toggl-tui",
            at: runningStart.addingTimeInterval(2)))
    }

    /// Fills `from..<to` with back-to-back entries of 15 min to 3 h and short gaps, skipping lunch.
    /// Returns how many entries it made.
    @discardableResult
    private mutating func fill(from: Date, to: Date, lunch: (Date, Date), workspace: Int64) -> Int {
        var cursor = from
        var made = 0
        while cursor < to {
            if cursor >= lunch.0 && cursor < lunch.1 { cursor = lunch.1; continue }
            let work = chooseWork(in: workspace)
            var seconds = entryLength(for: work.activity)
            var stop = cursor.addingTimeInterval(TimeInterval(seconds))
            if cursor < lunch.0 && stop > lunch.0 { stop = lunch.0 }
            if stop > to { stop = to }
            seconds = Int(stop.timeIntervalSince(cursor))
            guard seconds >= 10 * 60 else {
                if cursor < lunch.0 && lunch.0 < to { cursor = lunch.1; continue }
                break
            }
            addEntry(in: workspace, start: cursor, seconds: seconds, work: work)
            made += 1
            cursor = stop.addingTimeInterval(TimeInterval(60 * int(0...12) + int(0...59)))
        }
        return made
    }

    /// 15 minutes to 3 hours, mostly 30–90 minutes (meetings and calls at most an hour), in whole
    /// minutes plus a few seconds.
    private mutating func entryLength(for activity: DemoCatalog.Activity) -> Int {
        let roll = random.unit()
        let minutes: Int
        if activity.tags.contains("meeting") || activity.tags.contains("call") {
            minutes = int(15...60)
        } else {
            switch roll {
            case ..<0.25: minutes = int(15...30)
            case ..<0.8: minutes = int(30...90)
            default: minutes = int(90...180)
            }
        }
        return minutes * 60 + int(0...59)
    }

    typealias Work = (project: (spec: DemoCatalog.Project, id: Int64, tasks: [Int64]), activity: DemoCatalog.Activity)

    /// A project of the workspace (by weight) and one of its activities.
    private mutating func chooseWork(in workspaceID: Int64,
                                     project chosen: (spec: DemoCatalog.Project, id: Int64, tasks: [Int64])? = nil) -> Work {
        let project = chosen ?? pick(workspaceID == northwindID ? northwindProjects : personalProjects)
        return (project, project.spec.activities[int(0...(project.spec.activities.count - 1))])
    }

    private mutating func addEntry(in workspaceID: Int64, start: Date, seconds: Int,
                                   project chosen: (spec: DemoCatalog.Project, id: Int64, tasks: [Int64])? = nil,
                                   work planned: Work? = nil) {
        let (project, activity) = planned ?? chooseWork(in: workspaceID, project: chosen)
        let workspaceTags = tagIDs[workspaceID] ?? [:]
        var tags = activity.tags.filter { _ in random.unit() < 0.8 }.compactMap { workspaceTags[$0] }
        if workspaceID == northwindID, random.unit() < 0.02, let urgent = workspaceTags["urgent"], !tags.contains(urgent) {
            tags.append(urgent)
        }
        let taskID = !project.tasks.isEmpty && random.unit() < 0.6 ? project.tasks[int(0...(project.tasks.count - 1))] : nil
        let billable = project.spec.billable && world.plan(ofWorkspace: workspaceID).isPaid && random.unit() < 0.85
        let description: String? = random.unit() < 0.03 ? nil : activity.description
        let start = Date(timeIntervalSince1970: start.timeIntervalSince1970.rounded(.down))
        let stop = start.addingTimeInterval(TimeInterval(seconds))
        world.timeEntries.upsert(TimeEntryRecord(
            id: world.makeID(), workspaceID: workspaceID, userID: userID, projectID: project.id, taskID: taskID,
            billable: billable, start: start, stop: stop, duration: seconds, description: description, tagIDs: tags,
            createdWith: "toggl-tui", at: min(stop.addingTimeInterval(TimeInterval(int(5...120))), now)))
    }

    private mutating func pick(_ pool: [(spec: DemoCatalog.Project, id: Int64, tasks: [Int64])])
        -> (spec: DemoCatalog.Project, id: Int64, tasks: [Int64]) {
        let total = pool.reduce(0) { $0 + $1.spec.weight }
        var roll = random.unit() * total
        // Rounding can leave a sliver of the roll: the last weighted project takes it.
        var lastWeighted = pool[0]
        for project in pool where project.spec.weight > 0 {
            roll -= project.spec.weight
            if roll < 0 { return project }
            lastWeighted = project
        }
        return lastWeighted
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    /// `minutes` after local midnight of `day` (wall-clock time, DST-aware).
    private func time(_ day: Date, minutes: Int) -> Date {
        calendar.date(bySettingHour: minutes / 60, minute: minutes % 60, second: 0, of: day)
            ?? day.addingTimeInterval(TimeInterval(minutes * 60))
    }
}
