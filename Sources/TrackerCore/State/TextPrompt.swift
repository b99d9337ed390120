#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A one-line question, such as the name of a new client or project.
public struct TextPrompt: Sendable, Hashable {
    /// What the answer is for.
    public enum Purpose: Sendable, Hashable {
        case newClient(workspaceID: Int64)
        case newProject(workspaceID: Int64, clientID: Int64?)
        /// The time to split entry `entryID` at, read on `day`.
        case splitEntry(entryID: Int64, day: LocalDay)
    }

    public var purpose: Purpose
    public var editor: LineEditor
    /// Why the last answer was refused, shown in the prompt.
    public var problem: String?

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.editor = LineEditor(text)
        self.problem = nil
    }

    /// The question asked.
    public var title: String {
        switch purpose {
        case .newClient: return "New client"
        case .newProject: return "New project"
        case .splitEntry: return "Split the entry at"
        }
    }

    /// The field's label.
    public var label: String {
        switch purpose {
        case .newClient, .newProject: return "Name "
        case .splitEntry: return "Time "
        }
    }

    /// What the field says while empty.
    public var placeholder: String {
        switch purpose {
        case .newClient, .newProject: return "type a name"
        case .splitEntry: return "e.g. 12:30"
        }
    }

    /// What Enter does, for the prompt's key hint.
    public var submitWord: String {
        switch purpose {
        case .newClient, .newProject: return "create"
        case .splitEntry: return "split"
        }
    }
}
