import Foundation

/// The real recorded Toggl responses in `../shared/toggl-api/fixtures/`, read in place.
enum Fixtures {
    /// The fixtures folder, or nil when `../shared` is not beside the package.
    static let directory: URL? = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/toggl-api/fixtures")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }()

    /// Whether the fixtures are available (tests that need them are skipped otherwise).
    static var available: Bool { directory != nil }

    /// The bytes of one fixture file, e.g. `GET_me.200.json`.
    static func data(_ name: String) throws -> Data {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(name))
    }
}
