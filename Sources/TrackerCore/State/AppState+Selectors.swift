import Foundation
import TogglModels

/// Everything derived from the state: computed when needed, never stored, so it cannot go stale.
extension AppState {
    // MARK: Time

    /// The zone days and times are shown in: the config's `tz`, else the Toggl profile's, else
    /// the system's.
    public var timeZone: TimeZone {
        if let zone = settings.timeZoneOverride { return zone }
        if let name = profile?.timeZoneIdentifier, let zone = TimeZone(identifier: name) { return zone }
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
        entry.isRunning ? max(0, Int(now.timeIntervalSince(entry.start))) : max(0, entry.duration)
    }

    // MARK: Lists

    /// The workspace shown.
    public var currentWorkspace: Workspace? { workspaceID.flatMap { catalog.workspaces[$0] } }

    /// The workspaces pane's rows: by name, filtered.
    public var workspaceRows: [Workspace] {
        filtered(AppState.sortedByName(Array(catalog.workspaces.values)) { $0.name },
                 pane: .workspaces) { $0.name }
    }

    /// The clients pane's rows: "All clients", then the workspace's active clients by name, filtered.
    public var clientRows: [ClientRow] {
        let clients = catalog.clientsByName.compactMap { catalog.clients[$0] }
            .filter { $0.workspaceID == workspaceID && !$0.archived }
        return filtered([ClientRow.all] + clients.map(ClientRow.client), pane: .clients) { $0.name }
    }

