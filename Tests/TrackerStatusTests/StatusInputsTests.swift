import Foundation
import Testing
@testable import TrackerStatus

/// What a status card was made from: the variables that shape `status` and the files it read.
struct StatusInputsTests {
    static let environment = ["HOME": "/home/ada", "TOGGL_API_TOKEN": "1971800d4d82861d8f2c1651fea4d212", "TERM": "xterm", "PATH": "/usr/bin"]

    @Test func theVariablesThatShapeStatusCountAndOthersDoNot() {
        let digest = StatusInputs.digest(of: Self.environment)
        var unrelated = Self.environment
        unrelated["TERM"] = "screen"
        unrelated["PATH"] = "/bin"
        unrelated["LS_COLORS"] = "di=34"
        #expect(StatusInputs.digest(of: unrelated) == digest)
        for (name, value) in [("TOGGL_API_TOKEN", "another"), ("HOME", "/home/bob"), ("TZ", "Europe/Berlin"), ("XDG_CONFIG_HOME", "/cfg"),
                              ("TOGGL_CONFIG", "/etc/togglrc"), ("XDG_CACHE_HOME", "/c")] {
            var changed = Self.environment
            changed[name] = value
            #expect(StatusInputs.digest(of: changed) != digest, "\(name)")
        }
        var removed = Self.environment
        removed["TOGGL_API_TOKEN"] = nil
        #expect(StatusInputs.digest(of: removed) != digest)
    }

    @Test func theDigestHoldsNoTokenInTheClear() throws {
        let inputs = StatusInputs.take(environment: Self.environment, paths: [])
        let json = String(decoding: try JSONEncoder().encode(inputs), as: UTF8.self)
        #expect(!json.contains("1971800d4d82861d8f2c1651fea4d212"))
    }

    @Test func aFileWrittenCreatedOrRemovedIsAChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("status-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config")
        let missing = folder.appendingPathComponent("togglrc")
        try Data("[options]\n".utf8).write(to: config)
        let inputs = StatusInputs.take(environment: Self.environment, paths: [config.path, missing.path])
        #expect(inputs.hold(in: Self.environment))
        var other = Self.environment
        other["TOGGL_API_TOKEN"] = "another"
        #expect(!inputs.hold(in: other))
        try Data("[options]\ntz = Europe/Berlin\n".utf8).write(to: config)
        #expect(!inputs.hold(in: Self.environment), "the config written")
        let again = StatusInputs.take(environment: Self.environment, paths: [config.path, missing.path])
        try Data("".utf8).write(to: missing)
        #expect(!again.hold(in: Self.environment), "a file appeared")
    }
}
