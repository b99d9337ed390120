import Testing
import TogglAPI

/// Section and key names that cannot be written as INI are thrown errors, never a trap.
@Suite struct ININameTests {
    private static let badSections = ["", "   ", "a]b", "]", "a\nb", "a\rb", "a\u{1B}[31m", "a\u{7F}", "line\u{2028}sep"]
    private static let badKeys = ["", "  ", "a=b", "a:b", "a\nb", "#k", ";k", "[k", "  #k", "k\u{0}", "k\u{85}"]

    @Test func badSectionNamesAreErrorsNamingTheFile() throws {
        for section in Self.badSections {
            var doc = try INIDocument(parsing: "[a]\nk = v\n", fileName: "cfg")
            let before = doc.text
            #expect(throws: ConfigError.self, "section \(section.debugDescription)") {
                try doc.setValue("v", section: section, key: "k")
            }
            #expect(doc.text == before)
            do {
                try doc.setValue("v", section: section, key: "k")
            } catch let error as ConfigError {
                guard case .invalidName(let file, _, let reason) = error else {
                    Issue.record("expected invalidName, got \(error)")
                    continue
                }
                #expect(file == "cfg")
                #expect(reason.hasPrefix("a section name"))
                // The message escapes control characters: nothing can drive the terminal.
                #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
    }

    @Test func badKeysAreErrors() throws {
        for key in Self.badKeys {
            var doc = INIDocument(fileName: "cfg")
            #expect(throws: ConfigError.self, "key \(key.debugDescription)") {
                try doc.setValue("v", section: "options", key: key)
            }
            #expect(doc.text == "")
        }
    }

    @Test func theMessageSaysWhatIsWrong() {
        var doc = INIDocument(fileName: "/home/u/.config/toggl-tui/config")
        #expect(throws: ConfigError.invalidName(
            file: "/home/u/.config/toggl-tui/config", name: "a]b", reason: "a section name must not contain ']'")) {
            try doc.setValue("v", section: "a]b", key: "c")
        }
        let error = ConfigError.invalidName(file: "cfg", name: "k\n\u{1B}x\"", reason: "a key must not contain a line break")
        #expect(error.description == #"cfg: cannot use "k\u{A}\u{1B}x\"" as a name: a key must not contain a line break"#)
    }

    @Test func theConfigSubscriptIgnoresABadNameAndSetValueThrows() throws {
        var config = TogglConfig()
        config[section: "a]b", key: "c"] = "v"
        #expect(config.document.text == "")
        #expect(throws: ConfigError.self) { try config.setValue("v", section: "options", key: "") }
        try config.setValue("v", section: "options", key: "ok")
        #expect(config[section: "options", key: "ok"] == "v")
    }
}
