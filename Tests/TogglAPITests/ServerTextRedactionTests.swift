import Foundation
import Testing
import TogglAPI

/// Whatever a server says back is scrubbed of the credentials before it becomes an error message,
/// and a redirect is reported, not followed.
@Suite struct ServerTextRedactionTests {
    @Test(arguments: [400, 403, 404, 409, 500, 418])
    func aJSONStringBodyEchoingTheTokenIsRedacted(status: Int) async throws {
        let stub = StubTransport(status: status, json: "\"invalid token \(testToken) for this request\"")
        let client = makeClient(stub, retry: .never)
        do {
            try await client.send(APIRequest(.get, "/me"))
            Issue.record("expected an error")
        } catch let error as APIError {
            #expect(!error.description.contains(testToken), "\(error.description)")
            #expect(!String(reflecting: error).contains(testToken))
        }
    }

    @Test func anObjectBodyAndTheAuthorizationValueAreRedacted() async throws {
        let base64 = Data("\(testToken):api_token".utf8).base64EncodedString()
        let stub = StubTransport(status: 400, json: #"{"message":"bad header Basic \#(base64)","api_token":"\#(testToken)"}"#)
        await #expect(throws: APIError.badRequest(message: "bad header Basic (hidden)")) {
            try await makeClient(stub, retry: .never).send(APIRequest(.get, "/me"))
        }
    }

    @Test func anUndecodableBodyEchoingTheTokenIsRedacted() async throws {
        let stub = StubTransport(json: "[\"\(testToken)\"]")
        do {
            _ = try await makeClient(stub).send(APIRequest(.get, "/me"), decoding: [Int].self)
            Issue.record("expected an error")
        } catch let error as APIError {
            #expect(!error.description.contains(testToken), "\(error.description)")
        }
    }

    @Test func aPasswordIsRedactedToo() async throws {
        let stub = StubTransport(status: 403, json: #""wrong password hunter2-long for jane""#)
        let client = TogglAPIClient(
            configuration: APIConfiguration(credentials: .password(email: "jane@example.com", password: "hunter2-long")),
            transport: stub, clock: FakeAPIClock())
        await #expect(throws: APIError.forbidden(message: "wrong password (hidden) for jane")) {
            try await client.send(APIRequest(.get, "/me"))
        }
    }

    @Test func aRedirectIsAnErrorNamingOnlyTheTargetsOrigin() async throws {
        let stub = StubTransport(fallback: .success(.text(307, "", headers: ["Location": "https://evil.example:8443/collect?token=\(testToken)"])))
        let client = makeClient(stub, retry: .never)
        do {
            try await client.send(APIRequest(.get, "/me"))
            Issue.record("expected an error")
        } catch let error as APIError {
            #expect(error.description == "Toggl answered with a redirect (307) to https://evil.example:8443; not followed.")
            #expect(error.status == 307)
        }
        #expect(stub.requests.count == 1)
    }

    @Test func aRedirectWithoutAUsableLocationStillSaysWhatHappened() {
        let error = APIError(response: HTTPResponse(status: 301, headers: ["Location": "/elsewhere\u{1B}[2J"]), bucket: .user)
        #expect(error.description == "Toggl answered with a redirect (301); not followed.")
    }
}
