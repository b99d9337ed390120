import Foundation
import Testing
import TogglAPI

@Suite struct CredentialsTests {
    @Test func tokenBecomesBasicAuthWithApiTokenPassword() {
        // base64("abc:api_token")
        #expect(Credentials.apiToken("abc").authorizationHeader == "Basic YWJjOmFwaV90b2tlbg==")
    }

    @Test func descriptionNeverShowsTheSecret() {
        #expect(!Credentials.apiToken("s3cr3t").description.contains("s3cr3t"))
        #expect(!Credentials.password(email: "a@b.c", password: "pw123").description.contains("pw123"))
    }

    @Test func dumpNeverShowsTheSecret() throws {
        let url = try #require(URL(string: "https://api.track.toggl.com/api/v9"))
        for credentials in [Credentials.apiToken("s3cr3t"), .password(email: "a@b.c", password: "s3cr3t")] {
            var dumped = ""
            dump(APIConfiguration(credentials: credentials, trackURL: url), to: &dumped)
            dump(credentials, to: &dumped)
            #expect(!dumped.contains("s3cr3t"))
        }
    }
}
