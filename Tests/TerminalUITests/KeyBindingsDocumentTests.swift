import Foundation
import Testing
import TrackerCore
@testable import TerminalUI

@Suite struct KeyBindingsDocumentTests {
    /// The repository's root, three folders up from this file.
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let file = repositoryRoot.appendingPathComponent("KEYBINDINGS.md")

    /// KEYBINDINGS.md is what the standard keymap generates. With `UPDATE_KEYBINDINGS=1` in the
    /// environment the test rewrites the file instead.
    @Test func keyBindingsFileIsUpToDate() throws {
        let generated = KeyBindingsDocument.markdown(for: .standard)
        if ProcessInfo.processInfo.environment["UPDATE_KEYBINDINGS"] == "1" {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
            return
        }
        let current = (try? String(contentsOf: Self.file, encoding: .utf8)) ?? ""
        guard current != generated else { return }
        let old = current.split(separator: "\n", omittingEmptySubsequences: false)
        let new = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let was = line < old.count ? String(old[line]) : "(end of file)"
        let now = line < new.count ? String(new[line]) : "(end of file)"
        Issue.record("""
            KEYBINDINGS.md is stale: run `UPDATE_KEYBINDINGS=1 swift test --filter KeyBindingsDocumentTests` to rewrite it.
            First difference, line \(line + 1):
            - \(was)
            + \(now)
            """)
    }

    @Test func everyActionHasARowWithItsKeysAndConfigName() {
        let page = KeyBindingsDocument.markdown(for: .standard)
        for binding in Keymap.standard.bindings {
            let keys = binding.keys.map { "`\($0.description)`" }.joined(separator: ", ")
            let rows = page.split(separator: "\n").filter { $0.hasPrefix("| \(keys) | `\(binding.action.rawValue)` |") }
            #expect(rows.count == 1, "\(binding.action)")
            #expect(rows.first?.contains("(asks first)") == binding.isDestructive, "\(binding.action)")
        }
        #expect(page.contains("| `d` | `delete` | Delete or discard (asks first) |"))
        #expect(page.contains("| `ctrl+c` | – | Quit, from anywhere (cannot be rebound) |"))
        for group in KeyBinding.Group.allCases { #expect(page.contains("\n## \(group.rawValue)\n")) }
    }

    @Test func reboundKeysAreListed() throws {
        let keymap = try Keymap.standard.rebinding(["start": "s, ctrl+n", "help": "f1"])
        let page = KeyBindingsDocument.markdown(for: keymap)
        #expect(page.contains("| `s`, `ctrl+n` | `start` | Start a timer |"))
        #expect(page.contains("| `f1` | `help` | Help |"))
    }

    /// The documented text-field keys are the ones `LineEditor` takes.
    @Test func lineEditingKeysAreTheLineEditors() throws {
        for row in KeyBindingsDocument.lineEditing {
            for spelling in row.keys {
                let key = try #require(KeyEvent(spelling: spelling), "\(spelling)")
                var editor = LineEditor("some text")
                let handled = editor.handle(key)
                #expect(handled, "\(spelling) is documented as a line-editing key")
            }
        }
    }

    /// Every key named in the dialog tables is a key the app can read.
    @Test func dialogKeysAreRealKeys() {
        for section in KeyBindingsDocument.dialogSections {
            for row in section.rows {
                for spelling in row.keys { #expect(KeyEvent(spelling: spelling) != nil, "\(section.title): \(spelling)") }
            }
        }
    }

    @Test func tableCellsEscapePipesAndBackticks() {
        #expect(KeyBindingsDocument.code("`") == "`` ` ``")
        #expect(KeyBindingsDocument.cell("`|`") == "`\\|`")
    }
}
