/// A change to one field of a write payload that may also need to be cleared.
///
/// In a payload, an `Optional<FieldUpdate<Value>>` has three states:
/// - `nil`: the field is not sent at all (left unchanged by the server);
/// - `.clear`: the field is sent as JSON `null` (e.g. remove the project from a time entry);
/// - `.set(value)`: the field is sent with `value`.
public enum FieldUpdate<Value> {
    /// Send the field with this value.
    case set(Value)
    /// Send the field as JSON `null`.
    case clear

    /// `.set(value)` for a value, `.clear` for `nil`.
    public init(_ value: Value?) {
        if let value {
            self = .set(value)
        } else {
            self = .clear
        }
    }

    /// The value this update sets, or `nil` for `.clear`.
    public var value: Value? {
        switch self {
        case .set(let value): value
        case .clear: nil
        }
    }
}

extension FieldUpdate: Sendable where Value: Sendable {}
extension FieldUpdate: Equatable where Value: Equatable {}
extension FieldUpdate: Hashable where Value: Hashable {}

extension FieldUpdate: Encodable where Value: Encodable {
    /// Encodes `.set(value)` as the value and `.clear` as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .set(let value): try container.encode(value)
        case .clear: try container.encodeNil()
        }
    }
}

extension FieldUpdate: Decodable where Value: Decodable {
    /// Decodes `null` as `.clear` and anything else as `.set(value)`.
    ///
    /// Note that `decodeIfPresent` turns `null` into `nil` before this runs; payload decoders use
    /// an explicit `contains` check to tell an absent key from `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .clear
        } else {
            self = .set(try container.decode(Value.self))
        }
    }
}
