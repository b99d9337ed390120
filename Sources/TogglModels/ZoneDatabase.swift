#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The system's zone database: TZif files under `$TZDIR` or `/usr/share/zoneinfo`, read once
/// per name and kept for the process, and which zone the system is in.
///
/// Names come from Toggl's profile and the user's config, so they are checked before they
/// become paths: letters, digits, `_`, `+`, `-` and `/` between non-empty parts, never `..`,
/// at most 200 bytes. Files are opened without blocking, read only when regular and at most
/// ``ZoneRules/maximumFileSize``, and one that is not a valid TZif file is no zone.
public final class ZoneDatabase: Sendable {
    /// The database of this process's environment.
    public static let shared = ZoneDatabase(
        folder: ProcessInfo.processInfo.environment["TZDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/usr/share/zoneinfo",
        zoneVariable: ProcessInfo.processInfo.environment["TZ"], localTimePath: "/etc/localtime",
        timezoneNamePath: "/etc/timezone")

    /// Where the TZif files are.
    public let folder: String
    private let zoneVariable: String?
    private let localTimePath: String
    private let timezoneNamePath: String
    private let loaded = Mutex<[String: ZoneRules?]>([:])
    private let system = Mutex<Zone?>(nil)

    /// A database in `folder`; the system's zone from `zoneVariable` (`TZ`'s value), else the
    /// file at `localTimePath` (named by its link into the database, else by `timezoneNamePath`).
    public init(folder: String, zoneVariable: String? = nil, localTimePath: String = "/etc/localtime",
                timezoneNamePath: String = "/etc/timezone") {
        self.folder = folder
        self.zoneVariable = zoneVariable
        self.localTimePath = localTimePath
        self.timezoneNamePath = timezoneNamePath
    }

    /// The zone `name` as this database has it; nil for a name it lacks or a damaged file.
    public func zone(named name: String) -> Zone? {
        if name == "UTC" || name == "GMT" { return Zone(identifier: name, source: .fixed(0)) }
        return rules(named: name).map { Zone(identifier: name, source: .rules($0)) }
    }

    /// The rules of the zone `name`, read once.
    func rules(named name: String) -> ZoneRules? {
        guard Self.isPlausibleName(name) else { return nil }
        if let known = loaded.withLock({ $0[name] }) { return known }
        let rules = Self.readFile(folder + "/" + name).flatMap(ZoneRules.init(tzif:))
        loaded.withLock { $0[name] = rules }
        return rules
    }

    /// The system's zone, worked out once: `TZ` (a name, `:name`, an absolute path to a TZif
    /// file, or a POSIX rule; empty means UTC), else `/etc/localtime`, else UTC.
    public func systemZone() -> Zone {
        if let known = system.withLock({ $0 }) { return known }
        let zone = findSystemZone()
        system.withLock { $0 = zone }
        return zone
    }

    private func findSystemZone() -> Zone {
        if var value = zoneVariable {
            if value.hasPrefix(":") { value.removeFirst() }
            if value.isEmpty { return .utc }
            if value.hasPrefix("/") {
                if let rules = Self.readFile(value).flatMap(ZoneRules.init(tzif:)) {
                    return Zone(identifier: name(fromPath: value) ?? value, source: .rules(rules))
                }
            } else if let zone = zone(named: value) {
                return zone
            } else if let rule = POSIXZoneRule(value) {
                return Zone(identifier: value, source: .rules(ZoneRules(rule: rule)))
            }
            // glibc reads a `TZ` it cannot make sense of as UTC.
            return .utc
        }
        guard let rules = Self.readFile(localTimePath).flatMap(ZoneRules.init(tzif:)) else { return .utc }
        let linked = Self.linkTarget(localTimePath).flatMap(name(fromPath:))
        let named = Self.readFile(timezoneNamePath)
            .map { String(decoding: $0.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: " ") }, as: UTF8.self) }
            .flatMap { Self.isPlausibleName($0) ? $0 : nil }
        return Zone(identifier: linked ?? named ?? "localtime", source: .rules(rules))
    }

    /// `Europe/Berlin` from `/usr/share/zoneinfo/Europe/Berlin` (or any `…/zoneinfo/…` path).
    private func name(fromPath path: String) -> String? {
        let bytes = Array(path.utf8)
        for prefix in [folder + "/", "zoneinfo/"].map({ Array($0.utf8) }) where bytes.count > prefix.count {
            guard let start = stride(from: bytes.count - prefix.count, through: 0, by: -1)
                .first(where: { bytes[$0..<($0 + prefix.count)].elementsEqual(prefix) }) else { continue }
            var name = String(decoding: bytes[(start + prefix.count)...], as: UTF8.self)
            if name.hasPrefix("posix/") { name.removeFirst(6) }
            if Self.isPlausibleName(name) { return name }
        }
        return nil
    }

    /// Whether `name` can be a zone's name, and so a path under the database.
    static func isPlausibleName(_ name: String) -> Bool {
        // `right/…` files count leap seconds, which these rules do not read.
        guard !name.isEmpty, name.utf8.count <= 200, !name.hasPrefix("/"), !name.hasSuffix("/"), !name.hasPrefix("right/")
        else { return false }
        for part in name.split(separator: "/", omittingEmptySubsequences: false) {
            guard !part.isEmpty, part != ".", part != "..", !part.hasPrefix("-") else { return false }
            for byte in part.utf8 {
                let allowed = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                guard allowed else { return false }
            }
        }
        return true
    }

    /// The bytes of a regular file of at most ``ZoneRules/maximumFileSize``, read without
    /// blocking on anything else; nil otherwise.
    static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
              status.st_size <= ZoneRules.maximumFileSize else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while bytes.count <= ZoneRules.maximumFileSize {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
        return nil
    }

    /// Where the symbolic link at `path` points, if it is one.
    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 1024)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
