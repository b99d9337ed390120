import TogglModels

extension EntriesSnapshot: FastJSONReadable {
    /// The keys ``EntriesSnapshot`` decodes.
    enum JSONField: String, CaseIterable, Sendable {
        case entries
    }

    static let jsonKeys = FastJSONKeys<JSONField>()

    /// Reads a snapshot as its synthesized `init(from:)` decodes it (`entries` required).
    package static func read(from reader: inout FastJSONReader) throws -> EntriesSnapshot {
        var entries: [TimeEntry]?
        var fields = try reader.beginObject(jsonKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .entries: entries = try reader.readArrayOrNull(of: TimeEntry.self)
            }
        }
        guard let entries else { throw FastJSONReader.Bail() }
        return EntriesSnapshot(entries: entries)
    }
}
