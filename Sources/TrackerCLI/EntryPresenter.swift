import Foundation
import TrackerStatus
import TerminalUI
import TogglModels
import TrackerCore
import TrackerStore

/// How entries read on the command line: names joined in from the catalog, times in the user's
/// zone and clock, durations as `H:MM:SS`.
public struct EntryPresenter: Sendable {
    /// The fields `ls --fields` can show.
    public enum Field: String, Sendable, CaseIterable {
        case id, date, start, stop, duration, description, project, client, task, tags, workspace, billable
    }

    /// Where names come from.
    public var catalog: CatalogSnapshot
    /// The user's zone.
    public var timeZone: Zone
    /// 12/24-hour clock and date order.
    public var format: TimeFormat
    /// Now (running entries' elapsed time).
    public var now: Date

    /// A presenter.
    public init(catalog: CatalogSnapshot, timeZone: Zone, format: TimeFormat, now: Date) {
        self.catalog = catalog
        self.timeZone = timeZone
        self.format = format
        self.now = now
    }

    /// The description, or `(no description)`.
    public func description(_ entry: TimeEntry) -> String {
        let text = entry.description?.trimmingCharacters(in: .whitespaces) ?? ""
        return text.isEmpty ? "(no description)" : text
    }

    /// The project's name, if any.
    public func project(_ entry: TimeEntry) -> String? {
        guard let id = entry.projectID else { return nil }
        return catalog.projects.first { $0.id == id }?.name ?? entry.projectName ?? "project \(id)"
    }

    /// The client's name (through the project), if any.
    public func client(_ entry: TimeEntry) -> String? {
        guard let projectID = entry.projectID else { return nil }
        let clientID = catalog.projects.first { $0.id == projectID }?.clientID ?? entry.clientID
        guard let clientID else { return entry.clientName }
        return catalog.clients.first { $0.id == clientID }?.name ?? entry.clientName
    }

    /// The task's name, if any.
    public func task(_ entry: TimeEntry) -> String? {
        guard let id = entry.taskID else { return nil }
        return catalog.tasks.first { $0.id == id }?.name ?? entry.taskName ?? "task \(id)"
    }

    /// The workspace's name.
    public func workspace(_ entry: TimeEntry) -> String {
        catalog.workspaces.first { $0.id == entry.workspaceID }?.name ?? String(entry.workspaceID)
    }

    /// Seconds tracked (running entries: until now).
    public func seconds(_ entry: TimeEntry) -> Int {
        max(0, entry.elapsedSeconds(at: now))
    }

    /// A time of day.
    public func time(_ date: Date) -> String {
        format.time(date, in: timeZone)
    }

    /// A day.
    public func day(_ date: Date) -> String {
        format.day(LocalDay.containing(date, in: timeZone))
    }

    /// `Project (Client)`, `Project`, or empty.
    public func projectAndClient(_ entry: TimeEntry) -> String {
        guard let project = project(entry) else { return "" }
        return client(entry).map { "\(project) (\($0))" } ?? project
    }

    /// One line about an entry: `"Write report" · Website Redesign (Acme Corp) · 09:00–10:30 (1:30:00) · id 42`.
    /// Names and the description are made terminal-safe field by field (``TerminalText``), so a
    /// line break in one cannot start a line of its own.
    public func line(_ entry: TimeEntry) -> String {
        TerminalText.safe(rawLine(entry))
    }

    private func rawLine(_ entry: TimeEntry) -> String {
        var parts = ["\"\(description(entry))\""]
        let project = projectAndClient(entry)
        if !project.isEmpty { parts.append(project) }
        if !entry.tags.isEmpty { parts.append(entry.tags.map { "#\($0)" }.joined(separator: " ")) }
        let stop = entry.isRunning ? "running" : entry.stop.map(time) ?? "?"
        parts.append("\(time(entry.start))–\(stop) (\(TimeFormat.duration(seconds(entry))))")
        parts.append("id \(EntryReference.text(entry.id))")
        return parts.joined(separator: " · ")
    }

    /// The text of one field of an entry.
    public func value(_ field: Field, of entry: TimeEntry) -> String {
        switch field {
        case .id: return EntryReference.text(entry.id)
        case .date: return day(entry.start)
        case .start: return time(entry.start)
        case .stop: return entry.isRunning ? "running" : entry.stop.map(time) ?? ""
        case .duration: return TimeFormat.duration(seconds(entry))
        case .description: return description(entry)
        case .project: return project(entry) ?? ""
        case .client: return client(entry) ?? ""
        case .task: return task(entry) ?? ""
        case .tags: return entry.tags.joined(separator: ", ")
        case .workspace: return workspace(entry)
        case .billable: return entry.billable ? "yes" : "no"
        }
    }

    /// A table of entries with the given fields.
    public func table(_ entries: [TimeEntry], fields: [Field]) -> TextTable {
        let columns = fields.map { TextTable.Column($0.rawValue.uppercased(), $0 == .duration || $0 == .id ? .right : .left) }
        return TextTable(columns: columns, rows: entries.map { entry in fields.map { value($0, of: entry) } })
    }
}
