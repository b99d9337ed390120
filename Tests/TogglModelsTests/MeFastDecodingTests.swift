import Foundation
import Testing
@testable import TogglModels

/// `Me.decoded(from:)`: the related arrays read by the fast reader, the rest by `JSONDecoder`,
/// always giving what `TogglJSON.makeDecoder()` gives for the whole body.
@Suite struct MeFastDecodingTests {
    static func reference(_ text: String) -> Me? {
        try? TogglJSON.makeDecoder().decode(Me.self, from: Data(text.utf8))
    }

    /// A `/me` with every related array, fields the models do not keep, and escapes in values.
    static let sample = #"""
        {"id":7,"email":"a@example.com","fullname":"A \"B\" \u00e9","timezone":"Europe/Berlin","beginning_of_week":1,
         "unknown_profile_field":{"x":[1,2.5,null,true]},
         "workspaces":[{"id":1,"organization_id":2,"name":"W","premium":false}],
         "clients":[{"id":3,"wid":1,"name":"C","archived":false,"at":"2024-11-08T19:11:14.332795Z","creator_id":7}],
         "projects":[{"id":4,"workspace_id":1,"client_id":3,"name":"P\u00e9","active":true,"color":"#06aaf5",
                      "billable":null,"rate":12.5,"start_date":"2024-01-02","actual_hours":3,"something_new":"x"}],
         "tags":[{"id":5,"workspace_id":1,"name":"T","at":"2022-11-04T23:23:28.20983Z","creator_id":7}],
         "tasks":null,
         "time_entries":[{"id":6,"workspace_id":1,"project_id":4,"start":"2024-12-15T10:00:00+00:00","stop":null,
                          "duration":-1,"description":"d\n","tags":["T"],"tag_ids":[5],"user_id":7,"uid":7,
                          "shared_with":[{"user_id":8,"accepted":true,"x":1}],"not_modelled":[{}]}],
         "authorization_updated_at":"2024-12-14T12:04:59.513697Z"}
        """#

    @Test func aSampleWithUnknownFieldsIsReadTheFastWayAsJSONDecoderReadsIt() throws {
        let fast = try #require(Me.fastDecoded(from: Data(Self.sample.utf8)))
        let reference = try #require(Self.reference(Self.sample))
        #expect(fast == reference)
        #expect(fast.projects?.first?.name == "P\u{e9}")
        #expect(fast.tasks == nil)
        #expect(fast.timeEntries?.first?.sharedWith?.first?.accepted == true)
    }

    @Test(.enabled(if: Fixtures.available, "fixtures folder not found beside the package; skipped"))
    func theRecordedAnswersAreReadTheFastWayAsJSONDecoderReadsThem() throws {
        for name in ["GET_me.with_related_data.200.json", "GET_me.200.json"] {
            let data = try Fixtures.data(name)
            let fast = try #require(Me.fastDecoded(from: data), "\(name) read the fast way")
            #expect(fast == (try TogglJSON.makeDecoder().decode(Me.self, from: data)), "\(name)")
        }
    }

    @Test(arguments: [
        // A repeated array key (`JSONDecoder` keeps the first).
        #"{"id":1,"tags":[],"tags":[{"id":2}]}"#,
        // An escaped key that spells an array's.
        #"{"id":1,"t\u0061gs":[{"id":2}]}"#,
        // A row key outside ASCII is not judged here (`JSONDecoder` rejects invalid UTF-8).
        "{\"id\":1,\"tags\":[{\"id\":2,\"\u{e9}x\":1}]}",
        // A fraction where an id is due, an unusual number in a skipped field.
        #"{"id":1,"tags":[{"id":2.0}]}"#,
        #"{"id":1,"projects":[{"id":2,"x":01}]}"#,
        // Not an array, trailing bytes, no `id`.
        #"{"id":1,"clients":{}}"#,
        #"{"id":1} x"#,
        #"{"clients":[]}"#,
    ])
    func whatTheReaderIsNotSureOfIsLeftToJSONDecoder(text: String) {
        #expect(Me.fastDecoded(from: Data(text.utf8)) == nil)
        // And the public entry point still answers as `JSONDecoder` does, value or error.
        let decoded = try? Me.decoded(from: Data(text.utf8))
        #expect(decoded == Self.reference(text))
    }

    @Test func anAnswerJSONDecoderRejectsThrowsTheSameWay() {
        let text = #"{"id":"seven","tags":[]}"#
        #expect(throws: DecodingError.self) { try Me.decoded(from: Data(text.utf8)) }
    }
}
