import TogglModels

/// A row of the clients pane: "All clients" first, then the workspace's clients.
public enum ClientRow: Sendable, Hashable, Identifiable {
    case all
    case client(Client)

    /// 0 for "All clients", else the client's id.
    public var id: Int64 {
        switch self {
        case .all: return 0
        case .client(let client): return client.id
        }
    }

    /// The text shown.
    public var name: String {
        switch self {
        case .all: return "All clients"
        case .client(let client): return client.name
        }
    }
}
