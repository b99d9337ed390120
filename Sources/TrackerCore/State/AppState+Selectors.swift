#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Everything derived from the state: computed when needed, never stored, so it cannot go stale.
extension AppState {
    // MARK: Time

    /// The zone days and times are shown in: the config's `tz`, else the Toggl profile's, else
    /// the system's.
    public var timeZone: Zone {
        if let zone = settings.timeZoneOverride { return zone }
        if let zone = profile?.zone { return zone }
        return settings.systemTimeZone
    }

    /// The clock and date style: the config's, else Toggl's preferences.
    public var timeFormat: TimeFormat {
        settings.timeFormatOverride ?? TimeFormat(togglTimeOfDay: profile?.timeOfDayFormat, togglDate: profile?.dateFormat)
    }

    /// Today in the user's zone.
    public var today: LocalDay { LocalDay.containing(now, in: timeZone) }

    /// The first day of the shown week (the profile's `beginning_of_week`).
    public var weekStart: LocalDay { day.startOfWeek(beginningOfWeek: profile?.beginningOfWeek ?? 1) }

    /// Seconds an entry counts: stop − start, or now − start while running.
    public func seconds(of entry: TimeEntry) -> Int {
        max(0, entry.elapsedSeconds(at: now))
    }

    // MARK: Billable

    /// Whether Toggl takes billable entries in workspace `id`: billable is a paid plan's feature,
    /// and a Free workspace answers a billable entry with 402 (its projects may still say billable,
    /// e.g. after a downgrade). A workspace the catalog does not hold is given the benefit of the doubt.
    public func allowsBillable(inWorkspace id: Int64) -> Bool {
        catalog.workspaces[id]?.premium ?? true
    }

    /// A new entry's billable default on project `id`: the project's own, where its workspace
    /// allows billable entries; false without a project.
    public func billableDefault(forProject id: Int64?) -> Bool {
        guard let id, let project = catalog.projects[id] else { return false }
        return (project.billable ?? false) && allowsBillable(inWorkspace: project.workspaceID)
    }

    // MARK: Lists

    /// Whether entry `id` shows the user's version rather than Toggl's: writes on it are unsent
    /// or were refused. Syncs leave such an entry as it is.
    public func holdsUserVersion(of id: Int64) -> Bool {
        pendingWrites[id] != nil || failedWrites[id] != nil
    }

    /// Whether a sync, a `since` delta or a window of entries is being read from Toggl (or the
    /// store): an answer on its way may predate a write confirmed meanwhile.
    public var isReadingToggl: Bool {
        pendingBootstrap != nil || pendingDelta != nil || !pendingFetches.isEmpty
    }

    /// The workspace shown.
    public var currentWorkspace: Workspace? { workspaceID.flatMap { catalog.workspaces[$0] } }

    /// The workspaces pane's rows: by name, filtered.
    public var workspaceRows: [Workspace] {
        filtered(AppState.sortedByName(Array(catalog.workspaces.values)) { $0.name },
                 pane: .workspaces) { $0.name }
    }

    /// The clients pane's rows: "All clients", then the workspace's active clients by name, filtered.
    public var clientRows: [ClientRow] {
        clientRowIDs.compactMap { id in id == 0 ? ClientRow.all : catalog.clients[id].map(ClientRow.client) }
    }

    /// The ids of ``clientRows`` (0 for "All clients"), without building the rows.
    public var clientRowIDs: [Int64] {
        let ids = workspaceID.flatMap { catalog.listedClientIDs[$0] } ?? []
        guard let query = filterQuery(for: .clients), !query.isEmpty else { return [0] + ids }
        let search = catalog.search
        let all = FuzzyMatcher.match(query, in: ClientRow.all.name) != nil ? [Int64(0)] : []
        guard let needle = search.needle(for: query) else { return all }
        return all + ids.filter { id in search.clientKeys[id].map { Catalog.SearchIndex.matches(needle, $0) } ?? false }
    }

    /// The projects pane's rows: the workspace's active projects, narrowed to the chosen client,
    /// by name, filtered.
    public var projectRows: [Project] {
        projectRowIDs.compactMap { catalog.projects[$0] }
    }

