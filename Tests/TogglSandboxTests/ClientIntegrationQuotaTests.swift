import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// The client's `QuotaTracker` fed by the sandbox's `X-Toggl-Quota-*` headers, and the 402 of an
/// exhausted bucket, over real HTTP.
@Suite(.serialized) struct ClientIntegrationQuotaTests {
    @Test func theUserBucketCountsDownRunsOutAndResetsAfterAnHour() async throws {
        try await withHarness(quota: QuotaSettings(userLimit: 3)) { h in
            // Retries allowed: a 402 must still not be repeated.
            let clock = InstantClock(sandbox: h.sandbox)
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)
            #expect(api.quota.status(of: .user) == nil)
            for remaining in [2, 1, 0] {
                _ = try await api.me.get()
                let status = try #require(api.quota.status(of: .user))
                #expect(status.remaining == remaining)
                #expect(status.resetsInSeconds == 3600)
                #expect(status.observedAt == IntegrationHarness.now)
            }

            let error = await apiError { try await api.me.get() }
            #expect(error == .quotaExhausted(bucket: .user, resetsInSeconds: 3600))
            #expect(h.statuses == [200, 200, 200, 402])
            #expect(clock.pauses.isEmpty)
            #expect(api.quota.status(of: .user)?.remaining == 0)
            // Workspace routes spend another bucket and still work.
            #expect(try await api.tags.list(in: h.northwind).count == 10)

            h.sandbox.advanceClock(by: 3600)
            #expect(try await api.me.get().id == h.userID)
            #expect(api.quota.status(of: .user)?.remaining == 2)
            #expect(api.quota.status(of: .user)?.observedAt == IntegrationHarness.now.addingTimeInterval(3600))
        }
    }

    @Test func organizationBucketsAreTrackedAndRegisteringFoldsTheWorkspaceIn() async throws {
        try await withHarness(quota: QuotaSettings()) { h in
            h.sandbox.quotaSettings = QuotaSettings(organizationLimits: [h.northwindOrganization: 240])
            let api = h.client()

            _ = try await api.clients.list(in: h.northwind)
            #expect(api.quota.status(of: .workspace(h.northwind))?.remaining == 239)
            #expect(api.quota.snapshot().keys.sorted { "\($0)" < "\($1)" } == [.workspace(h.northwind)])

            api.quota.register(workspaceID: h.northwind, organizationID: h.northwindOrganization)
            #expect(api.quota.snapshot().keys.sorted { "\($0)" < "\($1)" } == [.organization(h.northwindOrganization)])
            #expect(api.quota.status(of: .organization(h.northwindOrganization))?.remaining == 239)
            // The workspace now reads through to its organization.
            #expect(api.quota.status(of: .workspace(h.northwind))?.remaining == 239)

            // Track workspace routes, organization routes and Reports routes share the bucket.
            _ = try await api.projects.listPage(in: h.northwind, page: 1)
            #expect(api.quota.status(of: .organization(h.northwindOrganization))?.remaining == 238)
            _ = try await api.organizations.get(h.northwindOrganization)
            #expect(api.quota.status(of: .organization(h.northwindOrganization))?.remaining == 237)
            _ = try await api.reports.summary(in: h.northwind, filter: ReportFilter(startDate: IntegrationHarness.now))
            #expect(api.quota.status(of: .organization(h.northwindOrganization))?.remaining == 236)

            // `/me…` spends the user bucket, the Free organization its own.
            _ = try await api.timeEntries.current()
            #expect(api.quota.status(of: .user)?.remaining == 29)
            _ = try await api.tags.list(in: h.personal)
            #expect(api.quota.status(of: .workspace(h.personal))?.remaining == 29)
            #expect(h.sandbox.requestLog.map(\.bucket) == Array(repeating: "organization:\(h.northwindOrganization)", count: 4)
                + ["user", "organization:\(h.personalOrganization)"])

            // GET /me/quota agrees with the headers (and counts itself against the user bucket).
            let buckets = try await api.me.quota()
            #expect(buckets.first(where: \.isUserBucket)?.remaining == 28)
            #expect(buckets.first { $0.organizationID == h.northwindOrganization }?.remaining == 236)
            #expect(buckets.first { $0.organizationID == h.northwindOrganization }?.total == 240)
            #expect(buckets.first { $0.organizationID == h.personalOrganization }?.remaining == 29)
            #expect(api.quota.status(of: .user)?.remaining == 28)
        }
    }

    @Test func anExhaustedOrganizationBucketNamesTheOrganization() async throws {
        try await withHarness(quota: QuotaSettings(organizationLimit: 2)) { h in
            let api = h.client()
            api.quota.register(workspaceID: h.personal, organizationID: h.personalOrganization)
            _ = try await api.tags.list(in: h.personal)
            _ = try await api.projects.listPage(in: h.personal, page: 1)
            #expect(api.quota.status(of: .organization(h.personalOrganization))?.remaining == 0)
            let error = await apiError { try await api.clients.create(in: h.personal, ClientPayload(name: "Too many")) }
            #expect(error == .quotaExhausted(bucket: .organization(h.personalOrganization), resetsInSeconds: 3600))
            #expect(!h.sandbox.world.clients.all.contains { $0.name == "Too many" })
            // The 402 of a quota is told apart from a premium 402 by its headers and wording.
            #expect(h.sandbox.requestLog.last?.status == 402)
            #expect(try await api.me.get().id == h.userID)

            h.sandbox.advanceClock(by: 1800)
            let later = await apiError { try await api.tags.list(in: h.personal) }
            #expect(later == .quotaExhausted(bucket: .organization(h.personalOrganization), resetsInSeconds: 1800))
        }
    }

    @Test func aPremium402OnTheLastRequestOfTheWindowIsStillPremium() async throws {
        try await withHarness(quota: QuotaSettings(organizationLimit: 2)) { h in
            let api = h.client()
            let client = try await api.clients.create(in: h.personal, ClientPayload(name: "Neighbour"))
            // The second request is admitted (remaining 0 after it) and refused for the plan.
            let premium = await apiError { try await api.clients.archive(client.id, in: h.personal) }
            #expect(premium == .premiumRequired(message: "Workspace needs to have this feature enabled"))
            #expect(h.sandbox.requestLog.last?.status == 402)
            #expect(api.quota.status(of: .workspace(h.personal))?.remaining == 0)
            // The third is refused for the quota.
            let quota = await apiError { try await api.clients.archive(client.id, in: h.personal) }
            #expect(quota == .quotaExhausted(bucket: .workspace(h.personal), resetsInSeconds: 3600))
        }
    }
}
