import Foundation
import FuzzSupport

/// The real recorded Toggl responses in `../shared/toggl-api/fixtures/`, read in place.
enum Fixtures {
    /// The fixtures folder, or nil when `../shared` is not beside the package.
    static var directory: URL? { RecordedFixtures.directory }

    /// Whether the fixtures are available (tests that need them are skipped otherwise).
    static var available: Bool { directory != nil }

    /// The bytes of one fixture file, e.g. `GET_me.200.json`.
    static func data(_ name: String) throws -> Data {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(name))
    }
}
