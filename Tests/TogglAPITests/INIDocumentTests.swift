import Testing
import TogglAPI

/// A `~/.togglrc` as toggl-cli 2.x writes it, plus the hand edits people make.
let realLookingTogglrc = """
    # toggl-cli configuration
    ; edited by hand on 2024-03-01

    [version]
    version = 2.4.4

    [auth]
    api_token = 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d
    user_name = jane@example.com

    [options]
    tz = local
    default_wid = 1234567
    continue_creates = True
    datetime_type = LOCALE
    datetime_format = LTS L
    time_format = %I:%M%p
    retries = 2
    year_first: False
    day_first=False

    # logging goes to a file when enabled
    [logging]
    file_logging = False
    file_logging_path =

    """

@Suite struct INIDocumentTests {
    private func parse(_ text: String, file: String = "togglrc") throws -> INIDocument {
        try INIDocument(parsing: text, fileName: file)
    }

    @Test func readsARealLookingTogglrc() throws {
        let doc = try parse(realLookingTogglrc)
        #expect(doc.sectionNames == ["version", "auth", "options", "logging"])
        #expect(doc.value(section: "auth", key: "api_token") == "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d")
        #expect(doc.value(section: "options", key: "tz") == "local")
        #expect(doc.value(section: "options", key: "default_wid") == "1234567")
        #expect(doc.value(section: "options", key: "datetime_format") == "LTS L")
        #expect(doc.value(section: "options", key: "time_format") == "%I:%M%p")
        #expect(doc.value(section: "options", key: "year_first") == "False")
        #expect(doc.value(section: "options", key: "day_first") == "False")
        #expect(doc.value(section: "logging", key: "file_logging_path") == "")
        #expect(doc.value(section: "options", key: "missing") == nil)
        #expect(doc.value(section: "missing", key: "tz") == nil)
        #expect(doc.keys(inSection: "options").first == "tz")
    }

    @Test func roundTripIsByteForByte() throws {
        let samples = [
            realLookingTogglrc,
            "",
            "\n\n",
            "# only a comment",
            "[a]\nk = v",  // no final newline
            "[a]\r\nk = v\r\n; note\r\n",  // CRLF
            "\u{FEFF}[a]\nk=v\n",  // byte order mark
            "  [ spaced ]  \n\tkey\t=\tvalue with  spaces\t\n   # indented comment\n",
        ]
        for sample in samples {
            #expect(try parse(sample).text == sample)
        }
    }

    @Test func settingAnExistingKeyKeepsItsPositionAndEverythingElse() throws {
        var doc = try parse(realLookingTogglrc)
        try doc.setValue("Europe/Prague", section: "options", key: "tz")
        let expected = realLookingTogglrc.replacingOccurrences(of: "tz = local", with: "tz = Europe/Prague")
        #expect(doc.text == expected)
        #expect(doc.value(section: "options", key: "tz") == "Europe/Prague")
    }

    @Test func settingKeepsTheSeparatorStyleOfTheLine() throws {
        var doc = try parse("[o]\nyear_first: False\nday_first=False\nempty =\ncolon:\n")
        try doc.setValue("True", section: "o", key: "YEAR_FIRST")
        try doc.setValue("True", section: "o", key: "day_first")
        try doc.setValue("x", section: "o", key: "empty")
        try doc.setValue("y", section: "o", key: "colon")
        #expect(doc.text == "[o]\nyear_first: True\nday_first=True\nempty = x\ncolon: y\n")
        try doc.setValue("", section: "o", key: "empty")
        #expect(doc.text == "[o]\nyear_first: True\nday_first=True\nempty =\ncolon: y\n")
    }

    @Test func addingAKeyToAnExistingSectionPutsItAfterTheSectionsLastKey() throws {
        var doc = try parse(realLookingTogglrc)
        try doc.setValue("secret", section: "auth", key: "password")
        let expected = realLookingTogglrc.replacingOccurrences(
            of: "user_name = jane@example.com\n",
            with: "user_name = jane@example.com\npassword = secret\n")
        #expect(doc.text == expected)

        // Before the comment that introduces [logging], not after it.
        try doc.setValue("https://toggl.example/api/v9", section: "options", key: "api_url")
        #expect(doc.text.contains("day_first=False\napi_url = https://toggl.example/api/v9\n\n# logging"))
    }

    @Test func addingAKeyToAnEmptySectionPutsItRightAfterTheHeader() throws {
        var doc = try parse("[a]\n# nothing yet\n\n[b]\nk = v\n")
        try doc.setValue("1", section: "a", key: "n")
        #expect(doc.text == "[a]\nn = 1\n# nothing yet\n\n[b]\nk = v\n")
    }

    @Test func addingANewSectionAppendsItAfterABlankLine() throws {
        var doc = try parse("[auth]\napi_token = t\n")
        try doc.setValue("42", section: "options", key: "default_wid")
        #expect(doc.text == "[auth]\napi_token = t\n\n[options]\ndefault_wid = 42\n")

        var empty = INIDocument(fileName: "new")
        try empty.setValue("t", section: "auth", key: "api_token")
        #expect(empty.text == "[auth]\napi_token = t\n")
    }

