import Foundation

// Look-ups and cascades the entity routes (workspaces, clients, projects, tasks, tags, users)
// share. Names say which record they return so they do not collide with the time-entry routes'
// helpers.

extension SandboxWorld {
    // MARK: Roles

    /// Whether the user is an admin of the workspace.
    func isWorkspaceAdmin(_ userID: Int64, of workspaceID: Int64) -> Bool {
        membership(of: userID, in: workspaceID)?.isAdmin ?? false
    }

    /// Whether the user is an admin of the organization: its owner, or an admin of one of its
    /// workspaces.
    func isOrganizationAdmin(_ userID: Int64, of organizationID: Int64) -> Bool {
        if organizations[organizationID]?.ownerID == userID { return true }
        return workspaces.filter { $0.organizationID == organizationID }
            .contains { isWorkspaceAdmin(userID, of: $0.id) }
    }

    /// Throws Toggl's 403 unless the user administers the workspace.
    func requireWorkspaceAdmin(_ userID: Int64, of workspaceID: Int64) throws {
        guard isWorkspaceAdmin(userID, of: workspaceID) else { throw SandboxFailure.forbidden() }
    }

    /// The member's role name in a workspace, as Toggl spells it.
    func roleName(of userID: Int64, in workspaceID: Int64) -> String {
        isWorkspaceAdmin(userID, of: workspaceID) ? "admin" : "user"
    }

    // MARK: Records by id, scoped to a workspace

    /// The client, if it exists in the workspace.
    func clientRecord(_ id: Int64, inWorkspace workspaceID: Int64) -> ClientRecord? {
        clients[id].flatMap { $0.workspaceID == workspaceID ? $0 : nil }
    }

    /// The project, if it exists (not deleted) in the workspace.
    func projectRecord(_ id: Int64, inWorkspace workspaceID: Int64) -> ProjectRecord? {
        projects[id].flatMap { $0.workspaceID == workspaceID && $0.deletedAt == nil ? $0 : nil }
    }

    /// The task, if it exists (not deleted) in the project.
    func taskRecord(_ id: Int64, inProject projectID: Int64) -> TaskRecord? {
        tasks[id].flatMap { $0.projectID == projectID && $0.deletedAt == nil ? $0 : nil }
    }

    /// The tag, if it exists (not deleted) in the workspace.
    func tagRecord(_ id: Int64, inWorkspace workspaceID: Int64) -> TagRecord? {
        tags[id].flatMap { $0.workspaceID == workspaceID && $0.deletedAt == nil ? $0 : nil }
    }

    // MARK: Project visibility

    /// Whether the user sees the project: public projects are seen by every member, private
    /// ones by workspace admins and the project's members.
    func canSeeProject(_ project: ProjectRecord, userID: Int64) -> Bool {
        guard membership(of: userID, in: project.workspaceID) != nil else { return false }
        if !project.isPrivate || isWorkspaceAdmin(userID, of: project.workspaceID) { return true }
        return projectUsers.all.contains { $0.projectID == project.id && $0.userID == userID }
    }

    /// Whether the user may change the project: workspace admins and project managers.
    func canManageProject(_ project: ProjectRecord, userID: Int64) -> Bool {
        if isWorkspaceAdmin(userID, of: project.workspaceID) { return true }
        return projectUsers.all.contains { $0.projectID == project.id && $0.userID == userID && $0.manager }
    }

    /// Every project (deleted ones included) the user can see, in id order.
    func projectsVisible(to userID: Int64) -> [ProjectRecord] {
        let memberships = memberships.filter { $0.userID == userID && $0.isActive }
        let workspaceIDs = Set(memberships.map(\.workspaceID))
        let adminOf = Set(memberships.filter(\.isAdmin).map(\.workspaceID))
        let memberOf = Set(projectUsers.filter { $0.userID == userID }.map(\.projectID))
        return projects.filter {
            workspaceIDs.contains($0.workspaceID)
                && (!$0.isPrivate || adminOf.contains($0.workspaceID) || memberOf.contains($0.id))
        }
    }

    // MARK: Cascades

    /// Takes a project (and its task) off time entries matching `isAffected`, bumping their `at`.
    mutating func unassignTimeEntries(now: Date, where isAffected: (TimeEntryRecord) -> Bool) {
        for entry in timeEntries.filter({ $0.deletedAt == nil && isAffected($0) }) {
            timeEntries.modify(entry.id) {
                $0.projectID = nil
                $0.taskID = nil
                $0.at = now
            }
        }
    }

    /// Soft-deletes the time entries matching `isAffected`.
    mutating func deleteTimeEntries(now: Date, where isAffected: (TimeEntryRecord) -> Bool) {
        for entry in timeEntries.filter({ $0.deletedAt == nil && isAffected($0) }) {
            timeEntries.modify(entry.id) {
                $0.deletedAt = now
                $0.at = now
            }
        }
    }

    /// Soft-deletes a project with its tasks and memberships; its time entries are deleted or
    /// lose their project, as `deleteEntries` says.
    mutating func deleteProject(_ projectID: Int64, deleteEntries: Bool, now: Date) {
        projects.modify(projectID) {
            $0.deletedAt = now
            $0.at = now
        }
        for task in tasks.filter({ $0.projectID == projectID && $0.deletedAt == nil }) {
            tasks.modify(task.id) {
                $0.deletedAt = now
                $0.at = now
            }
        }
        for member in projectUsers.filter({ $0.projectID == projectID }) {
            projectUsers.remove(member.id)
        }
        if deleteEntries {
            deleteTimeEntries(now: now) { $0.projectID == projectID }
        } else {
            unassignTimeEntries(now: now) { $0.projectID == projectID }
        }
    }

    /// Removes a client row; its projects lose their client.
    mutating func deleteClient(_ clientID: Int64, now: Date) {
        clients.remove(clientID)
        for project in projects.filter({ $0.clientID == clientID }) {
            projects.modify(project.id) {
                $0.clientID = nil
                $0.at = now
            }
        }
    }

    /// Soft-deletes a tag and takes it off the time entries that carry it.
    mutating func deleteTag(_ tagID: Int64, now: Date) {
        tags.modify(tagID) {
            $0.deletedAt = now
            $0.at = now
        }
        for entry in timeEntries.filter({ $0.tagIDs.contains(tagID) }) {
            timeEntries.modify(entry.id) {
                $0.tagIDs.removeAll { $0 == tagID }
                $0.at = now
            }
        }
    }

    /// Soft-deletes a task and takes it off the time entries that carry it.
    mutating func deleteTask(_ taskID: Int64, now: Date) {
        tasks.modify(taskID) {
            $0.deletedAt = now
            $0.at = now
        }
        for entry in timeEntries.filter({ $0.taskID == taskID && $0.deletedAt == nil }) {
            timeEntries.modify(entry.id) {
                $0.taskID = nil
                $0.at = now
            }
        }
    }
}
