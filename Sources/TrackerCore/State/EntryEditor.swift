#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The dialog for starting, adding and editing a time entry.
///
/// Text fields edit like a shell line; the project, task and tags fields open a ``Picker``.
/// Times are typed as `9:30`, `14:05`, `2:10 PM` or `2026-11-23 09:30` and read in the
/// user's time zone on the editor's ``day``.
public struct EntryEditor: Sendable, Hashable {
    /// What submitting the editor does.
    public enum Mode: Sendable, Hashable {
        /// Start a running timer.
        case start
        /// Add a finished entry (time you forgot to track).
        case add
        /// Change an existing entry (running or finished).
        case edit(entryID: Int64)
    }

    /// The editor's fields, in Tab order.
    public enum Field: Int, Sendable, Hashable, CaseIterable {
        case description, project, task, tags, billable, start, stop

        public var label: String {
            switch self {
            case .description: return "Description"
            case .project: return "Project"
            case .task: return "Task"
            case .tags: return "Tags"
            case .billable: return "Billable"
            case .start: return "Start"
            case .stop: return "Stop"
            }
        }
    }

    public var mode: Mode
    public var workspaceID: Int64
    /// The day bare times (`9:30`) refer to.
    public var day: LocalDay
    public var description: LineEditor
    public var projectID: Int64?
    public var taskID: Int64?
    public var tags: [String]
    public var billable: Bool
    public var start: LineEditor
    public var stop: LineEditor
    /// Whether the entry being edited is running (then it has no stop field).
    public var isRunning: Bool
    public var focus: Field
    /// The open project/task/tags picker, if any.
    public var picker: Picker?
    /// The highlighted description suggestion, if the user moved into the list.
    public var suggestion: Int?
    /// Why the last submit was refused, shown in the dialog.
    public var problem: String?
    /// The exact instants a gap's fill was opened with: while the start or stop field still
    /// reads as its instant shows, that instant is used (with its seconds), so the new entry
    /// closes the gap exactly.
    public var filled: DateInterval?
    /// Projects the project picker lists first while its query is empty (a gap's neighbours').
    public var offeredProjects: [Int64]

    public init(mode: Mode, workspaceID: Int64, day: LocalDay, description: String = "", projectID: Int64? = nil,
                taskID: Int64? = nil, tags: [String] = [], billable: Bool = false, start: String = "", stop: String = "",
                isRunning: Bool = false) {
        self.mode = mode
        self.workspaceID = workspaceID
        self.day = day
        self.description = LineEditor(description)
        self.projectID = projectID
        self.taskID = taskID
        self.tags = tags
        self.billable = billable
        self.start = LineEditor(start)
        self.stop = LineEditor(stop)
        self.isRunning = isRunning
        self.focus = .description
        self.picker = nil
        self.suggestion = nil
        self.problem = nil
        self.filled = nil
        self.offeredProjects = []
    }

    /// The fields this editor shows, in order.
    public var fields: [Field] {
        switch mode {
        case .start: return [.description, .project, .task, .tags, .billable]
        case .add: return Field.allCases
        case .edit: return isRunning ? [.description, .project, .task, .tags, .billable, .start] : Field.allCases
        }
    }

    /// The dialog's title.
    public var title: String {
        switch mode {
        case .start: return "Start a timer"
        case .add: return "Add a finished entry"
        case .edit: return isRunning ? "Edit the running entry" : "Edit entry"
        }
    }
}
