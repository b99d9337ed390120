import CCurlLazy
import Testing

/// `CCurlLazy`, what `toggl-tui` links so a statically linked build loads libcurl only when the
/// first request needs it: its forwarders load libcurl and pass every kind of argument through.
struct LazyCurlTests {
    @Test func theForwardersLoadLibcurlAndPassArgumentsThrough() {
        #expect(toggl_curl_lazy_selftest() == 0)
        #expect(toggl_curl_lazy_loaded() == 1)
    }
}
