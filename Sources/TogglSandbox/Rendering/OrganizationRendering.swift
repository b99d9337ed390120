import Foundation
import TogglModels

extension SandboxPlan {
    /// The `pricing_plan_id` the sandbox reports. Free is 0 as recorded; the paid ids are the
    /// sandbox's own (Toggl's real ids for them are not in any recording).
    var pricingPlanID: Int64 {
        switch self {
        case .free: return 0
        case .starter: return 1
        case .premium: return 2
        case .enterprise: return 3
        }
    }
}

extension OrganizationRecord {
    /// The organization as `userID` sees it (Toggl's `MeOrganization`).
    ///
    /// - Parameter planNameInList: `true` for `/me/organizations`, which names the plan
    ///   (`"Free"`); `GET /organizations/{id}` answers `""` for the same organization, as recorded.
    func rendered(in world: SandboxWorld, for userID: Int64, planNameInList: Bool) -> Organization {
        let workspaceIDs = Set(world.workspaces.filter { $0.organizationID == id }.map(\.id))
        let userCount = Set(world.memberships.filter { workspaceIDs.contains($0.workspaceID) && $0.isActive }
            .map(\.userID)).count
        return Organization(
            id: id,
            name: name,
            pricingPlanID: plan.pricingPlanID,
            pricingPlanName: planNameInList ? plan.displayName : "",
            pricingPlanEnterprise: plan == .enterprise,
            createdAt: createdAt,
            at: at,
            isMultiWorkspaceEnabled: plan == .premium || plan == .enterprise,
            userCount: userCount,
            maxWorkspaces: 20,
            admin: world.isOrganizationAdmin(userID, of: id),
            owner: ownerID == userID,
            trialInfo: Organization.TrialInfo(
                trialAvailable: plan == .free,
                canHaveTrial: plan == .free
            )
        )
    }
}
