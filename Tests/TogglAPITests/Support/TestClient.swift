import Foundation
import TogglAPI

/// A token used only in tests.
let testToken = "0123456789abcdef0123456789abcdef"

/// A client on the stub transport and fake clock, with fixed jitter.
func makeClient(
    _ transport: StubTransport, clock: FakeAPIClock = FakeAPIClock(), retry: RetryPolicy = .standard
) -> TogglAPIClient {
    let configuration = APIConfiguration(
        credentials: .apiToken(testToken),
        trackURL: URL(string: "https://api.track.toggl.com/api/v9")!,
        retryPolicy: retry)
    return TogglAPIClient(configuration: configuration, transport: transport, clock: clock, random: { 0.5 })
}
