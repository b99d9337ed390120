import Foundation
import Testing
@testable import TogglModels

/// `MeStreamReader`: a `/me` answer read chunk by chunk as it arrives gives what
/// `Me.decoded(from:)` (and so `JSONDecoder`) gives for the whole body, value or failure,
/// however the body is cut.
@Suite struct MeStreamReaderTests {
    /// The answer read in chunks of the given sizes (repeated until the body is used up).
    static func streamed(_ data: Data, chunks sizes: [Int]) -> Result<Me, MeStreamReader.Undecodable> {
        var reader = MeStreamReader()
        let bytes = [UInt8](data)
        var start = 0
        var turn = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(1, sizes[turn % sizes.count]))
            bytes[start..<end].withUnsafeBytes { reader.consume($0) }
            start = end
            turn += 1
        }
        return Result { try reader.finish() }.mapError { $0 as? MeStreamReader.Undecodable ?? .init(reason: "\($0)") }
    }

    /// The cuts every answer here is read with: byte by byte, odd sizes, URLSession's usual
    /// 16 KiB, and whole.
    static let cuts: [[Int]] = [[1], [2, 3, 5], [7], [64, 1], [16_384], [Int.max]]

    /// Checks that every cut reads `text` as `Me.decoded(from:)` does.
    static func expectSameAsWhole(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let data = Data(text.utf8)
        let whole = try? Me.decoded(from: data)
        for cut in cuts {
            let streamed = try? streamed(data, chunks: cut).get()
            #expect(streamed == whole, "cut \(cut): \(text.prefix(300))", sourceLocation: sourceLocation)
        }
    }

    @Test func aSampleWithEveryArrayIsReadAsTheWholeBodyIsWhereverItIsCut() throws {
        let data = Data(MeFastDecodingTests.sample.utf8)
        let whole = try Me.decoded(from: data)
        for cut in Self.cuts {
            #expect(try Self.streamed(data, chunks: cut).get() == whole, "cut \(cut)")
        }
        #expect(whole.projects?.first?.name == "P\u{e9}")
        #expect(whole.timeEntries?.count == 1)
    }

    @Test(.enabled(if: Fixtures.available, "fixtures folder not found beside the package; skipped"))
    func theRecordedAnswersAreReadAsTheWholeBodyIs() throws {
        for name in ["GET_me.with_related_data.200.json", "GET_me.200.json"] {
            let data = try Fixtures.data(name)
            let whole = try TogglJSON.makeDecoder().decode(Me.self, from: data)
            for cut in Self.cuts {
                #expect(try Self.streamed(data, chunks: cut).get() == whole, "\(name), cut \(cut)")
            }
        }
    }

    @Test(arguments: [
        // What `JSONDecoder` accepts and the stream must too.
        "\u{FEFF}" + #"{"id":1,"tags":[{"id":2,"name":"T","workspace_id":3}]}"#,
        " \n\t{ \"id\" : 1 , \"tags\" : [ ] , \"clients\" : null } \r\n",
        #"{"id":1,"t\u0061gs":[{"id":2,"name":"T","workspace_id":3}]}"#,
        #"{"id":1,"tags":[{"id":2,"name":"A","workspace_id":3}],"tags":[{"id":"not read"}]}"#,
        #"{"id":1,"tags":null,"tags":[{"id":2}]}"#,
        #"{"id":1,"fullname":"x","fullname":"y","workspaces":[],"options":{"a":[{"b":"]}"}]}}"#,
        #"{"id":1,"tags":[{"id":2.0,"name":"T","workspace_id":3}]}"#,
        #"{"id":1,"projects":[{"id":2,"workspace_id":3,"name":"a \"quoted\" ] } name\\"}]}"#,
        #"{"id":1,"clients":[{"id":3,"wid":1,"name":"C","unknown":[1,{"x":"}"}]}]}"#,
        // A comma before a closing bracket, which `JSONDecoder` accepts.
        #"{"id":1,}"#,
        #"{"id":1,"tags":[{"id":2,"name":"T","workspace_id":3},]}"#,
        // What `JSONDecoder` rejects and the stream must too.
        #"{"id":1,"tags":[],"tags":[}"#,
        #"{"id":1,"tags":[{"id":"two"}]}"#,
        #"{"id":1,"tags":{}}"#,
        #"{"id":1,"tags":5}"#,
        #"{"id":1,"tags":nul}"#,
        #"{"id":1,"tags":nullx}"#,
        #"{"id":1,"tags":[1]}"#,
        #"{"id":1,"projects":[{"id":2,"x":01}]}"#,
        #"{"id":1} x"#,
        #"{"id":1}{"#,
        #"{"id":1,"tags":[{"id":2}"#,
        #"{"id":1,"tags":[,]}"#,
        #"{"id":1,,"fullname":"x"}"#,
        #"{,"id":1}"#,
        #"{"id":1,"tags":[{"id":2,"name":"T","workspace_id":3},,]}"#,
        #"{"clients":[]}"#,
        #"{"id":1,"t\u00ZZgs":[]}"#,
        #"["id"]"#,
        "",
        "\u{FEFF}",
    ])
    func oddAndBrokenAnswersAreJudgedAsTheWholeBodyIs(text: String) {
        Self.expectSameAsWhole(text)
    }

    @Test(arguments: [508, 509, 510, 511, 512, 513])
    func aDeeplyNestedRowIsJudgedAsInTheWholeBody(depth: Int) {
        // An unknown key of a tag holding `depth` nested arrays: `JSONDecoder` counts the levels
        // from the answer's object, two above the row.
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        Self.expectSameAsWhole(#"{"id":1,"tags":[{"id":2,"name":"T","workspace_id":3,"x":"# + nested + "}]}")
    }

    @Test func aRepeatedArrayKeepsTheFirstAsJSONDecoderDoes() throws {
        let text = #"{"id":1,"tags":[{"id":2,"name":"A","workspace_id":3}],"tags":[{"id":9,"name":"B","workspace_id":3}]}"#
        let me = try Self.streamed(Data(text.utf8), chunks: [3]).get()
        #expect(me.tags?.map(\.id) == [2])
    }

    @Test func aFailureSaysWhatWasWrongAndKeepsTheFirstBytesForTheMessage() {
        let text = #"{"id":1,"tags":[{"id":"two"}]}"#
        var reader = MeStreamReader()
        Data(text.utf8).withUnsafeBytes { reader.consume($0) }
        #expect(reader.head == Array(text.utf8))
        #expect(throws: MeStreamReader.Undecodable.self) { try reader.finish() }

        var long = MeStreamReader()
        let body = Data(("{\"id\":1,\"options\":\"" + String(repeating: "x", count: 1_000) + "\"}").utf8)
        body.withUnsafeBytes { long.consume($0) }
        #expect(long.head.count == MeStreamReader.headLimit)
        #expect(throws: MeStreamReader.Undecodable(reason: "the answer is empty")) {
            var empty = MeStreamReader()
            _ = try empty.finish()
        }
    }
}
