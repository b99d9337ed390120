import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading and atomically writing small private text files (config files holding tokens).
enum ConfigFileSystem {
    /// The file's text, or nil when nothing exists at `path` (a dangling symlink counts as nothing).
    ///
    /// - Throws: ``ConfigError/unreadable(file:reason:)`` for a directory, an unreadable file or
    ///   text that is not UTF-8.
    static func readText(at path: String) throws -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            throw ConfigError.unreadable(file: path, reason: "it is a directory")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigError.unreadable(file: path, reason: error.localizedDescription)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigError.unreadable(file: path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// Writes `text` to `path` atomically, readable and writable by the owner only (mode 0600).
    ///
    /// Missing parent directories are created with mode 0700. The text goes to a temporary file in
    /// the same directory, which is flushed and then renamed over the target, so readers see the
    /// old file or the new one, never half of one; the result is 0600 even when the old file was
    /// wider. When `path` is a symlink (dotfiles managed with stow, say), the file it points to is
    /// replaced and the link is kept.
    ///
    /// - Throws: ``ConfigError/unwritable(file:reason:)``.
    static func writeAtomically(_ text: String, to path: String) throws {
        let target = resolvingSymlink(path)
        let directory = (target as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw ConfigError.unwritable(file: path, reason: error.localizedDescription)
            }
        }
        let name = (target as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(UUID().uuidString).tmp"

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw unwritable(path, errno) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }

        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress, buffer.count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw unwritable(path, code)
            }
            written += result
        }
        guard fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0 else {
            let code = errno
            close(descriptor)
            throw unwritable(path, code)
        }
        guard close(descriptor) == 0 else { throw unwritable(path, errno) }
        guard rename(temporary, target) == 0 else { throw unwritable(path, errno) }
        renamed = true
    }

    /// The file a symlink at `path` finally points to, or `path` itself.
    private static func resolvingSymlink(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK,
            let resolved = realpath(path, nil)
        else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func unwritable(_ path: String, _ code: Int32) -> ConfigError {
        .unwritable(file: path, reason: String(cString: strerror(code)))
    }
}
