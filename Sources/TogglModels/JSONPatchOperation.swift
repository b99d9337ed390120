/// One operation of a JSON Patch body (RFC 6902 subset Toggl accepts for bulk edits), e.g.
/// `{"op":"replace","path":"/project_id","value":123}`.
///
/// Paths Toggl clients use for time entries: `/description`, `/project_id`, `/task_id`, `/tags`,
/// `/tag_ids`, `/billable`, `/start`, `/stop`, `/duration` (`add`/`remove` only make sense for the
/// tag paths).
public struct JSONPatchOperation: Sendable, Hashable, Codable {
    /// The patch operation.
    public enum Operation: String, Sendable, Hashable, Codable {
        /// Add to a collection (e.g. tags).
        case add
        /// Remove from a collection (e.g. tags).
        case remove
        /// Replace the value.
        case replace
    }

    /// The operation.
    public var op: Operation
    /// The JSON Pointer path, e.g. `/description`.
    public var path: String
    /// The value; `nil` omits the key, `.null` sends JSON `null` (e.g. to clear a project).
    public var value: JSONValue?

    /// Creates an operation.
    public init(op: Operation, path: String, value: JSONValue? = nil) {
        self.op = op
        self.path = path
        self.value = value
    }

    /// `{"op":"replace","path":path,"value":value}`.
    public static func replace(_ path: String, with value: JSONValue) -> JSONPatchOperation {
        JSONPatchOperation(op: .replace, path: path, value: value)
    }

    /// `{"op":"add","path":path,"value":value}`.
    public static func add(_ path: String, _ value: JSONValue) -> JSONPatchOperation {
        JSONPatchOperation(op: .add, path: path, value: value)
    }

    /// `{"op":"remove","path":path}` with an optional `value` (Toggl removes the given tags).
    public static func remove(_ path: String, _ value: JSONValue? = nil) -> JSONPatchOperation {
        JSONPatchOperation(op: .remove, path: path, value: value)
    }

    enum CodingKeys: String, CodingKey {
        case op, path, value
    }

    /// Decodes an operation; a present `null` value decodes as `.null`, an absent one as `nil`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        op = try c.decode(Operation.self, forKey: .op)
        path = try c.decode(String.self, forKey: .path)
        if c.contains(.value) {
            value = try c.decodeNil(forKey: .value) ? .null : c.decode(JSONValue.self, forKey: .value)
        } else {
            value = nil
        }
    }

    /// Encodes `op`, `path` and `value` when set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(op, forKey: .op)
        try c.encode(path, forKey: .path)
        try c.encodeIfPresent(value, forKey: .value)
    }
}
