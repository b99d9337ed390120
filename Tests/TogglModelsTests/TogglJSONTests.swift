import Foundation
import Testing
import TogglModels

@Suite struct TogglJSONTests {
    private struct Stamp: Codable, Equatable {
        var at: Date
        var url: String
    }

    @Test func decoderReadsEveryTimestampSpelling() throws {
        let decoder = TogglJSON.makeDecoder()
        let spellings = ["2024-12-16T01:55:24Z", "2024-12-16T01:55:24+00:00", "2024-12-16T04:55:24+03:00",
                         "2024-12-16T01:55:24.000000Z", "2024-12-16t01:55:24z"]
        for spelling in spellings {
            let stamp = try decoder.decode(Stamp.self, from: Data(#"{"at":"\#(spelling)","url":""}"#.utf8))
            #expect(stamp.at.timeIntervalSince1970 == 1_734_314_124, "\(spelling)")
        }
    }

    @Test func decoderRejectsBadTimestamps() {
        let decoder = TogglJSON.makeDecoder()
        #expect(throws: DecodingError.self) {
            try decoder.decode(Stamp.self, from: Data(#"{"at":"yesterday","url":""}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Stamp.self, from: Data(#"{"at":1734314124,"url":""}"#.utf8))
        }
    }

    @Test func encoderIsSortedUTCAndUnescaped() throws {
        let stamp = Stamp(at: Date(timeIntervalSince1970: 1_734_314_124), url: "https://x/y")
        let json = String(decoding: try TogglJSON.makeEncoder().encode(stamp), as: UTF8.self)
        #expect(json == #"{"at":"2024-12-16T01:55:24Z","url":"https://x/y"}"#)
        let back = try TogglJSON.makeDecoder().decode(Stamp.self, from: Data(json.utf8))
        #expect(back == stamp)
    }
}

@Suite struct JSONValueTests {
    @Test func decodesEveryKind() throws {
        let json = #"{"a":null,"b":true,"c":3730303299,"d":1.5,"e":"s","f":[1,"x"],"g":{"h":false}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(value == [
            "a": nil, "b": true, "c": 3_730_303_299, "d": 1.5, "e": "s", "f": [1, "x"], "g": ["h": false],
        ])
        let again = try JSONDecoder().decode(JSONValue.self, from: TogglJSON.makeEncoder().encode(value))
        #expect(again == value)
    }

    @Test func largeIntegersStayExact() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data("9007199254740993".utf8))
        #expect(value == .integer(9_007_199_254_740_993))
        #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == "9007199254740993")
    }
}

/// Secrets (`api_token`, `intercom_hash`, `ical_url`) never show up in descriptions or dumps.
@Suite struct SecretRedactionTests {
    private let token = "s3cr3t-api-token-0123456789abcdef"

    private func everyRendering<T>(of value: T) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    @Test func meRedactsItsToken() throws {
        let workspace = Workspace(id: 1, name: "W", apiToken: Secret("ws-\(token)"),
                                  icalURL: Secret("/ical/workspace_user/\(token)"))
        let me = Me(id: 2_166_261, apiToken: Secret(token), email: "user@example.com",
                    intercomHash: Secret("hash-\(token)"), workspaces: [workspace])
        for rendering in everyRendering(of: me) {
            #expect(!rendering.contains(token))
            #expect(rendering.contains("<redacted>"))
            #expect(rendering.contains("2166261"))
        }
        for rendering in everyRendering(of: workspace) {
            #expect(!rendering.contains(token))
        }
        #expect(me.apiToken?.revealed == token)
    }

    @Test func tokenIsStillEncodedForTheWire() throws {
        let me = Me(id: 1, apiToken: Secret(token))
        let json = String(decoding: try TogglJSON.makeEncoder().encode(me), as: UTF8.self)
        #expect(json.contains(#""api_token":"\#(token)""#))
        let back = try TogglJSON.makeDecoder().decode(Me.self, from: Data(json.utf8))
        #expect(back.apiToken?.revealed == token)
    }

    @Test(.enabled(if: Fixtures.available, "fixtures folder not found; skipped"))
    func recordedMeRedactsItsToken() throws {
        let me = try Fixtures.decode(Me.self, "GET_me.with_related_data.200.json")
        for rendering in everyRendering(of: me) {
            #expect(!rendering.contains("fake0api0token"))
            #expect(!rendering.contains("fake0workspace0token"))
            #expect(!rendering.contains("fake0ical0token"))
            #expect(!rendering.contains("fake0intercom0hash"))
        }
    }
}
