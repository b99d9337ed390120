import CCurlLazy
import Testing

/// `CCurlLazy`, how the program reaches libcurl: loaded by the first request, through typed calls
/// (and libcurl's own functions, forwarded, for FoundationNetworking).
struct LazyCurlTests {
    @Test func theForwardersLoadLibcurlAndPassArgumentsThrough() {
        #expect(toggl_curl_forwarders_selftest() == 0)
        #expect(toggl_curl_loaded() == 1)
    }

    @Test func libcurlLoadsAndAnswersThroughTheTypedCalls() throws {
        #expect(toggl_curl_load() == 0, "libcurl.so.4 is installed here")
        #expect(toggl_curl_loaded() == 1)
        #expect(toggl_curl_load_failure() == nil)
        let version = String(cString: try #require(toggl_curl_version()))
        #expect(version.hasPrefix("libcurl/"))
        let handle = try #require(toggl_curl_easy_init())
        defer { toggl_curl_easy_cleanup(handle) }
        #expect("http://127.0.0.1:9/".withCString { toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_URL, $0) } == TOGGL_CURLE_OK)
        #expect(toggl_curl_setopt_long(handle, TOGGL_CURLOPT_NOSIGNAL, 1) == TOGGL_CURLE_OK)
        #expect(toggl_curl_setopt_offset(handle, TOGGL_CURLOPT_POSTFIELDSIZE_LARGE, 0) == TOGGL_CURLE_OK)
        var status = -1
        #expect(toggl_curl_getinfo_long(handle, TOGGL_CURLINFO_RESPONSE_CODE, &status) == TOGGL_CURLE_OK)
        #expect(status == 0, "nothing answered yet")
        #expect(String(cString: try #require(toggl_curl_easy_strerror(TOGGL_CURLE_OPERATION_TIMEDOUT))).lowercased().contains("time"))
    }
}
