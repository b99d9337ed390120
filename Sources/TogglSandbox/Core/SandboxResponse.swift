import Foundation
import TogglModels

/// A response the sandbox sends, or withholds.
public struct SandboxResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// How the connection ends: normally, or without an answer (to imitate network failures).
    public var delivery: Delivery

    /// How a response reaches the client.
    public enum Delivery: Sendable, Equatable {
        /// Sent as usual.
        case normal
        /// The connection is closed without an answer, as when a network drops.
        case dropConnection
        /// Nothing is sent for this long, then the connection is closed: the client times out.
        case withhold(seconds: Double)
    }

    public init(status: Int, headers: [String: String] = [:], body: Data = Data(), delivery: Delivery = .normal) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delivery = delivery
    }

    /// `application/json; charset=utf-8`, as Toggl sends it.
    public static let jsonContentType = "application/json; charset=utf-8"

    /// A JSON body encoded with ``TogglJSON``.
    public static func json<Value: Encodable>(_ value: Value, status: Int = 200) -> SandboxResponse {
        do {
            let body = try TogglJSON.makeEncoder().encode(value)
            return SandboxResponse(status: status, headers: ["Content-Type": jsonContentType], body: body)
        } catch {
            return .error(500, "sandbox could not encode its answer")
        }
    }

    /// A raw JSON body.
    public static func rawJSON(_ text: String, status: Int = 200) -> SandboxResponse {
        SandboxResponse(status: status, headers: ["Content-Type": jsonContentType], body: Data(text.utf8))
    }

    /// An error in Toggl's style: the message as a JSON string.
    public static func error(_ status: Int, _ message: String) -> SandboxResponse {
        let body = (try? JSONEncoder().encode(message)) ?? Data()
        return SandboxResponse(status: status, headers: ["Content-Type": jsonContentType], body: body)
    }

    /// An empty body, as Toggl answers 401 and 405.
    public static func empty(_ status: Int, headers: [String: String] = [:]) -> SandboxResponse {
        SandboxResponse(status: status, headers: headers)
    }
}
