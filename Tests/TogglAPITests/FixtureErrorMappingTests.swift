import Foundation
import Testing
@testable import TogglAPI

/// Every recorded error answer in `../shared/toggl-api/fixtures/` — JSON-string bodies, empty
/// bodies and plain text alike — maps to the `APIError` of its status, with the server's words.
/// New error recordings are covered without new code: the status comes from the file name.
@Suite(.enabled(if: Fixtures.available, "the shared fixtures folder is not beside the package"))
struct FixtureErrorMappingTests {
    /// Error body files and their statuses, from names like `GET_me.401_missing_auth.txt`,
    /// `POST_me_organizations.405.txt` or `error.402_hourly_quota.txt`.
    static var errorFixtures: [(name: String, status: Int)] {
        guard let directory = Fixtures.directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { !$0.hasSuffix(".source.txt") && ($0.hasSuffix(".json") || $0.hasSuffix(".txt")) }
            .compactMap { name -> (String, Int)? in
                let parts = name.split(separator: ".")
                for part in parts {
                    let digits = part.prefix(3)
                    if digits.count == 3, let status = Int(digits), (400...599).contains(status),
                       part.count == 3 || part.dropFirst(3).first == "_" {
                        return (name, status)
                    }
                }
                return nil
            }
            .sorted { $0.0 < $1.0 }
    }

    @Test func thereAreErrorRecordings() {
        #expect(Self.errorFixtures.count >= 7)
    }

    @Test(arguments: errorFixtures.map(\.name))
    func recordedErrorMapsToItsStatus(name: String) throws {
        let status = try #require(Self.errorFixtures.first { $0.name == name }?.status)
        let body = try Fixtures.data(name)
        let error = APIError(response: HTTPResponse(status: status, body: body), bucket: .user)
        #expect(error.status == status, "\(name) mapped to \(error)")
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        switch error {
        case .badRequest(let message), .forbidden(let message), .notFound(let message), .conflict(let message),
             .premiumRequired(let message):
            // A JSON-string body arrives as its words, without quotes.
            #expect(!message.isEmpty)
            #expect(!message.hasPrefix("\""))
            #expect(text.contains(message) || message.contains("hourly"))
        case .unauthorized, .methodNotAllowed:
            #expect(text.isEmpty, "\(name): empty body expected")
        case .quotaExhausted(_, let seconds):
            #expect(seconds == 1838)
        default:
            Issue.record("\(name): unexpected mapping \(error)")
        }
        #expect(!error.description.isEmpty)
    }
}
