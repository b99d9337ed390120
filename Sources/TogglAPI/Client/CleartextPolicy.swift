import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where credentials may travel in clear text: nowhere but this machine.
///
/// An API root must be `https://`, or `http://` to a loopback host — `localhost`, an address in
/// 127.0.0.0/8 or `::1` (the sandbox, a local proxy). Anything else would send the token readable
/// to every network in between, so it is refused when the setting is read
/// (``CredentialResolver/effectiveSettings()``, ``TogglConfig/validate()``) and again before
/// any request is sent (``TogglAPIClient/send(_:)``).
public enum CleartextPolicy {
    /// What an API root setting must look like, for error messages.
    public static let expectation =
        "an https URL (http:// is allowed only for this machine: localhost, 127.0.0.1 or ::1, so the API token never crosses a network unencrypted)"

    /// Whether credentials may be sent to `url`: any `https` URL, or `http` to a loopback host.
    public static func allowsCredentials(to url: URL) -> Bool {
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return url.host.map(isLoopback(host:)) ?? false
        default: return false
        }
    }

    /// Whether `host` names this machine: `localhost`, 127.0.0.0/8 or `::1` (brackets allowed).
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if name == "localhost" { return true }
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        var v4 = in_addr()
        if inet_pton(AF_INET, name, &v4) == 1 {
            // s_addr is in network byte order: the first octet is the lowest byte in memory.
            return withUnsafeBytes(of: &v4) { $0.first == 127 }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, name, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { bytes in
                bytes.prefix(15).allSatisfy { $0 == 0 } && bytes.last == 1
            }
        }
        return false
    }

    /// The sentence shown when a request to `url` is refused.
    static func refusal(for url: URL) -> String {
        let host = url.host ?? "?"
        return "Refusing to send the API token unencrypted to http://\(host): use https "
            + "(http:// is allowed only for localhost, 127.0.0.1 and ::1)."
    }
}