    /// The projects pane's rows: the workspace's active projects, narrowed to the chosen client,
    /// by name, filtered.
    public var projectRows: [Project] {
        let projects = catalog.projectsByName.compactMap { catalog.projects[$0] }
            .filter { $0.workspaceID == workspaceID && $0.active && $0.serverDeletedAt == nil }
            .filter { clientFilter == nil || $0.clientID == clientFilter }
        return filtered(projects, pane: .projects) { project in
            [project.name, project.clientID.flatMap { catalog.clients[$0]?.name }].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// The entries of the shown day in the workspace, newest first, filtered.
    public var dayEntries: [TimeEntry] {
        let start = day.start(in: timeZone)
        let end = day.end(in: timeZone)
        let entries = catalog.entries.values
            .filter { $0.workspaceID == workspaceID && $0.start >= start && $0.start < end }
            .sorted { $0.start != $1.start ? $0.start > $1.start : $0.id > $1.id }
        return filtered(entries, pane: .entries) { entry in
            [entry.description, entry.projectID.flatMap { catalog.projects[$0]?.name }].compactMap { $0 }.joined(separator: " ")
        }
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
        case .clients: return clientRows.map(\.id)
        case .projects: return projectRows.map(\.id)
        case .entries: return entriesMode == .day ? dayEntries.map(\.id) : []
        case .timer: return []
        }
    }

    /// The selected row's index in a pane (the first row when the remembered one is gone).
    public func selectedIndex(in pane: Pane) -> Int? {
        let ids = rowIDs(in: pane)
        guard !ids.isEmpty else { return nil }
        if let id = selection[pane], let index = ids.firstIndex(of: id) { return index }
        if pane == .workspaces, let id = workspaceID, let index = ids.firstIndex(of: id) { return index }
        return 0
    }

    /// The selected row's id in a pane.
    public func selectedID(in pane: Pane) -> Int64? {
        selectedIndex(in: pane).map { rowIDs(in: pane)[$0] }
    }

    // MARK: Totals

    /// Seconds tracked on the shown day in the workspace (the filter does not change totals).
    public var dayTotalSeconds: Int { totalSeconds(from: day, days: 1) }

    /// Seconds tracked in the shown week in the workspace.
    public var weekTotalSeconds: Int { totalSeconds(from: weekStart, days: 7) }

    /// Seconds tracked in the workspace from a day on, for a number of days.
    public func totalSeconds(from first: LocalDay, days: Int) -> Int {
        let start = first.start(in: timeZone)
        let end = first.adding(days: days).start(in: timeZone)
        return catalog.entries.values
            .filter { $0.workspaceID == workspaceID && $0.start >= start && $0.start < end }
            .reduce(0) { $0 + seconds(of: $1) }
    }

    /// The shown week by day, project and client.
    public var weekSummary: WeekSummary {
        let first = weekStart
        var daily = Array(repeating: 0, count: 7)
        var byProject: [Int64?: Int] = [:]
        var byClient: [Int64?: Int] = [:]
        let start = first.start(in: timeZone)
        let end = first.adding(days: 7).start(in: timeZone)
        for entry in catalog.entries.values where entry.workspaceID == workspaceID && entry.start >= start && entry.start < end {
            let seconds = seconds(of: entry)
            let index = first.days(until: LocalDay.containing(entry.start, in: timeZone))
            if daily.indices.contains(index) { daily[index] += seconds }
            byProject[entry.projectID, default: 0] += seconds
            let clientID = entry.projectID.flatMap { catalog.projects[$0]?.clientID }
            byClient[clientID, default: 0] += seconds
        }
        let projectLines = byProject.map { id, seconds in
            WeekSummary.Line(name: id.flatMap { catalog.projects[$0]?.name } ?? "(no project)",
                             color: id.flatMap { catalog.projects[$0]?.color }, seconds: seconds)
        }
        let clientLines = byClient.map { id, seconds in
            WeekSummary.Line(name: id.flatMap { catalog.clients[$0]?.name } ?? "(no client)", color: nil, seconds: seconds)
        }
        let order: (WeekSummary.Line, WeekSummary.Line) -> Bool = { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.name < $1.name }
        return WeekSummary(firstDay: first, dailySeconds: daily, byProject: projectLines.sorted(by: order), byClient: clientLines.sorted(by: order))
    }

    // MARK: Completion and pickers

    /// Past descriptions, most recent first, each once: what the description field completes from.
    public var recentDescriptions: [TimeEntry] {
        var seen = Set<String>()
        var result: [TimeEntry] = []
        for entry in catalog.entries.values.sorted(by: { $0.start > $1.start }) {
            guard let text = entry.description, !text.isEmpty, entry.workspaceID == workspaceID else { continue }
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
        let query = picker.query.text
        switch picker.kind {
        case .project:
            let projects = catalog.projectsByName.compactMap { catalog.projects[$0] }
                .filter { $0.workspaceID == editor.workspaceID && $0.active && $0.serverDeletedAt == nil }
            let ranked = FuzzyMatcher.rank(projects, query: query) { $0.name }.map { project, match in
                PickerCandidate(value: .project(project.id), title: project.name,
                                detail: project.clientID.flatMap { catalog.clients[$0]?.name }, color: project.color,
                                matchedPositions: match.positions)
            }
            return query.isEmpty ? [PickerCandidate(value: .none, title: "(no project)", matchedPositions: [])] + ranked : ranked
        case .task:
            let tasks = catalog.tasks.values
                .filter { $0.projectID == editor.projectID && $0.active }
                .sortedByName(\.name)
            let ranked = FuzzyMatcher.rank(tasks, query: query) { $0.name }.map { task, match in
                PickerCandidate(value: .task(task.id), title: task.name, matchedPositions: match.positions)
            }
            return query.isEmpty ? [PickerCandidate(value: .none, title: "(no task)", matchedPositions: [])] + ranked : ranked
        case .tags:
            let names = Set(catalog.tags.values.filter { $0.workspaceID == editor.workspaceID && $0.deletedAt == nil }.map(\.name))
                .union(picker.chosenTags)
                .sortedByName(\.self)
            var ranked = FuzzyMatcher.rank(names, query: query) { $0 }.map { name, match in
                PickerCandidate(value: .tag(name), title: name, matchedPositions: match.positions)
            }
            let typed = query.trimmingCharacters(in: .whitespaces)
            if !typed.isEmpty, !names.contains(where: { $0.caseInsensitiveCompare(typed) == .orderedSame }) {
                ranked.append(PickerCandidate(value: .newTag(typed), title: typed, detail: "new tag", matchedPositions: []))
            }
            return ranked
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