    /// The ids of ``projectRows``, without building the rows.
    public var projectRowIDs: [Int64] {
        let listed = workspaceID.flatMap { catalog.listedProjects[$0] } ?? []
        let query = filterQuery(for: .projects) ?? ""
        let search = catalog.search
        let needle = query.isEmpty ? nil : search.needle(for: query)
        if !query.isEmpty, needle == nil { return [] }
        // Read field by field: a whole listing copied per project (its key is an array) costs
        // a retain and a release each, and a workspace can list thousands on every frame.
        if needle == nil, clientFilter == nil { return listed.map { $0.id } }
        var ids: [Int64] = []
        ids.reserveCapacity(listed.count)
        for index in listed.indices where clientFilter == nil || listed[index].clientID == clientFilter {
            if let needle, !Catalog.SearchIndex.matches(needle, listed[index].key) { continue }
            ids.append(listed[index].id)
        }
        return ids
    }

    /// The entries of the shown day in the workspace, newest first, filtered.
    public var dayEntries: [TimeEntry] {
        dayEntryIDs.compactMap { catalog.entries[$0] }
    }

    /// The ids of ``dayEntries``, without building the rows.
    public var dayEntryIDs: [Int64] {
        guard let timeline = workspaceID.flatMap({ catalog.timelines[$0] }) else { return [] }
        let zone = timeZone
        let positions = timeline.positions(from: day.start(in: zone), to: day.end(in: zone))
        let ids = timeline.ids[positions].reversed()
        guard let query = filterQuery(for: .entries), !query.isEmpty else { return Array(ids) }
        return ids.filter { id in
            guard let entry = catalog.entries[id] else { return false }
            return FuzzyMatcher.match(query, in: entrySearchText(entry)) != nil
        }
    }

    /// What the entries filter searches: the description and the project's name.
    public func entrySearchText(_ entry: TimeEntry) -> String {
        [entry.description, entry.projectID.flatMap { catalog.projects[$0]?.name }].compactMap { $0 }.joined(separator: " ")
    }

    /// The shown day of the workspace as the timeline draws it: every entry touching the day
    /// (one that began the day before or still runs too), whatever the filter hides.
    public var dayTimeline: DayTimeline {
        let zone = timeZone
        let (dayStart, dayEnd) = (day.start(in: zone), day.end(in: zone))
        var ids: [Int64] = []
        if let timeline = workspaceID.flatMap({ catalog.timelines[$0] }) {
            // Entries that began up to a week before can reach into the day.
            ids = Array(timeline.ids[timeline.positions(from: dayStart.addingTimeInterval(-7 * 86_400), to: dayEnd)])
        }
        var entries = ids.compactMap { catalog.entries[$0] }
        if let running = runningEntry, running.workspaceID == workspaceID, !ids.contains(running.id), running.start < dayEnd {
            entries.append(running)
        }
        return DayTimeline(day: day, entries: entries, timeZone: zone, now: now)
    }

    /// The running entry (in any workspace).
    public var runningEntry: TimeEntry? { catalog.runningEntry }

    /// Whether the running timer has run longer than the configured limit.
    public var isTimerForgotten: Bool {
        guard let running = runningEntry else { return false }
        return Double(seconds(of: running)) > settings.forgottenTimerHours * 3600
    }

    /// The ids of a list pane's rows, in order.
    public func rowIDs(in pane: Pane) -> [Int64] {
        switch pane {
        case .workspaces: return workspaceRows.map(\.id)
        case .clients: return clientRowIDs
        case .projects: return projectRowIDs
        case .entries: return entriesMode == .day ? dayEntryIDs : []
        case .timer: return []
        }
    }

    /// The selected row's index in a pane (the first row when the remembered one is gone).
    public func selectedIndex(in pane: Pane) -> Int? {
        selectedIndex(in: pane, rowIDs: rowIDs(in: pane))
    }

    /// The selected row's index among `ids`, the pane's ``rowIDs(in:)`` computed by the caller.
    public func selectedIndex(in pane: Pane, rowIDs ids: [Int64]) -> Int? {
        guard !ids.isEmpty else { return nil }
        if let id = selection[pane], let index = ids.firstIndex(of: id) { return index }
        if pane == .workspaces, let id = workspaceID, let index = ids.firstIndex(of: id) { return index }
        return 0
    }

    /// The selected row's id in a pane.
    public func selectedID(in pane: Pane) -> Int64? {
        let ids = rowIDs(in: pane)
        return selectedIndex(in: pane, rowIDs: ids).map { ids[$0] }
    }

    // MARK: Totals

    /// Seconds tracked on the shown day in the workspace (the filter does not change totals).
    public var dayTotalSeconds: Int { totalSeconds(from: day, days: 1) }

    /// Seconds tracked in the shown week in the workspace.
    public var weekTotalSeconds: Int { totalSeconds(from: weekStart, days: 7) }

