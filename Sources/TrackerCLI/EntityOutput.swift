import TrackerStatus
/// Prints lists and single objects of the entity groups: JSON with `--json`, else a table.
public enum EntityOutput {
    /// Prints `items` as JSON or as a table of `columns` made by `row`.
    public static func list<Item: Encodable>(
        _ items: [Item], columns: [TextTable.Column], in session: CLISession, row: (Item) -> [String]
    ) throws {
        if session.global.json { return try session.printJSON(items) }
        if items.isEmpty { return session.report("None.") }
        session.context.output.write(TextTable(columns: columns, rows: items.map(row)).render())
    }

    /// Prints one object as JSON or as `field: value` lines.
    public static func one<Item: Encodable>(_ item: Item, in session: CLISession, fields: [(String, String)]) throws {
        if session.global.json { return try session.printJSON(item) }
        let table = TextTable(columns: [.init(""), .init("")], rows: fields.map { [$0.0 + ":", $0.1] })
        session.context.output.write(table.render(header: false))
    }

    /// Reports a written object: its id alone with `--quiet`, JSON with `--json`, else a line.
    public static func written<Item: Encodable>(_ item: Item, id: Int64, line: String, in session: CLISession) throws {
        if session.global.json { return try session.printJSON(item) }
        if session.global.quiet { return session.say(String(id)) }
        session.say(line)
    }
}
