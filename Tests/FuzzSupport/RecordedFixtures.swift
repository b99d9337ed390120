import Foundation

/// Where the shared recorded Toggl bodies are: `<packageRoot>/../shared/toggl-api/fixtures`, or
/// `TOGGL_FIXTURES_DIR`. They are read in place, never copied into this repository; the test
/// targets' own fixture helpers start here.
public enum RecordedFixtures {
    /// The fixtures folder, or `nil` when it is not there (the tests that need it are skipped).
    public static let directory: URL? = {
        let folder: URL
        if let override = ProcessInfo.processInfo.environment["TOGGL_FIXTURES_DIR"], !override.isEmpty {
            folder = URL(fileURLWithPath: override, isDirectory: true)
        } else {
            // <packageRoot>/Tests/FuzzSupport/RecordedFixtures.swift → three levels up is the root.
            var packageRoot = URL(fileURLWithPath: #filePath)
            for _ in 0..<3 { packageRoot.deleteLastPathComponent() }
            folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/toggl-api/fixtures", isDirectory: true)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return folder
    }()
}
