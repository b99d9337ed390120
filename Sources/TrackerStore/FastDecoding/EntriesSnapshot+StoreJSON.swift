import TogglModels

extension EntriesSnapshot: StoreJSONReadable {
    /// The keys ``EntriesSnapshot`` decodes.
    enum StoreField: String, CaseIterable, Sendable {
        case entries
    }

    static let storeKeys = StoreJSONKeys<StoreField>()

    /// Reads a snapshot as its synthesized `init(from:)` decodes it (`entries` required).
    static func read(from reader: inout StoreJSONReader) throws -> EntriesSnapshot {
        var entries: [TimeEntry]?
        var fields = try reader.beginObject(storeKeys)
        while let field = try reader.nextField(&fields) {
            switch field {
            case .entries: entries = try reader.readArrayOrNull(of: TimeEntry.self)
            }
        }
        guard let entries else { throw StoreJSONReader.Bail() }
        return EntriesSnapshot(entries: entries)
    }
}
