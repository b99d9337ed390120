import Foundation
import Testing

/// The modules the `toggl-tui` launcher links need only FoundationEssentials: one
/// `import Foundation` would load Foundation and ICU at its start and undo what it is for
/// (see ARCHITECTURE.md). Sources are read from the checkout.
struct EssentialsOnlyTests {
    static let modules = ["TogglModels", "TrackerCore", "TrackerStore", "TrackerStatus", "toggl-tui-launcher"]
    static let forbidden = ["Foundation", "FoundationInternationalization", "FoundationNetworking", "Dispatch"]

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
    }

    @Test func theLaunchersModulesImportOnlyFoundationEssentials() throws {
        var checked = 0
        for module in Self.modules {
            let folder = Self.sources.appendingPathComponent(module)
            let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
                .filter { $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "\(module) has no sources at \(folder.path)")
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                var insideFallback = false
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if trimmed.hasPrefix("#if") { insideFallback = false }
                    if trimmed == "#else" { insideFallback = true }
                    if trimmed == "#endif" { insideFallback = false }
                    guard trimmed.hasPrefix("import ") || trimmed.hasPrefix("@testable import ") || trimmed.hasPrefix("@_exported import ") else { continue }
                    let imported = String(trimmed.split(separator: " ").last ?? "")
                    #expect(insideFallback || !Self.forbidden.contains(imported), "\(module)/\(file): \(trimmed)")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
