import Foundation
import TogglModels
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file that keeps the sandbox's world between runs: versioned JSON, written atomically
/// (a temporary file in the same folder, fsync, rename) with mode 0600. A file that cannot be
/// read is set aside as `<file>.corrupt-<unix time>` and the sandbox starts afresh — never a crash.
public struct SandboxStateFile: Sendable {
    /// The version written into the file; a file of another version is set aside.
    public static let currentVersion = 1

    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// What loading found.
    public struct Loaded: Sendable {
        /// The world to start with: the file's, or the fallback.
        public var world: SandboxWorld
        /// Whether the world came from the file.
        public var fromFile: Bool
        /// Something the user should be told (printed to stderr by ``load(orElse:printWarnings:)``).
        public var warning: String?
        /// Where a corrupt file was moved.
        public var setAsideURL: URL?
    }

    /// The world in the file, or `fallback()` when there is no file or it is unreadable (then it
    /// is moved aside and a warning is printed to stderr unless `printWarnings` is false).
    public func load(orElse fallback: () -> SandboxWorld, printWarnings: Bool = true) -> Loaded {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return Loaded(world: fallback(), fromFile: false)
        }
        let problem: String
        do {
            let data = try Data(contentsOf: url)
            let state = try TogglJSON.makeDecoder().decode(StoredState.self, from: data)
            if state.version == Self.currentVersion {
                return Loaded(world: state.world, fromFile: true)
            }
            problem = "it has version \(state.version), this sandbox reads version \(Self.currentVersion)"
        } catch {
            problem = "it could not be read (\(error))"
        }
        let aside = url.appendingPathExtension("corrupt-\(Int(Date().timeIntervalSince1970))")
        var warning: String
        do {
            try? FileManager.default.removeItem(at: aside)
            try FileManager.default.moveItem(at: url, to: aside)
            warning = "toggl-sandbox: warning: the state file \(url.path) was set aside as \(aside.path): \(problem). Starting afresh."
        } catch {
            warning = "toggl-sandbox: warning: the state file \(url.path) is unusable (\(problem)) and could not be moved aside (\(error)). Starting afresh; it will be overwritten."
        }
        if printWarnings {
            FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
        let moved = FileManager.default.fileExists(atPath: aside.path) ? aside : nil
        return Loaded(world: fallback(), fromFile: false, warning: warning, setAsideURL: moved)
    }

    /// Writes `world` atomically with mode 0600.
    public func save(_ world: SandboxWorld) throws {
        let encoder = TogglJSON.makeEncoder()
        let data = try encoder.encode(StoredState(version: Self.currentVersion, world: world))
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw StateFileError.cannotWrite(temporary.path, errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        guard failure == 0, rename(temporary.path, url.path) == 0 else {
            let code = failure != 0 ? failure : errno
            unlink(temporary.path)
            throw StateFileError.cannotWrite(url.path, code)
        }
    }

    /// Why a save failed.
    public enum StateFileError: Error, CustomStringConvertible {
        case cannotWrite(String, Int32)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let code): return "cannot write \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// The file's JSON: a version and the world.
    struct StoredState: Codable {
        var version: Int
        var world: SandboxWorld
    }
}
