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
}
