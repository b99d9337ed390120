import TogglModels

extension MembershipRecord {
    /// The member as `GET /workspaces/{wid}/users` lists them (the global user id as `id`).
    func renderedSimple(in world: SandboxWorld) -> SimpleWorkspaceUser {
        let user = world.users[userID]
        return SimpleWorkspaceUser(
            id: userID,
            email: user?.email,
            fullname: user?.fullname,
            role: isAdmin ? "admin" : "user",
            isActive: isActive,
            inactive: !isActive,
            isAdmin: isAdmin
        )
    }

    /// The member as `GET /workspaces/{wid}/workspace_users` lists them (the membership id as
    /// `id`, the user as `uid`).
    func renderedWorkspaceUser(in world: SandboxWorld) -> WorkspaceUser {
        let user = world.users[userID]
        let organizationID = world.workspaces[workspaceID]?.organizationID
        return WorkspaceUser(
            id: id,
            userID: userID,
            workspaceID: workspaceID,
            name: user?.fullname,
            email: user?.email,
            timezone: user?.timezone,
            active: isActive,
            inactive: !isActive,
            admin: isAdmin,
            workspaceAdmin: isAdmin,
            organizationAdmin: organizationID.map { world.isOrganizationAdmin(userID, of: $0) } ?? false,
            role: isAdmin ? "admin" : "user",
            rate: rate,
            laborCost: laborCost,
            at: at,
            viewEditBillableRates: isAdmin,
            viewEditLaborCosts: isAdmin
        )
    }
}

extension ProjectUserRecord {
    /// The project membership in Toggl's read shape.
    func rendered() -> ProjectUser {
        ProjectUser(
            id: id,
            projectID: projectID,
            userID: userID,
            workspaceID: workspaceID,
            manager: manager,
            rate: rate,
            laborCost: laborCost,
            at: at
        )
    }
}
