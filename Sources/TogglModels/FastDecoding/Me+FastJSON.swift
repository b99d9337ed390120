#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Me {
    /// The related arrays of `/me?with_related_data=true` that hold the many rows.
    enum RelatedArray: String, CaseIterable, Sendable {
        case clients, projects, tags, tasks
        case timeEntries = "time_entries"
    }

    static let relatedArrayKeys = FastJSONKeys<RelatedArray>()

    /// A `/me` answer decoded as ``TogglJSON/makeDecoder()`` decodes it, with less memory at
    /// its peak: the related arrays (clients, projects, tags, tasks, time entries) are read by
    /// ``FastJSONReader`` straight from the bytes, and only the rest (the profile, workspaces,
    /// options) goes through `JSONDecoder`, as a small object of its own. Anything the reader is
    /// not sure of — invalid JSON, an escaped or repeated array key, a value a model reader bails
    /// on — decodes the whole answer with `JSONDecoder` instead, so the result (or the error) is
    /// the same either way.
    /// - Throws: what `JSONDecoder` throws for this body.
    public static func decoded(from data: Data) throws -> Me {
        if let me = fastDecoded(from: data) { return me }
        return try TogglJSON.makeDecoder().decode(Me.self, from: data)
    }

    /// The fast path of ``decoded(from:)``; nil to leave the body to `JSONDecoder`.
    static func fastDecoded(from data: Data) -> Me? {
        data.withUnsafeBytes { raw -> Me? in
            var reader = FastJSONReader(bytes: raw.bindMemory(to: UInt8.self))
            reader.skipsUnknownKeys = true
            var clients: [Client]?, projects: [Project]?, tags: [Tag]?, tasks: [ProjectTask]?, entries: [TimeEntry]?
            // The other members, copied byte for byte (in order, duplicates included) into an
            // object `JSONDecoder` reads as it would have read them in the whole body.
            var rest: [UInt8] = [UInt8(ascii: "{")]
            do {
                try reader.beginObject()
                var first = true
                var seen: UInt64 = 0
                while let key = try reader.nextKey(&first) {
                    var hint = 0
                    guard let index = relatedArrayKeys.index(of: key, hint: &hint) else {
                        if rest.count > 1 { rest.append(UInt8(ascii: ",")) }
                        rest.append(UInt8(ascii: "\""))
                        rest.append(contentsOf: key)
                        rest.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
                        rest.append(contentsOf: try reader.valueBytes())
                        continue
                    }
                    // `JSONDecoder` keeps the first of repeated keys; not worth copying here.
                    let bit: UInt64 = 1 << UInt64(index)
                    guard seen & bit == 0 else { return nil }
                    seen |= bit
                    switch relatedArrayKeys.fields[index] {
                    case .clients: clients = try reader.readArrayOrNull(of: Client.self)
                    case .projects: projects = try reader.readArrayOrNull(of: Project.self)
                    case .tags: tags = try reader.readArrayOrNull(of: Tag.self)
                    case .tasks: tasks = try reader.readArrayOrNull(of: ProjectTask.self)
                    case .timeEntries: entries = try reader.readArrayOrNull(of: TimeEntry.self)
                    }
                }
                guard reader.isAtEnd() else { return nil }
            } catch {
                return nil
            }
            rest.append(UInt8(ascii: "}"))
            guard var me = try? TogglJSON.makeDecoder().decode(Me.self, from: Data(rest)) else { return nil }
            me.clients = clients
            me.projects = projects
            me.tags = tags
            me.tasks = tasks
            me.timeEntries = entries
            return me
        }
    }
}
