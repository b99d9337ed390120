import Foundation
import TogglModels
@testable import TrackerStore

/// Runs `body` with a fresh folder under the system temporary directory, removed afterwards.
func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("TrackerStoreTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// The permission bits of `path`.
func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// The file's bytes as a string ("" when missing).
func text(of path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

/// Names in `folder`, sorted.
func names(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// Appends raw bytes to a file, as a process killed mid-write would leave them.
func appendRaw(_ string: String, to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(string.utf8))
}

/// A fixed instant: 2025-03-01T10:15:00Z.
let fixedNow = Date(timeIntervalSince1970: 1_740_824_100)

/// A minimal payload of a simple shape, for envelope tests.
struct Note: Codable, Sendable, Equatable {
    var text: String
    var count: Int
}

/// A pid no process can have (above Linux's `pid_max` limit), for "dead writer" temporaries.
let deadPID: Int32 = Int32.max - 1

/// An entry `index` hours before `fixedNow`.
func sampleEntry(_ index: Int) -> TimeEntry {
    let start = fixedNow.addingTimeInterval(TimeInterval(-3_600 * (index + 1)))
    return TimeEntry(
        id: Int64(4_000_000_000 + index), workspaceID: 42, projectID: Int64(100 + index % 7), userID: 7,
        billable: index % 3 == 0, start: start, stop: start.addingTimeInterval(1_800), duration: 1_800,
        description: "Entry number \(index) with some words", tags: ["focus", "client-\(index % 5)"],
        tagIDs: [Int64(900 + index % 5)], at: start.addingTimeInterval(1_900)
    )
}
