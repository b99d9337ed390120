/// Rows of one kind, found by id in constant time, listed in id order, stored as a JSON array.
public struct RecordTable<Record: Identifiable & Codable & Sendable & Equatable>: Sendable, Equatable, Codable
where Record.ID == Int64 {
    private var rows: [Int64: Record] = [:]

    public init(_ records: [Record] = []) {
        for record in records { rows[record.id] = record }
    }

    /// The row with this id.
    public subscript(id: Int64) -> Record? {
        get { rows[id] }
        set { rows[id] = newValue }
    }

    /// Adds or replaces a row.
    public mutating func upsert(_ record: Record) {
        rows[record.id] = record
    }

    /// Removes a row; returns it if it existed.
    @discardableResult
    public mutating func remove(_ id: Int64) -> Record? {
        rows.removeValue(forKey: id)
    }

    /// Every row, in id order (ids grow with creation, so this is creation order).
    public var all: [Record] {
        rows.values.sorted { $0.id < $1.id }
    }

    /// The rows matching a predicate, in id order.
    public func filter(_ isIncluded: (Record) -> Bool) -> [Record] {
        rows.values.filter(isIncluded).sorted { $0.id < $1.id }
    }

    /// How many rows there are.
    public var count: Int { rows.count }

    /// Changes a row in place; returns false when there is none with that id.
    @discardableResult
    public mutating func modify(_ id: Int64, _ change: (inout Record) throws -> Void) rethrows -> Bool {
        guard var record = rows[id] else { return false }
        try change(&record)
        rows[id] = record
        return true
    }

    public init(from decoder: any Decoder) throws {
        self.init(try [Record](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try all.encode(to: encoder)
    }
}
