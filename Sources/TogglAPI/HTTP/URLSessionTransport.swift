import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The production ``HTTPTransport``: Foundation's `URLSession` with an ephemeral configuration
/// (no cookies, no cache, no credential storage).
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// Creates a transport over a fresh ephemeral session.
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        self.session = URLSession(configuration: configuration)
    }

    public func send(_ request: HTTPRequest, timeoutSeconds: Int) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = TimeInterval(max(1, timeoutSeconds))
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        do {
            let (data, response) = try await session.data(for: urlRequest)
            guard let http = response as? HTTPURLResponse else {
                throw TransportError.other("the response was not HTTP")
            }
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let name = key as? String, let text = value as? String { headers[name] = text }
            }
            return HTTPResponse(status: http.statusCode, headers: headers, body: data)
        } catch let error as TransportError {
            throw error
        } catch let error as URLError {
            throw Self.transportError(for: error)
        } catch {
            throw TransportError.other(String(describing: type(of: error)))
        }
    }

    /// Maps Foundation's URL loading errors onto what they prove about the server.
    static func transportError(for error: URLError) -> TransportError {
        switch error.code {
        case .timedOut: return .timedOut
        // A server that closes without answering shows up as a bad response: the request may have acted.
        case .networkConnectionLost, .badServerResponse: return .connectionLost
        case .cannotConnectToHost: return .connectionRefused
        case .cannotFindHost, .dnsLookupFailed: return .hostNotFound
        case .notConnectedToInternet, .internationalRoamingOff, .dataNotAllowed: return .notConnected
        default: return .other("URL error \(error.code.rawValue)")
        }
    }
}
