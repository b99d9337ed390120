import Foundation
import Glibc
import TrackerRuntime

/// The process's resident memory, from `/proc/self/status` (Linux): in all, anonymous and file-backed.
public enum MemoryProbe {
    /// `VmHWM`: the peak resident set since the process started (or since ``resetPeak()``), in MB.
    public static func peakMegabytes() -> Double? { field("VmHWM") }

    /// `VmRSS`: the resident set now, in MB.
    public static func residentMegabytes() -> Double? { field("VmRSS") }

    /// `RssAnon`: the resident anonymous memory now (heap, stacks: what the process made, not
    /// the code and data it maps from files), in MB.
    public static func anonymousMegabytes() -> Double? { field("RssAnon") }

    /// `RssFile`: the resident file-backed memory now (the binary, the libraries, ICU data), in MB.
    public static func fileMegabytes() -> Double? { field("RssFile") }

    /// Gives freed heap back to the system and restarts `VmHWM` from the current resident set
    /// (writes `5` to `/proc/self/clear_refs`). False when the kernel refused.
    @discardableResult
    public static func resetPeak() -> Bool {
        HeapTuning.giveBackFreedMemory()
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
    }

    private static func field(_ name: String) -> Double? {
        fields(of: "/proc/self/status")[name]
    }

    /// The `kB` fields of a `/proc/<pid>/status` file, in MB (empty when it cannot be read).
    static func fields(of path: String) -> [String: Double] {
        guard let text = procFile(path) else { return [:] }
        var fields: [String: Double] = [:]
        for line in text.split(separator: "\n") where line.hasSuffix(" kB") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let digits = line[line.index(after: colon)...].filter(\.isNumber)
            fields[String(line[..<colon])] = Double(String(digits)).map { $0 / 1024 }
        }
        return fields
    }

    /// A `/proc` file's text, read to the end: they report a size of 0, and a read sized by it
    /// stops short. Nil when it cannot be read.
    static func procFile(_ path: String) -> String? {
        guard let data = try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).readToEnd() else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
