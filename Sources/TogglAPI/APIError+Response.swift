import Foundation

extension APIError {
    /// The error a non-2xx response stands for.
    ///
    /// A 402 is a used-up quota when the message speaks of the hourly limit, or when it says
    /// nothing and the quota headers say nothing is left; a 402 that names something else is a
    /// feature the workspace's plan lacks — even on the last request of a window, whose headers
    /// also say 0 left.
    public init(response: HTTPResponse, bucket: QuotaBucket) {
        let message = APIError.message(in: response.body)
        switch response.status {
        case 400: self = .badRequest(message: message)
        case 401: self = .unauthorized
        case 402:
            let remaining = HeaderNumber.count(response.header(QuotaStatus.remainingHeader))
            let lowered = message.lowercased()
            let speaksOfQuota = lowered.contains("hourly limit") || lowered.contains("quota")
            if speaksOfQuota || (message.isEmpty && remaining.map { $0 <= 0 } ?? false) {
                let resets = HeaderNumber.seconds(response.header(QuotaStatus.resetsInHeader))
                    ?? APIError.secondsMentioned(in: message)
                self = .quotaExhausted(bucket: bucket, resetsInSeconds: resets)
            } else {
                self = .premiumRequired(message: message)
            }
        case 403: self = .forbidden(message: message)
        case 404: self = .notFound(message: message)
        case 405: self = .methodNotAllowed
        case 409: self = .conflict(message: message)
        case 410: self = .gone
        case 429:
            self = .rateLimited(retryAfterSeconds: HeaderNumber.seconds(response.header("Retry-After")))
        case 300...399: self = .unexpectedStatus(status: response.status, message: APIError.redirectMessage(response))
        case 500...599: self = .serverError(status: response.status, message: message)
        default: self = .unexpectedStatus(status: response.status, message: message)
        }
    }

    /// The human-readable message of an error body: Toggl sends a JSON string, sometimes nothing,
    /// OpenToggl-style servers `{"message": …}`, proxies plain text or HTML.
    static func message(in body: Data) -> String {
        guard !body.isEmpty else { return "" }
        if let text = try? JSONDecoder().decode(String.self, from: body) {
            return shortened(String(redacting: text.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        if let object = try? JSONDecoder().decode([String: String].self, from: body) {
            if let message = object["message"] ?? object["error"] {
                return shortened(String(redacting: message.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        let text = String(decoding: body.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("<") { return "" }
        return String(redacting: text).prefix(200).description
    }

    /// At most 300 characters of a server's message, so a huge body cannot flood a status line.
    static func shortened(_ message: String) -> String {
        message.count > 300 ? String(message.prefix(300)) + "…" : message
    }

    /// This error with every occurrence of `secrets` (the token, the password, the `Authorization`
    /// value) in its server-supplied text replaced by `(hidden)`: a server may echo what it was
    /// sent. Secrets shorter than 4 characters are left alone (they would shred the message, and
    /// do not identify anything).
    public func redacting(_ secrets: [String]) -> APIError {
        let secrets = secrets.filter { $0.count >= 4 }
        guard !secrets.isEmpty else { return self }
        func clean(_ text: String) -> String {
            secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: ConfigError.hiddenValue) }
        }
        switch self {
        case .badRequest(let message): return .badRequest(message: clean(message))
        case .forbidden(let message): return .forbidden(message: clean(message))
        case .notFound(let message): return .notFound(message: clean(message))
        case .premiumRequired(let message): return .premiumRequired(message: clean(message))
        case .conflict(let message): return .conflict(message: clean(message))
        case .serverError(let status, let message): return .serverError(status: status, message: clean(message))
        case .unexpectedStatus(let status, let message): return .unexpectedStatus(status: status, message: clean(message))
        case .undecodable(let path, let snippet): return .undecodable(path: clean(path), snippet: clean(snippet))
        case .invalidRequest(let reason): return .invalidRequest(clean(reason))
        case .network(.other(let reason)): return .network(.other(clean(reason)))
        case .unauthorized, .quotaExhausted, .methodNotAllowed, .gone, .rateLimited, .network, .unknownOutcome:
            return self
        }
    }

    /// "Toggl answered with a redirect (307) to https://other.example; not followed." The
    /// transport never follows a redirect (credentials would go along); only the target's origin
    /// is named — its path and query may hold anything.
    static func redirectMessage(_ response: HTTPResponse) -> String {
        let target = response.header("Location").flatMap(origin(of:)).map { " to \($0)" } ?? ""
        return "Toggl answered with a redirect (\(response.status))\(target); not followed."
    }

    /// `scheme://host[:port]` of an absolute URL, with only characters a host name can hold; nil
    /// for a relative or odd location.
    static func origin(of location: String) -> String? {
        guard let components = URLComponents(string: location.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty, host.count <= 253,
              host.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-.:[]%".unicodeScalars.contains($0)) })
        else { return nil }
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(shownHost)" + (components.port.map { ":\($0)" } ?? "")
    }

    /// The number in "…will reset in 1838 seconds." when no header said it, clamped like a header.
    static func secondsMentioned(in message: String) -> Int? {
        guard let range = message.range(of: "reset in ") else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        // More digits than an Int holds still means "a long time": clamp rather than drop.
        return digits.count > 18 ? HeaderNumber.maxSeconds : HeaderNumber.seconds(String(digits))
    }

    /// A short, credential-free excerpt of a body for error messages.
    static func snippet(of body: Data) -> String {
        if body.isEmpty { return "(empty body)" }
        let text = String(decoding: body.prefix(400), as: UTF8.self)
        let redacted = String(redacting: text)
        return redacted.count > 120 ? String(redacted.prefix(120)) + "…" : redacted
    }
}

extension String {
    /// The text with the values of secret-looking JSON keys (`api_token`, `password`, …) replaced
    /// by `(hidden)`. Used on every server text that may end up in an error message or a log.
    init(redacting text: String) {
        var result = text
        for key in ["api_token", "password", "intercom_hash", "ical_url", "token"] {
            var searchStart = result.startIndex
            while let keyRange = result.range(of: "\"\(key)\"", range: searchStart..<result.endIndex) {
                var index = keyRange.upperBound
                while index < result.endIndex, result[index] == " " || result[index] == ":" { index = result.index(after: index) }
                guard index < result.endIndex, result[index] == "\"" else { searchStart = keyRange.upperBound; continue }
                let valueStart = result.index(after: index)
                let valueEnd = result[valueStart...].firstIndex(of: "\"") ?? result.endIndex
                result.replaceSubrange(valueStart..<valueEnd, with: "(hidden)")
                searchStart = result.index(valueStart, offsetBy: "(hidden)".count, limitedBy: result.endIndex) ?? result.endIndex
            }
        }
        self = result
    }
}
