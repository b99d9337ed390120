import Foundation

/// Everything a ``TogglAPIClient`` needs to know besides its transport and clock.
public struct APIConfiguration: Sendable, Equatable {
    /// Who to authenticate as.
    public var credentials: Credentials
    /// The Track API v9 root.
    public var trackURL: URL
    /// The Reports API v3 root; by default derived from ``trackURL``'s host.
    public var reportsURL: URL
    /// Sent as `User-Agent`, so Toggl can tell this app's traffic apart.
    public var userAgent: String
    /// How long to wait for each answer, in whole seconds (at least 1).
    public var timeoutSeconds: Int
    /// When and how to repeat failed requests.
    public var retryPolicy: RetryPolicy
    /// The `created_with` value sent with new time entries.
    public var createdWith: String

    public init(
        credentials: Credentials,
        trackURL: URL = APIConfiguration.defaultTrackURL,
        reportsURL: URL? = nil,
        userAgent: String = APIConfiguration.defaultUserAgent,
        timeoutSeconds: Int = 15,
        retryPolicy: RetryPolicy = .standard,
        createdWith: String = TogglTUIVersion.createdWith
    ) {
        self.credentials = credentials
        self.trackURL = trackURL
        self.reportsURL = reportsURL ?? APIConfiguration.reportsURL(forTrackURL: trackURL)
        self.userAgent = userAgent
        self.timeoutSeconds = max(1, timeoutSeconds)
        self.retryPolicy = retryPolicy
        self.createdWith = createdWith
    }

    /// `https://api.track.toggl.com/api/v9`.
    public static let defaultTrackURL: URL = {
        guard let url = URL(string: "https://api.track.toggl.com/api/v9") else {
            preconditionFailure("the default Toggl URL is well-formed")
        }
        return url
    }()

    /// `toggl-tui/<version> (Linux; Swift)`.
    public static let defaultUserAgent = "toggl-tui/\(TogglTUIVersion.current) (terminal client for Toggl Track)"

    /// The Reports v3 root on the same host as a Track v9 root:
    /// `https://host/api/v9` → `https://host/reports/api/v3`. A root with a path prefix keeps it
    /// (`http://127.0.0.1:8080/x/api/v9` → `http://127.0.0.1:8080/x/reports/api/v3`).
    public static func reportsURL(forTrackURL trackURL: URL) -> URL {
        var text = trackURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix("/api/v9") { text.removeLast("/api/v9".count) }
        return URL(string: text + "/reports/api/v3") ?? trackURL
    }
}
