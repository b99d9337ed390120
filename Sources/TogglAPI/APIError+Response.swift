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
            let remaining = response.header(QuotaStatus.remainingHeader).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            let lowered = message.lowercased()
            let speaksOfQuota = lowered.contains("hourly limit") || lowered.contains("quota")
            if speaksOfQuota || (message.isEmpty && remaining.map { $0 <= 0 } ?? false) {
                let resets = response.header(QuotaStatus.resetsInHeader).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
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
            self = .rateLimited(retryAfterSeconds: response.header("Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })
        case 500...599: self = .serverError(status: response.status, message: message)
        default: self = .unexpectedStatus(status: response.status, message: message)
        }
    }

    /// The human-readable message of an error body: Toggl sends a JSON string, sometimes nothing,
    /// OpenToggl-style servers `{"message": …}`, proxies plain text or HTML.
    static func message(in body: Data) -> String {
        guard !body.isEmpty else { return "" }
        if let text = try? JSONDecoder().decode(String.self, from: body) {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let object = try? JSONDecoder().decode([String: String].self, from: body) {
            if let message = object["message"] ?? object["error"] { return message }
        }
        let text = String(decoding: body.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("<") { return "" }
        return String(redacting: text).prefix(200).description
    }

    /// The number in "…will reset in 1838 seconds." when no header said it.
    static func secondsMentioned(in message: String) -> Int? {
        guard let range = message.range(of: "reset in ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
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
