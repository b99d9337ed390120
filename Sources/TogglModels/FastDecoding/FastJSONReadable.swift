/// A type ``FastJSONReader`` can read straight from a store file's bytes, giving what its
/// `init(from:)` gives with ``TogglModels/TogglJSON/makeDecoder()`` or bailing.
package protocol FastJSONReadable: Sendable {
    /// Reads one value; throws ``FastJSONReader/Bail`` for anything to leave to `JSONDecoder`.
    static func read(from reader: inout FastJSONReader) throws -> Self
}

extension TimeEntry: FastJSONReadable {}
extension Project: FastJSONReadable {}
extension Client: FastJSONReadable {}
extension Tag: FastJSONReadable {}
extension ProjectTask: FastJSONReadable {}

extension FastJSONReader {
    /// An array of `T`, or nil for `null`.
    package mutating func readArrayOrNull<T: FastJSONReadable>(of type: T.Type) throws -> [T]? {
        if try readNull() { return nil }
        try beginArray()
        var result: [T] = []
        var first = true
        while try nextElement(first: &first) { result.append(try T.read(from: &self)) }
        return result
    }
}
