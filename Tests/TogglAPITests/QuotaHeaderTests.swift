import Foundation
import FuzzSupport
import Testing
import TogglAPI

/// Quota and retry headers are untrusted numbers: they are checked and clamped where they are
/// read, so nothing computed from them can trap.
@Suite struct QuotaHeaderTests {
    private let now = Date(timeIntervalSince1970: 1_700_000_000)

    private func status(remaining: String?, resets: String?) -> QuotaStatus? {
        var headers: [String: String] = [:]
        if let remaining { headers[QuotaStatus.remainingHeader] = remaining }
        if let resets { headers[QuotaStatus.resetsInHeader] = resets }
        return QuotaStatus(headers: HTTPResponse(status: 200, headers: headers), at: now)
    }

    @Test func aHugeResetIsClampedToADayAndCountsDownWithoutTrapping() throws {
        let parsed = try #require(status(remaining: "0", resets: "9223372036854775807"))
        #expect(parsed.resetsInSeconds == 86_400)
        #expect(parsed.secondsUntilReset(at: now) == 86_400)
        #expect(parsed.secondsUntilReset(at: .distantPast) == 86_400)
        #expect(parsed.secondsUntilReset(at: .distantFuture) == 0)
    }

    @Test func oddValuesAreClampedRoundedOrIgnored() {
        #expect(status(remaining: "12", resets: "-5")?.resetsInSeconds == 0)
        #expect(status(remaining: "12", resets: "1.2")?.resetsInSeconds == 2)
        #expect(status(remaining: "12", resets: "NaN")?.resetsInSeconds == 0)
        #expect(status(remaining: "12", resets: "inf")?.resetsInSeconds == 0)
        #expect(status(remaining: "12", resets: "1e400")?.resetsInSeconds == 0)
        #expect(status(remaining: "12", resets: "soon")?.resetsInSeconds == 0)
        #expect(status(remaining: "12", resets: nil)?.resetsInSeconds == 0)
        #expect(status(remaining: "-99999999999999999999", resets: "10")?.remaining == -1_000_000)
        #expect(status(remaining: "-9223372036854775808", resets: "10")?.remaining == -1_000_000)
        #expect(status(remaining: "9223372036854775807", resets: "10")?.remaining == 1_000_000)
        #expect(status(remaining: " 7 ", resets: " 30 ")?.remaining == 7)
        #expect(status(remaining: "seven", resets: "30") == nil)
        #expect(status(remaining: "", resets: "30") == nil)
        #expect(status(remaining: "nan", resets: "30") == nil)
        #expect(status(remaining: nil, resets: "30") == nil)
    }

    @Test func aStatusBuiltWithAnyNumberCountsDownWithoutTrapping() {
        for seconds in [Int.max, Int.min, 0, -1, 86_401] {
            let built = QuotaStatus(remaining: 0, resetsInSeconds: seconds, observedAt: now)
            #expect((0...86_400).contains(built.secondsUntilReset(at: now)))
        }
    }

    @Test func a402WithAHugeResetAndRetryAfterAreClamped() {
        let quota = APIError(response: HTTPResponse(status: 402, headers: [
            QuotaStatus.remainingHeader: "0", QuotaStatus.resetsInHeader: "9223372036854775807",
        ]), bucket: .user)
        #expect(quota == .quotaExhausted(bucket: .user, resetsInSeconds: 86_400))
        #expect(quota.description.contains("24 h 0 min"))
        let fromText = APIError(response: HTTPResponse(status: 402, body: Data(#""You have hit your hourly limit for API calls. It will reset in 99999999999999999999999 seconds.""#.utf8)), bucket: .user)
        #expect(fromText == .quotaExhausted(bucket: .user, resetsInSeconds: 86_400))
        let limited = APIError(response: HTTPResponse(status: 429, headers: ["Retry-After": "9223372036854775807"]), bucket: .user)
        #expect(limited == .rateLimited(retryAfterSeconds: 86_400))
        #expect(APIError.quotaExhausted(bucket: .user, resetsInSeconds: Int.max).description.contains("24 h 0 min"))
        #expect(APIError.quotaExhausted(bucket: .user, resetsInSeconds: Int.min).description.contains("0 s"))
    }

    @Test func aClientRecordsClampedNumbers() async throws {
        let clock = FakeAPIClock()
        let stub = StubTransport([
            .success(.text(200, "{}", headers: [QuotaStatus.remainingHeader: "3", QuotaStatus.resetsInHeader: "9223372036854775807"]))
        ])
        let client = makeClient(stub, clock: clock)
        try await client.send(APIRequest(.get, "/me"))
        let recorded = try #require(client.quota.status(of: .user))
        #expect(recorded.resetsInSeconds == 86_400)
        #expect(recorded.secondsUntilReset(at: clock.now()) == 86_400)
    }

    /// Random header values (numbers of every size, signs, decimals, junk) never trap and always
    /// land in range.
    @Test func randomHeaderValuesNeverTrap() {
        let seed: UInt64 = 0x0_9A0_7A
        var random = FuzzRandom(seed: seed)
        let pieces = ["0", "1", "9", "-", "+", ".", "e", "E", "x", " ", "nan", "inf", "9223372036854775807",
                      "18446744073709551616", "-0", "1e308", "0x1p3", "\u{0}", "٣", "½", "∞", ",", "_"]
        for iteration in 0..<5_000 {
            let remaining = (0..<random.int(0...6)).map { _ in random.pick(pieces) }.joined()
            let resets = (0..<random.int(0...6)).map { _ in random.pick(pieces) }.joined()
            let context = "seed \(seed) iteration \(iteration): remaining \(remaining.debugDescription) resets \(resets.debugDescription)"
            let response = HTTPResponse(status: random.pick([200, 402, 429]), headers: [
                QuotaStatus.remainingHeader: remaining, QuotaStatus.resetsInHeader: resets, "Retry-After": resets,
            ])
            if let parsed = QuotaStatus(headers: response, at: now) {
                #expect((-1_000_000...1_000_000).contains(parsed.remaining), "\(context)")
                #expect((0...86_400).contains(parsed.resetsInSeconds), "\(context)")
                #expect((0...86_400).contains(parsed.secondsUntilReset(at: now.addingTimeInterval(Double(random.int(-100_000...100_000))))), "\(context)")
            }
            let error = APIError(response: response, bucket: .user)
            switch error {
            case .quotaExhausted(_, let seconds?), .rateLimited(let seconds?):
                #expect((0...86_400).contains(seconds), "\(context)")
            default: break
            }
            _ = error.description
        }
    }
}
