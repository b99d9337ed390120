import Foundation
import Synchronization

/// Saves a sandbox's world to its state file whenever the world's revision moved. The server calls
/// ``saveIfChanged()`` after every request, so a change is on disk before its answer is sent;
/// tests and shutdown call ``flush()``.
public final class SandboxAutosave: Sendable {
    public let sandbox: Sandbox
    public let file: SandboxStateFile
    /// The revision last written (nil: nothing written yet by this object).
    private let savedRevision: Mutex<UInt64?>

    /// `alreadySaved`: the world as loaded is what the file holds, so no save is needed until
    /// it changes.
    public init(sandbox: Sandbox, file: SandboxStateFile, alreadySaved: Bool = false) {
        self.sandbox = sandbox
        self.file = file
        self.savedRevision = Mutex(alreadySaved ? sandbox.revision : nil)
    }

    /// Saves the world if it changed since the last save. Returns whether it wrote.
    @discardableResult
    public func saveIfChanged() throws -> Bool {
        try savedRevision.withLock { saved in
            let (world, revision) = sandbox.snapshot()
            guard saved != revision else { return false }
            try file.save(world)
            saved = revision
            return true
        }
    }

    /// Saves now if anything is unsaved.
    public func flush() throws {
        try saveIfChanged()
    }
}
