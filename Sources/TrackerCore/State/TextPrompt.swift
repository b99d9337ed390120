/// A one-line question, such as the name of a new client or project.
public struct TextPrompt: Sendable, Hashable {
    /// What the answer is for.
    public enum Purpose: Sendable, Hashable {
        case newClient(workspaceID: Int64)
        case newProject(workspaceID: Int64, clientID: Int64?)
    }

    public var purpose: Purpose
    public var editor: LineEditor

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.editor = LineEditor(text)
    }

    /// The question asked.
    public var title: String {
        switch purpose {
        case .newClient: return "New client"
        case .newProject: return "New project"
        }
    }
}