    /// Seconds tracked in the workspace from a day on, for a number of days.
    public func totalSeconds(from first: LocalDay, days: Int) -> Int {
        guard let timeline = workspaceID.flatMap({ catalog.timelines[$0] }) else { return 0 }
        let zone = timeZone
        let positions = timeline.positions(from: first.start(in: zone), to: first.adding(days: days).start(in: zone))
        // A plain loop into an array: the lazy chain this replaces went through generic code
        // and copied every entry several times, which at a few hundred entries a day made the
        // three totals on screen most of a frame.
        var seconds: [Int] = []
        seconds.reserveCapacity(positions.count)
        for id in timeline.ids[positions] {
            if let index = catalog.entries.index(forKey: id) { seconds.append(self.seconds(of: catalog.entries.values[index])) }
        }
        return DurationLimit.sum(seconds)
    }

    /// The shown week by day, project and client.
    public var weekSummary: WeekSummary {
        let first = weekStart
        var daily = Array(repeating: 0, count: 7)
        var dailyByProject = Array(repeating: [Int64?: Int](), count: 7)
        var byProject: [Int64?: Int] = [:]
        var byClient: [Int64?: Int] = [:]
        let zone = timeZone
        let dayStarts = (0...7).map { first.adding(days: $0).start(in: zone) }
        let timeline = workspaceID.flatMap { catalog.timelines[$0] }
        let positions = timeline?.positions(from: dayStarts[0], to: dayStarts[7]) ?? 0..<0
        for id in timeline?.ids[positions] ?? [] {
            guard let entry = catalog.entries[id] else { continue }
            let seconds = seconds(of: entry)
            // The entries come in start order, and each day's start is known: no calendar per entry.
            if let index = (1...7).first(where: { entry.start < dayStarts[$0] }).map({ $0 - 1 }) {
                daily[index] += seconds
                dailyByProject[index][entry.projectID, default: 0] += seconds
            }
            byProject[entry.projectID, default: 0] += seconds
            let clientID = entry.projectID.flatMap { catalog.projects[$0]?.clientID }
            byClient[clientID, default: 0] += seconds
        }
        let projectLines = byProject.map { id, seconds in
            WeekSummary.Line(name: id.flatMap { catalog.projects[$0]?.name } ?? "(no project)",
                             color: id.flatMap { catalog.projects[$0]?.color }, seconds: seconds, projectID: id)
        }
        let clientLines = byClient.map { id, seconds in
            WeekSummary.Line(name: id.flatMap { catalog.clients[$0]?.name } ?? "(no client)", color: nil, seconds: seconds)
        }
        let order: (WeekSummary.Line, WeekSummary.Line) -> Bool = { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.name < $1.name }
        return WeekSummary(firstDay: first, dailySeconds: daily, dailyByProject: dailyByProject,
                           byProject: projectLines.sorted(by: order), byClient: clientLines.sorted(by: order))
    }

    // MARK: Completion and pickers

    /// Past descriptions, most recent first, each once: what the description field completes from.
    public var recentDescriptions: [TimeEntry] {
        guard let timeline = workspaceID.flatMap({ catalog.timelines[$0] }) else { return [] }
        var seen = Set<String>()
        var result: [TimeEntry] = []
        for id in timeline.ids.reversed() {
            guard let entry = catalog.entries[id], let text = entry.description, !text.isEmpty else { continue }
            if seen.insert(text).inserted { result.append(entry) }
            if result.count == 500 { break }
        }
        return result
    }

    /// Past entries whose description matches what is typed, best first (at most `limit`).
    public func descriptionSuggestions(for text: String, limit: Int = 5) -> [TimeEntry] {
        guard !text.isEmpty else { return [] }
        return FuzzyMatcher.rank(recentDescriptions, query: text) { $0.description ?? "" }
            .filter { $0.item.description != text }
            .prefix(limit).map(\.item)
    }

    /// What a picker offers for its query, best first.
    public func candidates(for picker: Picker, in editor: EntryEditor) -> [PickerCandidate] {
        Array(pickerCandidates(for: picker, in: editor))
    }

