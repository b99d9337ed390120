import Foundation

/// What the request log keeps of a request's body and query: never a password, token or other
/// secret. Headers (and so `Authorization`) are not logged at all.
///
/// - Bodies of routes that carry passwords (``passwordPaths``: `PUT /me`, sign-ups, password
///   resets) are replaced whole by ``redactedBody(byteCount:)``.
/// - In any other JSON body, the value of every member whose name looks secret (``isSecretName(_:)``:
///   `password`, `current_password`, `api_token`, `token`, `secret`, …), at any depth, becomes
///   ``redacted``. A body without such a member is kept byte for byte.
/// - A body that is not JSON is kept unless it mentions a secret-looking name.
/// - Query values of secret-looking names become ``redacted``.
public enum LogRedaction {
    /// What a secret value is replaced with.
    public static let redacted = "[redacted]"

    /// The text standing for a body that was dropped whole.
    public static func redactedBody(byteCount: Int) -> String {
        "[redacted: \(byteCount) bytes]"
    }

    /// Paths (below `/api/v9`) whose bodies carry passwords: dropped whole from the log.
    static let passwordPaths: Set<String> = ["/me", "/signup", "/signups", "/me/reset_token", "/me/password",
                                             "/me/change_password", "/reset_password", "/confirm_password"]

    /// Fragments of member names whose values are secrets (compared in lower case, `-` as `_`).
    static let secretFragments = ["password", "passwd", "token", "secret", "api_key", "apikey", "authorization",
                                  "cookie", "credential", "session", "totp", "otp_code"]

    /// Whether a member or parameter named `name` holds a secret.
    public static func isSecretName(_ name: String) -> Bool {
        let lowered = name.lowercased().replacingOccurrences(of: "-", with: "_")
        return secretFragments.contains { lowered.contains($0) }
    }

    /// The body as the log keeps it.
    public static func body(_ body: Data, path: String) -> String {
        guard !body.isEmpty else { return "" }
        let trackPath = path.hasPrefix(SandboxRoute.Root.track.rawValue)
            ? String(path.dropFirst(SandboxRoute.Root.track.rawValue.count)) : path
        let normalized = trackPath.count > 1 && trackPath.hasSuffix("/") ? String(trackPath.dropLast()) : trackPath
        if passwordPaths.contains(normalized) { return redactedBody(byteCount: body.count) }
        let text = String(decoding: body, as: UTF8.self)
        guard let json = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            return secretFragments.contains(where: { text.lowercased().contains($0) })
                ? redactedBody(byteCount: body.count) : text
        }
        var changed = false
        let cleaned = redactingSecrets(json, changed: &changed)
        guard changed else { return text }
        guard let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys, .fragmentsAllowed])
        else { return redactedBody(byteCount: body.count) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The query as the log keeps it, `a=1&b=2` with secret values redacted.
    public static func query(_ query: [(name: String, value: String)]) -> String {
        query.map { "\($0.name)=\(isSecretName($0.name) ? redacted : $0.value)" }.joined(separator: "&")
    }

    /// `value` with every secret-named member's value replaced, at any depth.
    private static func redactingSecrets(_ value: Any, changed: inout Bool) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, member) in object {
                if isSecretName(key) {
                    result[key] = redacted
                    changed = true
                } else {
                    result[key] = redactingSecrets(member, changed: &changed)
                }
            }
            return result
        }
        if let array = value as? [Any] {
            return array.map { redactingSecrets($0, changed: &changed) }
        }
        return value
    }
}
