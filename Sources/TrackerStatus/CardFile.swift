#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TrackerStore

/// A small JSON file the program leaves in its cache folder for the launcher (``StatusCard``,
/// ``GoalsCard``). Its contents are untrusted when read back: ``read(path:)`` takes only a
/// regular file of at most ``byteLimit`` bytes, of this format and version, whose values are
/// ones the program could have written (``isSane``).
public protocol CardFile: Codable, Sendable {
    /// `format` of the file.
    static var fileFormat: String { get }
    /// `version` of the file; another version is gathered afresh.
    static var fileVersion: Int { get }
    /// The largest file read.
    static var byteLimit: Int { get }
    /// The format it says it is in.
    var format: String { get }
    /// The version it says it is.
    var version: Int { get }
    /// Whether every value is one the program could have written.
    var isSane: Bool { get }
}

extension CardFile {
    /// The card at `path`; nil when there is none or it cannot be used (see the protocol).
    public static func read(path: String) -> Self? {
        guard let data = AtomicFile(path: path).readRegular(upTo: byteLimit),
              let card = try? JSONDecoder().decode(Self.self, from: data),
              card.format == fileFormat, card.version == fileVersion, card.isSane
        else { return nil }
        return card
    }

    /// Writes it at `path` (atomically, without fsync: a card lost to a power cut is gathered
    /// again). Best effort: the command has answered either way.
    public func save(path: String) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? AtomicFile(path: path).write(data, durable: false)
    }
}
