/// A cheap "did another process change the store?" check for reload-on-change: it compares
/// `stat(2)` of a few files (device, inode, size, modification and change times in
/// nanoseconds) with a ``Stamp`` taken earlier. No file is opened or read.
///
/// Atomic saves replace the file (a new inode) and journal appends grow it, so every write the
/// store makes shows. The one blind spot: a file replaced twice since the stamp, ending up
/// with the stamp's recycled inode, size and timestamps to the nanosecond — vanishingly
/// unlikely, and the next change shows anyway.
public struct StoreWatcher: Sendable {
    /// What the watched files looked like at one moment. Codable, so a summary of the files
    /// can carry the stamp it was made from (a decoded stamp is only ever compared).
    public struct Stamp: Sendable, Hashable, Codable {
        fileprivate var files: [String: FileIdentity]

        /// This stamp with `earlier`'s view of `paths` (a file there, or none) in place of its
        /// own: for files read before the rest were stamped, whose stamp must be from before the read.
        public func overlaid(with earlier: Stamp, for paths: [String]) -> Stamp {
            var files = files
            for path in paths { files[path] = earlier.files[path] }
            return Stamp(files: files)
        }
    }

    /// The files watched.
    public let paths: [String]

    /// Watches `paths` (missing files are fine: appearing counts as a change).
    public init(paths: [String]) {
        self.paths = paths
    }

    /// The files as they are now.
    public func stamp() -> Stamp {
        var files: [String: FileIdentity] = [:]
        for path in paths {
            files[path] = FileIdentity(path: path)
        }
        return Stamp(files: files)
    }

    /// Whether any watched file was written, replaced, created or removed since `stamp`.
    public func hasChanged(since stamp: Stamp) -> Bool {
        !changedPaths(since: stamp).isEmpty
    }

    /// The watched files that changed since `stamp`, in ``paths`` order.
    public func changedPaths(since stamp: Stamp) -> [String] {
        paths.filter { FileIdentity(path: $0) != stamp.files[$0] }
    }
}
