import Foundation
import TogglModels
import TrackerCore

/// Time totals grouped by one or two keys (`sum --by project,description`), rounded as asked,
/// with billable amounts where the catalog knows rates.
///
/// An entry with several tags counts once for each of its tags (grouping by tag); the total
/// counts every entry once. Amounts come from each billable entry's counted time and its
/// project's rate, else its workspace's default rate, per currency, to the cent.
public struct Timesheet: Sendable {
    /// What entries are grouped by.
    public enum Key: String, Sendable, CaseIterable {
        case day, week, project, client, task, tag, description

        /// Whether groups of this key are listed in time order rather than by total.
        var isChronological: Bool { self == .day || self == .week }
    }

    /// One group: its name, time and entries, amounts, and (at the first of two levels) its groups.
    public struct Group: Sendable, Equatable, Encodable {
        /// What the entries share (a day, a project's name, `(no project)`, …).
        public var name: String
        /// Counted seconds (rounded as asked).
        public var seconds: Int
        /// How many entries count here.
        public var entries: Int
        /// Billable amounts by currency in cents (`""` when no currency is known); empty without rates.
        public var amountCents: [String: Int]
        /// The second level's groups (nil with one level).
        public var groups: [Group]?
        /// Where the group sorts in time (day and week keys).
        var order: Date

        enum CodingKeys: String, CodingKey {
            case name, seconds, entries, amounts, groups
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(seconds, forKey: .seconds)
            try container.encode(entries, forKey: .entries)
            if !amountCents.isEmpty { try container.encode(amountCents.mapValues { Double($0) / 100 }, forKey: .amounts) }
            try container.encodeIfPresent(groups, forKey: .groups)
        }
    }

    /// The keys, one or two.
    public var keys: [Key]
    /// The groups of the first key.
    public var groups: [Group]
    /// Every entry's counted time once (an entry in several tag groups counts once).
    public var totalSeconds: Int
    /// How many entries.
    public var totalEntries: Int
    /// Every amount once, by currency, in cents.
    public var totalAmountCents: [String: Int]
    /// Whether an entry counted in more than one group of a level (several tags).
    public var countsSomeEntriesTwice: Bool