    /// ``candidates(for:in:)`` as a collection that builds a project's row only when it is read:
    /// what the picker's keys and frames use, as the project picker can offer thousands.
    public func pickerCandidates(for picker: Picker, in editor: EntryEditor) -> PickerCandidates {
        let query = picker.query.text
        switch picker.kind {
        case .project:
            // The search index rules out most projects before the matcher ranks the rest. Every
            // listed project is in the catalog (the lists are rebuilt with the projects).
            let search = catalog.search
            let listed = catalog.listedProjects[editor.workspaceID] ?? []
            let projects = { (rows: [PickerCandidates.Row]) in
                PickerCandidates(rows: rows, projects: catalog.projects, clients: catalog.clients)
            }
            guard query.isEmpty else {
                guard let needle = search.needle(for: query) else { return projects([]) }
                let ids: [Int64] = listed.lazy.map(\.id).filter { id in
                    search.projectNameKeys[id].map { Catalog.SearchIndex.matches(needle, $0) } ?? false
                }
                let ranked = FuzzyMatcher.rank(ids, query: query) { catalog.projects[$0]?.name ?? "" }
                return projects(ranked.map { id, match in .project(id, positions: match.positions) })
            }
            // An empty query matches everything in name order: no matcher needed. The projects
            // the editor offers (a gap's neighbours') come first.
            let offered = editor.offeredProjects.filter { id in listed.contains { $0.id == id } }
            var rows: [PickerCandidates.Row] = offered.map { .project($0, positions: []) }
            rows.reserveCapacity(listed.count + 1)
            rows.append(.built(PickerCandidate(value: .none, title: "(no project)", matchedPositions: [])))
            if offered.isEmpty {
                for project in listed { rows.append(.project(project.id, positions: [])) }
            } else {
                let skipped = Set(offered)
                for project in listed where !skipped.contains(project.id) { rows.append(.project(project.id, positions: [])) }
            }
            return projects(rows)
        case .task:
            let tasks = catalog.tasks.values
                .filter { $0.projectID == editor.projectID && $0.active }
                .sortedByName(\.name)
            let ranked = FuzzyMatcher.rank(tasks, query: query) { $0.name }.map { task, match in
                PickerCandidate(value: .task(task.id), title: task.name, matchedPositions: match.positions)
            }
            let candidates = query.isEmpty ? [PickerCandidate(value: .none, title: "(no task)", matchedPositions: [])] + ranked : ranked
            return PickerCandidates(rows: candidates.map(PickerCandidates.Row.built))
        case .tags:
            let names = Set(catalog.tags.values.filter { $0.workspaceID == editor.workspaceID && $0.deletedAt == nil }.map(\.name))
                .union(picker.chosenTags)
                .sortedByName(\.self)
            var ranked = FuzzyMatcher.rank(names, query: query) { $0 }.map { name, match in
                PickerCandidate(value: .tag(name), title: name, matchedPositions: match.positions)
            }
            let typed = TextBasics.trimmingSpaces(query)
            if !typed.isEmpty, !names.contains(where: { $0.lowercased() == typed.lowercased() }) {
                ranked.append(PickerCandidate(value: .newTag(typed), title: typed, detail: "new tag", matchedPositions: []))
            }
            return PickerCandidates(rows: ranked.map(PickerCandidates.Row.built))
        }
    }

    // MARK: Helpers

    /// Items in case-insensitive name order. Keys are computed once per item: comparing with
    /// `localizedCaseInsensitiveCompare` costs a locale look-up per comparison on Linux, which
    /// made sorting thousands of projects take a large share of a keystroke.
    static func sortedByName<Item>(_ items: [Item], name: (Item) -> String) -> [Item] {
        items.map { (key: name($0).lowercased(), item: $0) }
            .sorted { $0.key < $1.key }
            .map(\.item)
    }

    private func filtered<Item>(_ items: [Item], pane: Pane, text: (Item) -> String) -> [Item] {
        guard let query = filterQuery(for: pane), !query.isEmpty else { return items }
        return items.filter { FuzzyMatcher.match(query, in: text($0)) != nil }
    }

    /// The refused write of the entry selected in the focused entries pane, if it has one.
    public var selectedFailure: FailedWrite? {
        guard focus == .entries, entriesMode == .day, let id = selectedID(in: .entries) else { return nil }
        return failedWrites[id]
    }

    /// The filter in force for a pane: the one being typed (live) or the one kept.
    public func filterQuery(for pane: Pane) -> String? {
        if pane == focus, let editor = filterEditor { return editor.text }
        return filters[pane]
    }
}

extension Sequence {
    /// The elements in case-insensitive order of a name (see ``AppState/sortedByName(_:name:)``).
    func sortedByName(_ name: (Element) -> String) -> [Element] {
        AppState.sortedByName(Array(self), name: name)
    }
}
