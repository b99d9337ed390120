import Foundation
import TogglAPI

extension HTTPRequest {
    /// Whether the request carries Basic auth for ``testToken`` (`<token>:api_token`).
    var usesTestTokenBasicAuth: Bool {
        headers["Authorization"] == "Basic " + Data("\(testToken):api_token".utf8).base64EncodedString()
    }

    /// Method and path in one string, e.g. `GET /api/v9/me`.
    var line: String { "\(method.rawValue) \(path)" }
}
