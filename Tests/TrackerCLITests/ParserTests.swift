import Foundation
import TogglModels
import TrackerStatus
import Testing
@testable import TrackerCLI

/// The parsers of the command line: times, durations, tag edits and name resolution.
struct ParserTests {
    /// Monday 2026-11-23 10:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_428_000)
    static let berlin = Zone(identifier: "Europe/Berlin")!
    let parser = TimeParser(now: ParserTests.now, timeZone: ParserTests.berlin)

    func iso(_ date: Date?) -> String {
        guard let date else { return "nil" }
        return ISO8601DateFormatter().string(from: date)
    }

    @Test func clockTimesAreReadInTheUsersZone() {
        #expect(iso(parser.time("10:10")) == "2026-11-23T09:10:00Z")
        #expect(iso(parser.time("2:10 PM")) == "2026-11-23T13:10:00Z")
        #expect(iso(parser.time("2pm")) == "2026-11-23T13:00:00Z")
        #expect(iso(parser.time("yesterday 17:00")) == "2026-11-22T16:00:00Z")
        #expect(iso(parser.time("2026-11-20 09:30")) == "2026-11-20T08:30:00Z")
    }

    @Test func isoTimesKeepTheirOffset() {
        #expect(iso(parser.time("2026-11-23T09:30:00+01:00")) == "2026-11-23T08:30:00Z")
        #expect(iso(parser.time("2026-11-23T09:30:00Z")) == "2026-11-23T09:30:00Z")
    }

    @Test func nowAndOffsets() {
        #expect(parser.time("now") == Self.now)
        #expect(iso(parser.time("-15m")) == "2026-11-23T09:45:00Z")
        #expect(iso(parser.time("1h ago")) == "2026-11-23T09:00:00Z")
        #expect(iso(parser.time("+30m")) == "2026-11-23T10:30:00Z")
    }

    @Test func badTimesAreUsageErrorsThatShowTheFormats() {
        #expect(parser.time("25:00") == nil)
        #expect(parser.time("lunchtime") == nil)
        #expect(throws: CLIError.usage("Cannot read --at 'soon': \(TimeParser.timeHelp).")) {
            try parser.requireTime("soon", for: "--at")
        }
    }

    @Test func durations() {
        #expect(parser.duration("1h30m") == 5400)
        #expect(parser.duration("90m") == 5400)
        #expect(parser.duration("1:30") == 5400)
        #expect(parser.duration("1.5h") == 5400)
        #expect(parser.duration("45s") == 45)
        #expect(parser.duration("0m") == nil)
        #expect(parser.duration("soon") == nil)
        #expect(throws: CLIError.self) { try parser.requireDuration("x", for: "DURATION") }
    }

    @Test func days() {
        #expect(parser.day("today")?.description == "2026-11-23")
        #expect(parser.day("yesterday")?.description == "2026-11-22")
        #expect(parser.day("2026-11-01")?.description == "2026-11-01")
        #expect(parser.day("2026-02-30") == nil)
    }

    @Test func tagEdits() {
        #expect(TagEdit(parsing: "a, b,a") == .replace(["a", "b"]))
        #expect(TagEdit(parsing: "") == .replace([]))
        #expect(TagEdit(parsing: "+x,-bug,y") == .modify(add: ["x", "y"], remove: ["bug"]))
        #expect(TagEdit(parsing: "+x,-bug").applied(to: ["Bug", "review"]) == ["review", "x"])
        #expect(TagEdit(parsing: "+review").applied(to: ["review"]) == ["review"])
        #expect(TagEdit(parsing: "c").applied(to: ["a"]) == ["c"])
    }

    func projects() -> NameResolver<String> {
        NameResolver(kind: "project", candidates: [
            .init(id: 11, name: "Website Redesign", detail: "Acme Corp", item: "web"),
            .init(id: 12, name: "Mobile App v2", detail: "Globex", item: "mobile"),
            .init(id: 13, name: "Review", item: "review-a"),
            .init(id: 14, name: "review", detail: "Personal", item: "review-b"),
        ])
    }

    @Test func namesResolveByIdExactNameOrUniquePart() throws {
        #expect(try projects().resolve("12") == "mobile")
        #expect(try projects().resolve("website redesign") == "web")
        #expect(try projects().resolve("mobile") == "mobile")
    }

    @Test func ambiguousNamesListTheCandidates() {
        #expect(throws: CLIError.usage("""
            'review' matches several projects; use the name in full or the id:
              Review (13)
              review (14, Personal)
            """)) { try projects().resolve("review") }
        #expect(throws: CLIError.usage("""
            'e' matches several projects; use the name in full or the id:
              Mobile App v2 (12, Globex)
              Review (13)
              review (14, Personal)
              Website Redesign (11, Acme Corp)
            """)) { try projects().resolve("e") }
    }

    @Test func unknownNamesListEveryCandidate() {
        #expect(throws: CLIError.notFound("""
            No project 'Zebra'. The projects are:
              Mobile App v2 (12, Globex)
              Review (13)
              review (14, Personal)
              Website Redesign (11, Acme Corp)
            """)) { try projects().resolve("Zebra") }
        #expect(throws: CLIError.notFound("No tag 'x': there are none.")) {
            try NameResolver<Int>(kind: "tag", candidates: []).resolve("x")
        }
    }

    @Test func tablesAlignWideCharacters() {
        var table = TextTable(columns: [.init("NAME"), .init("TIME", .right)])
        table.rows = [["Café 会议", "1:00"], ["x", "12:30"]]
        #expect(table.render() == """
            NAME        TIME
            Café 会议   1:00
            x          12:30

            """)
    }
}