    /// Groups `entries` by `keys` (one or two), rounding with `rounding` (nil: each entry as its
    /// workspace's Toggl setting rounds it, if it does).
    public init(entries: [TimeEntry], keys: [Key], rounding: TimesheetRounding?, presenter: EntryPresenter,
                beginningOfWeek: Int) {
        self.keys = keys
        let catalog = presenter.catalog
        let workspaces = Dictionary(catalog.workspaces.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let projects = Dictionary(catalog.projects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let zone = presenter.timeZone
        let sorted = entries.filter { !$0.isDeleted }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }

        var all = Tally(order: .distantPast)
        var first: [String: Tally] = [:]
        var firstOrder: [String] = []
        var second: [String: [String: Tally]] = [:]
        var secondOrder: [String: [String]] = [:]
        var several = false
        for entry in sorted {
            let raw = presenter.seconds(entry)
            let perEntry = rounding.map { $0.scope == .entry ? $0 : nil } ?? workspaces[entry.workspaceID].flatMap(TimesheetRounding.of)
            let counted = perEntry?.apply(raw) ?? raw
            let amount = Self.amount(of: entry, seconds: counted, projects: projects, workspaces: workspaces)
            all.add(entry.id, counted, amount)
            let labels = keys.map { Self.labels(of: entry, by: $0, presenter: presenter, zone: zone, beginningOfWeek: beginningOfWeek) }
            if labels.contains(where: { $0.count > 1 }) { several = true }
            for outer in labels[0] {
                if first[outer.name] == nil { firstOrder.append(outer.name) }
                first[outer.name, default: Tally(order: outer.order)].add(entry.id, counted, amount)
                for inner in labels.dropFirst().first ?? [] {
                    if second[outer.name]?[inner.name] == nil { secondOrder[outer.name, default: []].append(inner.name) }
                    second[outer.name, default: [:]][inner.name, default: Tally(order: inner.order)].add(entry.id, counted, amount)
                }
            }
        }
        if let rounding, rounding.scope == .group {
            // The finest groups are rounded; a parent is the sum of its rounded groups, unless a
            // tag puts an entry in two of them (then it is rounded itself), and so is the total.
            for outer in firstOrder {
                guard var tally = first[outer] else { continue }
                if keys.count > 1, var inner = second[outer] {
                    inner = inner.mapValues { tally in
                        var rounded = tally
                        rounded.seconds = rounding.apply(tally.seconds)
                        return rounded
                    }
                    second[outer] = inner
                    tally.seconds = keys[1] == .tag ? rounding.apply(tally.seconds) : DurationLimit.sum(inner.values.map(\.seconds))
                } else {
                    tally.seconds = rounding.apply(tally.seconds)
                }
                first[outer] = tally
            }
            let firstSeconds = firstOrder.map { first[$0]?.seconds ?? 0 }
            all.seconds = keys[0] == .tag ? rounding.apply(all.seconds) : DurationLimit.sum(firstSeconds)
        }
        groups = Self.sorted(firstOrder.compactMap { outer in
            guard let tally = first[outer] else { return nil }
            let inner = keys.count > 1
                ? Self.sorted((secondOrder[outer] ?? []).compactMap { name in second[outer]?[name].map { $0.group(name) } },
                              chronological: keys[1].isChronological)
                : nil
            return tally.group(outer, groups: inner)
        }, chronological: keys[0].isChronological)
        totalSeconds = all.seconds
        totalEntries = all.ids.count
        totalAmountCents = all.amountCents
        countsSomeEntriesTwice = several
    }

    /// A group's running sums: each entry counted once.
    struct Tally {
        var ids: Set<Int64> = []
        var seconds = 0
        var amountCents: [String: Int] = [:]
        var order: Date

        init(order: Date) {
            self.order = order
        }

        mutating func add(_ id: Int64, _ seconds: Int, _ amount: (currency: String, cents: Int)?) {
            guard ids.insert(id).inserted else { return }
            self.seconds = DurationLimit.sum([self.seconds, seconds])
            if let amount { amountCents[amount.currency] = DurationLimit.sum([amountCents[amount.currency] ?? 0, amount.cents]) }
        }

        func group(_ name: String, groups: [Group]? = nil) -> Group {
            Group(name: name, seconds: seconds, entries: ids.count, amountCents: amountCents, groups: groups, order: order)
        }
    }

    /// Groups in time order (days, weeks) or by time, most first, then by name.
    static func sorted(_ groups: [Group], chronological: Bool) -> [Group] {
        if chronological { return groups.sorted { ($0.order, $0.name) < ($1.order, $1.name) } }
        return groups.sorted { ($0.seconds, $1.name) > ($1.seconds, $0.name) }
    }

    /// Every combination of one label per level.
    static func paths(_ labels: [[(name: String, order: Date)]]) -> [[(name: String, order: Date)]] {
        labels.reduce([[]]) { partial, level in partial.flatMap { path in level.map { path + [$0] } } }
    }

    /// The names an entry is grouped under for `key` (several for several tags), with where they sort.
    static func labels(of entry: TimeEntry, by key: Key, presenter: EntryPresenter, zone: Zone,
                       beginningOfWeek: Int) -> [(name: String, order: Date)] {
        let day = LocalDay.containing(entry.start, in: zone)
        let start = day.start(in: zone)
        switch key {
        case .day: return [(presenter.format.day(day), start)]
        case .week:
            let week = day.startOfWeek(beginningOfWeek: beginningOfWeek)
            return [("week of " + presenter.format.day(week), week.start(in: zone))]
        case .project: return [(presenter.project(entry) ?? "(no project)", start)]
        case .client: return [(presenter.client(entry) ?? "(no client)", start)]
        case .task: return [(presenter.task(entry) ?? "(no task)", start)]
        case .description: return [(presenter.description(entry), start)]
        case .tag:
            let tags = Array(Set(entry.tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
            return tags.isEmpty ? [("(no tag)", start)] : tags.map { ($0, start) }
        }
    }

    /// A billable entry's amount: its counted hours at its project's rate, else its workspace's
    /// default rate; nil when not billable or no rate is known (or a rate makes no sense).
    static func amount(of entry: TimeEntry, seconds: Int, projects: [Int64: Project],
                       workspaces: [Int64: Workspace]) -> (currency: String, cents: Int)? {
        guard entry.billable else { return nil }
        let project = entry.projectID.flatMap { projects[$0] }
        let workspace = workspaces[entry.workspaceID]
        guard let rate = project?.rate ?? workspace?.defaultHourlyRate, rate.isFinite, rate > 0, rate < 1e9 else { return nil }
        let currency = project?.currency ?? workspace?.defaultCurrency ?? ""
        return (currency, Int((Double(seconds) / 3600 * rate * 100).rounded()))
    }
}
