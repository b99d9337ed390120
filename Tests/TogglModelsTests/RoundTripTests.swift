import Foundation
import Testing
import TogglModels

/// Read models encode back to Toggl's shape (the sandbox serves them): decode → encode → decode
/// gives the same value, and for the byte-verbatim go-api-libs recordings the encoded objects
/// carry exactly the keys Toggl sent.
@Suite(.enabled(if: Fixtures.available, "fixtures folder not found beside the package; skipped"))
struct FixtureRoundTripTests {
    @Test(arguments: Fixtures.jsonBodyNames)
    func decodeEncodeDecodeIsStable(_ fileName: String) throws {
        let rule = try #require(FixtureMapping.rule(for: fileName), "no mapping for \(fileName)")
        let result = try rule.roundTrip(Fixtures.data(fileName))
        #expect(result.equal, "\(fileName) changed in a round trip as \(rule.typeName)")
        #expect(result.first == result.second, "\(fileName): encoding is not stable")
    }

    /// Recordings from go-api-libs are verbatim wire bodies (evrone's were rewritten upstream).
    static let wireRecordings: [String] = Fixtures.jsonBodyNames.filter { name in
        !name.hasPrefix("evrone.") && FixtureMapping.rule(for: name)?.isModel == true
    }

    @Test(arguments: wireRecordings)
    func encodedKeysMatchTheWire(_ fileName: String) throws {
        let rule = try #require(FixtureMapping.rule(for: fileName))
        let data = try Fixtures.data(fileName)
        let encoded = try rule.roundTrip(data).first
        let decoder = JSONDecoder()
        let original = try decoder.decode(JSONValue.self, from: data)
        let ours = try decoder.decode(JSONValue.self, from: encoded)
        let differences = keyDifferences(original, ours, path: "$")
        #expect(differences.isEmpty, "\(fileName): \(differences.prefix(5).joined(separator: "; "))")
    }
}

/// Differences in object key sets between two JSON trees (values are not compared: timestamps
/// are respelled and `null` arrays become `[]`).
func keyDifferences(_ a: JSONValue, _ b: JSONValue, path: String) -> [String] {
    switch (a, b) {
    case let (.object(x), .object(y)):
        var out: [String] = []
        let missing = Set(x.keys).subtracting(y.keys).sorted()
        let extra = Set(y.keys).subtracting(x.keys).sorted()
        if !missing.isEmpty { out.append("\(path) missing \(missing)") }
        if !extra.isEmpty { out.append("\(path) extra \(extra)") }
        for key in Set(x.keys).intersection(y.keys).sorted() {
            if let xv = x[key], let yv = y[key] {
                out += keyDifferences(xv, yv, path: "\(path).\(key)")
            }
        }
        return out
    case let (.array(x), .array(y)):
        guard x.count == y.count else { return ["\(path) count \(x.count) vs \(y.count)"] }
        return zip(x, y).enumerated().flatMap { keyDifferences($1.0, $1.1, path: "\(path)[\($0)]") }
    default:
        return []
    }
}

@Suite struct TimeEntryEncodingTests {
    private let start = Date(timeIntervalSince1970: 1_734_314_124)  // 2024-12-16T01:55:24Z

    private func encodedObject(_ entry: TimeEntry) throws -> [String: JSONValue] {
        let data = try TogglJSON.makeEncoder().encode(entry)
        guard case .object(let object) = try JSONDecoder().decode(JSONValue.self, from: data) else {
            Issue.record("not an object")
            return [:]
        }
        return object
    }

    @Test func mirrorsAndDuronlyWithoutProject() throws {
        let entry = TimeEntry(id: 3_730_303_299, workspaceID: 2_230_580, userID: 2_166_261,
                              start: start, duration: -1, description: "Hello Toggl")
        let object = try encodedObject(entry)
        #expect(object["wid"] == .integer(2_230_580))
        #expect(object["uid"] == .integer(2_166_261))
        #expect(object["duronly"] == .bool(true))
        #expect(object["pid"] == nil)
        #expect(object["tid"] == nil)
        #expect(object["project_id"] == .null)
        #expect(object["task_id"] == .null)
        #expect(object["stop"] == .null)
        #expect(object["server_deleted_at"] == .null)
        #expect(object["description"] == .string("Hello Toggl"))
        #expect(object["start"] == .string("2024-12-16T01:55:24Z"))
        #expect(object["tags"] == .array([]))
        #expect(object["client_name"] == nil)  // meta fields only when present
    }

    @Test func pidAndTidWhenSet() throws {
        let entry = TimeEntry(id: 1, workspaceID: 2, projectID: 3, taskID: 4, userID: 5,
                              start: start, stop: start.addingTimeInterval(60), duration: 60)
        let object = try encodedObject(entry)
        #expect(object["pid"] == .integer(3))
        #expect(object["project_id"] == .integer(3))
        #expect(object["tid"] == .integer(4))
        #expect(object["task_id"] == .integer(4))
        #expect(object["description"] == .null)
    }

    @Test func exactBody() throws {
        let entry = TimeEntry(id: 7, workspaceID: 2, userID: 5, start: start, duration: -1,
                              at: Date(timeIntervalSince1970: 1_734_314_124.5))
        let json = String(decoding: try TogglJSON.makeEncoder().encode(entry), as: UTF8.self)
        #expect(json == #"{"at":"2024-12-16T01:55:24.500000Z","billable":false,"description":null,"duration":-1,"#
            + #""duronly":true,"id":7,"project_id":null,"server_deleted_at":null,"start":"2024-12-16T01:55:24Z","#
            + #""stop":null,"tag_ids":[],"tags":[],"task_id":null,"uid":5,"user_id":5,"wid":2,"workspace_id":2}"#)
    }

    @Test func projectEncodesMirrorsAndDay() throws {
        let project = Project(id: 9, workspaceID: 2, clientID: 3, name: "P",
                              startDate: TogglTimestamp.parse("2017-08-28"))
        let data = try TogglJSON.makeEncoder().encode(project)
        guard case .object(let object) = try JSONDecoder().decode(JSONValue.self, from: data) else {
            Issue.record("not an object")
            return
        }
        #expect(object["wid"] == .integer(2))
        #expect(object["cid"] == .integer(3))
        #expect(object["client_id"] == .integer(3))
        #expect(object["start_date"] == .string("2017-08-28"))
        #expect(object["end_date"] == nil)
        #expect(object["rate"] == .null)

        let noClient = Project(id: 9, workspaceID: 2, name: "P")
        guard case .object(let other) = try JSONDecoder().decode(
            JSONValue.self, from: try TogglJSON.makeEncoder().encode(noClient)) else { return }
        #expect(other["cid"] == .null)
        #expect(other["client_id"] == .null)
    }

    @Test func clientUsesWid() throws {
        let client = Client(id: 1, workspaceID: 2, name: "C")
        let json = String(decoding: try TogglJSON.makeEncoder().encode(client), as: UTF8.self)
        #expect(json == #"{"archived":false,"at":null,"creator_id":null,"id":1,"name":"C","wid":2}"#)
    }
}
