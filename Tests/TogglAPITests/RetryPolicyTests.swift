import Testing
import TogglAPI

@Suite struct RetryPolicyTests {
    @Test func pausesGrowExponentiallyUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelaySeconds: 1, maxDelaySeconds: 5, jitter: 0)
        #expect((1...5).map { policy.delay(beforeRetry: $0, random: 0.9) } == [1, 2, 4, 5, 5])
    }

    @Test func jitterSpreadsAroundThePause() {
        let policy = RetryPolicy(baseDelaySeconds: 2, jitter: 0.5)
        #expect(policy.delay(beforeRetry: 1, random: 0) == 1.5)
        #expect(policy.delay(beforeRetry: 1, random: 0.5) == 2)
        #expect(policy.delay(beforeRetry: 1, random: 1) == 2.5)
    }

    @Test func valuesAreClamped() {
        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
        #expect(RetryPolicy(jitter: 7).jitter == 1)
        #expect(RetryPolicy.never.maxAttempts == 1)
    }
}
