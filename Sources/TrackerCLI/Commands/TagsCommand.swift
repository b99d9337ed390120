import ArgumentParser
import TogglAPI
import TogglModels

/// `tags ls|add|update|rm`.
public struct TagsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List and change tags.", subcommands: [List.self, Add.self, Update.self, Remove.self])

    public init() {}

    /// `tags ls`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List tags.")
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var refreshing: RefreshOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            session.refreshRequested = refreshing.refresh
            let wid = try await session.workspace(workspace.workspace).id
            var tags = try await session.listing(fromCatalog: { $0.tags.filter { $0.workspaceID == wid } }) {
                try await session.api().tags.list(in: wid)
            }
            tags.sort { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            try EntityOutput.list(tags, columns: [.init("ID", .right), .init("NAME")], in: session) { [String($0.id), $0.name] }
        }
    }

    /// `tags add NAME`.
    public struct Add: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "add", abstract: "Create a tag.")
        @Argument(help: "The name.") public var name: String
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let tag = try await session.writer().createTag(in: wid, name: name)
            try EntityOutput.written(tag, id: tag.id, line: "Created tag \(tag.name) (\(tag.id))", in: session)
        }
    }

    /// `tags update TAG --name NEW`.
    public struct Update: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "update", abstract: "Rename a tag.")
        @Argument(help: "Tag name or id.") public var tag: String
        @Option(help: "New name.") public var name: String
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.tag(tag, in: wid)
            let updated = try await session.writer().updateTag(found.id, in: wid, name: name)
            try EntityOutput.written(updated, id: updated.id, line: "Renamed tag \(found.name) to \(updated.name) (\(updated.id))", in: session)
        }
    }

    /// `tags rm TAG [--yes]`.
    public struct Remove: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a tag.")
        @Argument(help: "Tag name or id.") public var tag: String
        @Flag(name: .shortAndLong, help: "Do not ask.") public var yes = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.tag(tag, in: wid)
            try session.confirm("Delete tag \(found.name) (\(found.id))?", yes: yes)
            try await session.writer().deleteTag(found.id, in: wid)
            session.report("Deleted tag \(found.name) (\(found.id))")
        }
    }
}