    @Test func newLinesFollowTheFilesLineEndings() throws {
        var doc = try parse("[a]\r\nk = v\r\n")
        try doc.setValue("w", section: "a", key: "k")
        try doc.setValue("x", section: "a", key: "k2")
        try doc.setValue("y", section: "b", key: "k")
        #expect(doc.text == "[a]\r\nk = w\r\nk2 = x\r\n\r\n[b]\r\nk = y\r\n")
    }

    @Test func removingAKeyRemovesOnlyItsLine() throws {
        var doc = try parse(realLookingTogglrc)
        doc.removeValue(section: "auth", key: "USER_NAME")
        #expect(doc.text == realLookingTogglrc.replacingOccurrences(of: "user_name = jane@example.com\n", with: ""))
        #expect(doc.value(section: "auth", key: "user_name") == nil)
        #expect(doc.sectionNames.contains("auth"))
        let before = doc.text
        doc.removeValue(section: "auth", key: "nothing")
        doc.removeValue(section: "nowhere", key: "x")
        #expect(doc.text == before)
    }

    @Test func keysAreCaseInsensitiveSectionsAreNot() throws {
        var doc = try parse("[Auth]\nAPI_Token = t\n")
        #expect(doc.value(section: "Auth", key: "api_token") == "t")
        #expect(doc.value(section: "Auth", key: "API_TOKEN") == "t")
        #expect(doc.value(section: "auth", key: "api_token") == nil)
        try doc.setValue("u", section: "Auth", key: "api_token")
        #expect(doc.text == "[Auth]\nAPI_Token = u\n")  // original key spelling kept
    }

    @Test func valuesAreTrimmedAndKeepCommentCharacters() throws {
        let doc = try parse("[a]\nk =   spaced value   \nurl: https://x.example:8080/api\nc = a ; not a comment\n")
        #expect(doc.value(section: "a", key: "k") == "spaced value")
        #expect(doc.value(section: "a", key: "url") == "https://x.example:8080/api")
        #expect(doc.value(section: "a", key: "c") == "a ; not a comment")
    }

    @Test func settingAMultiLineValueFoldsItIntoOneLine() throws {
        var doc = INIDocument()
        try doc.setValue("  one\ntwo\r\nthree  ", section: "a", key: "k")
        #expect(doc.text == "[a]\nk = one two three\n")
        #expect(try parse(doc.text).value(section: "a", key: "k") == "one two three")
    }

    @Test(arguments: [
        ("[auth]\napi_token = t\nthis line has no separator\n", 3),
        ("# c\n\n[auth]\n= value\n", 4),
        ("api_token = t\n[auth]\n", 1),
        ("[auth]\n[auth]\n", 2),
        ("[auth]\nk = 1\nK = 2\n", 3),
        ("[auth]\n[]\n", 2),
        ("[auth] trailing\n", 1),
    ])
    func malformedLinesNameFileAndLine(text: String, line: Int) throws {
        let error = #expect(throws: ConfigError.self) { try parse(text, file: "/tmp/x/.togglrc") }
        guard case .malformed(let file, let reported, _) = error else {
            Issue.record("expected .malformed, got \(String(describing: error))")
            return
        }
        #expect(file == "/tmp/x/.togglrc")
        #expect(reported == line)
        #expect(error?.description.hasPrefix("/tmp/x/.togglrc:\(line): ") == true)
    }

    @Test func unterminatedSectionHeader() throws {
        let error = #expect(throws: ConfigError.self) { try parse("# top\n[auth\napi_token = t\n", file: "rc") }
        #expect(error == .malformed(file: "rc", line: 2, reason: "unterminated section header (missing ']')"))
    }

    @Test func malformedMessagesDoNotQuoteTheLine() throws {
        let error = #expect(throws: ConfigError.self) { try parse("[auth]\napi_token s3cr3tvalue\n") }
        #expect(error?.description.contains("s3cr3tvalue") == false)
    }

    @Test func headerMayCarryAComment() throws {
        let doc = try parse("[auth] ; credentials\nk = v\n")
        #expect(doc.sectionNames == ["auth"])
    }

    @Test func descriptionAndDumpShowNoValues() throws {
        let doc = try parse("[auth]\napi_token = s3cr3t\n", file: "rc")
        #expect(!doc.description.contains("s3cr3t"))
        var dumped = ""
        dump(doc, to: &dumped)
        #expect(!dumped.contains("s3cr3t"))
        #expect(!String(reflecting: doc).contains("s3cr3t"))
    }
}

@Suite struct INIDocumentLineNumberTests {
    @Test func lineNumberNamesWhereAKeyIs() throws {
        let text = "# mine\n[options]\ntz = local\n\n[keys]\nStart = s, ctrl+n\n"
        let document = try INIDocument(parsing: text, fileName: "config")
        #expect(document.lineNumber(section: "options", key: "tz") == 3)
        #expect(document.lineNumber(section: "keys", key: "start") == 6)
        #expect(document.lineNumber(section: "keys", key: "stop") == nil)
        #expect(document.lineNumber(section: "auth", key: "tz") == nil)
    }
}
