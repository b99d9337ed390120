import Foundation
import Testing
@testable import TogglAPI

@Suite struct APIErrorMappingTests {
    private func map(_ status: Int, _ body: String = "", headers: [String: String] = [:], bucket: QuotaBucket = .user) -> APIError {
        APIError(response: .text(status, body, headers: headers), bucket: bucket)
    }

    @Test func badRequestCarriesTheServersMessage() {
        #expect(map(400, #""start is required for time entry creation""#)
            == .badRequest(message: "start is required for time entry creation"))
    }

    @Test func everyStatusMapsToItsCase() {
        #expect(map(401) == .unauthorized)
        #expect(map(403, #""Incorrect username and/or password""#) == .forbidden(message: "Incorrect username and/or password"))
        #expect(map(404, #""Time entry not found""#) == .notFound(message: "Time entry not found"))
        #expect(map(405) == .methodNotAllowed)
        #expect(map(409, #""Time entry already stopped""#) == .conflict(message: "Time entry already stopped"))
        #expect(map(410) == .gone)
        #expect(map(429, headers: ["Retry-After": "60"]) == .rateLimited(retryAfterSeconds: 60))
        #expect(map(429) == .rateLimited(retryAfterSeconds: nil))
        #expect(map(500, #""oops""#) == .serverError(status: 500, message: "oops"))
        #expect(map(503) == .serverError(status: 503, message: ""))
        #expect(map(418, #""teapot""#) == .unexpectedStatus(status: 418, message: "teapot"))
    }

    @Test func quota402ReadsHeadersCaseInsensitively() {
        let error = map(402, "You have hit your hourly limit for API calls.",
                        headers: ["x-toggl-quota-remaining": "0", "x-toggl-quota-resets-in": "1838"], bucket: .organization(7))
        #expect(error == .quotaExhausted(bucket: .organization(7), resetsInSeconds: 1838))
        #expect(error.description.contains("31 min"))
    }

    @Test func quota402WithoutHeadersIsRecognisedByItsWording() throws {
        let text = Fixtures.available
            ? String(decoding: try Fixtures.data("error.402_hourly_quota.txt"), as: UTF8.self)
            : "You have hit your hourly limit for API calls. Your quota will reset in 1838 seconds."
        #expect(map(402, text) == .quotaExhausted(bucket: .user, resetsInSeconds: 1838))
    }

    @Test func premium402IsAFeatureNotAQuota() {
        #expect(map(402, #""Workspace needs to have this feature enabled""#, headers: ["X-Toggl-Quota-Remaining": "25"])
            == .premiumRequired(message: "Workspace needs to have this feature enabled"))
    }

    @Test func errorBodiesInOtherShapes() {
        #expect(APIError.message(in: Data(#"{"message":"bad colour"}"#.utf8)) == "bad colour")
        #expect(APIError.message(in: Data("<html><body>429 Too Many Requests</body></html>".utf8)) == "")
        #expect(APIError.message(in: Data("plain words\n".utf8)) == "plain words")
        #expect(APIError.message(in: Data()) == "")
    }

    @Test func snippetsNeverShowTokens() {
        let body = #"{"id":1,"api_token":"not-a-real-token-just-for-tests","email":"a@b.c"}"#
        let snippet = APIError.snippet(of: Data(body.utf8))
        #expect(!snippet.contains("not-a-real-token"))
        #expect(snippet.contains(#""api_token":"(hidden)""#))
    }

    @Test func descriptionsArePlainWords() {
        #expect(APIError.network(.notConnected).description == "Offline: no network connection.")
        #expect(APIError.quotaExhausted(bucket: .user, resetsInSeconds: 42).description
            == "Toggl's hourly request limit (user) is used up; it resets in 42 s.")
        #expect(APIError.unknownOutcome(method: .post, path: "/workspaces/1/time_entries").description
            .contains("may or may not have been saved"))
    }
}
