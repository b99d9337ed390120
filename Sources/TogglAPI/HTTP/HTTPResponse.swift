import Foundation

/// One HTTP response: status, headers and the raw body.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Header fields as received. Look them up with ``header(_:)``, which ignores case.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether `status` is a success (2xx): the answers whose body a sink may take.
    public static func isSuccess(_ status: Int) -> Bool {
        (200..<300).contains(status)
    }

    /// Whether this response is a success (2xx).
    public var isSuccess: Bool {
        Self.isSuccess(status)
    }

    /// The value of a header field, matching its name case-insensitively.
    public func header(_ name: String) -> String? {
        if let exact = headers[name] { return exact }
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }
}
