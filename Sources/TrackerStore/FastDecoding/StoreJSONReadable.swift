import TogglModels

/// A type ``StoreJSONReader`` can read straight from a store file's bytes, giving what its
/// `init(from:)` gives with ``TogglModels/TogglJSON/makeDecoder()`` or bailing.
protocol StoreJSONReadable: Sendable {
    /// Reads one value; throws ``StoreJSONReader/Bail`` for anything to leave to `JSONDecoder`.
    static func read(from reader: inout StoreJSONReader) throws -> Self
}

extension TimeEntry: StoreJSONReadable {}
extension Project: StoreJSONReadable {}
extension Client: StoreJSONReadable {}
extension Tag: StoreJSONReadable {}
extension ProjectTask: StoreJSONReadable {}

extension StoreJSONReader {
    /// An array of `T`, or nil for `null`.
    mutating func readArrayOrNull<T: StoreJSONReadable>(of type: T.Type) throws -> [T]? {
        if try readNull() { return nil }
        try beginArray()
        var result: [T] = []
        var first = true
        while try nextElement(first: &first) { result.append(try T.read(from: &self)) }
        return result
    }
}
