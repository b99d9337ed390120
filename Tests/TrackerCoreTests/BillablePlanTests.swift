import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Billable is a paid plan's feature: Toggl answers a billable entry in a Free workspace with 402
/// ("Workspace needs to have this feature enabled"), and the write would be refused and kept for
/// the user to fix. A project's billable default (projects can keep it after a downgrade) and a
/// continued entry's billable are therefore taken only where the workspace allows billable.
@Suite struct BillablePlanTests {
    /// The sample account with the Studio workspace on the Free plan and Admin billable.
    static func freeStudio() -> AppState {
        var state = Sample.loadedState()
        state.catalog.workspaces[Sample.studio] = Workspace(id: Sample.studio, organizationID: 1, name: "Northwind Studio",
                                                            premium: false)
        state.catalog.projects[Sample.admin]?.billable = true
        return state
    }

    @Test func aPaidWorkspaceAllowsBillableAndAFreeOneDoesNot() {
        let paid = Sample.loadedState()
        #expect(paid.allowsBillable(inWorkspace: Sample.studio))
        #expect(!paid.allowsBillable(inWorkspace: Sample.personal))
        // A workspace the catalog does not know is not second-guessed.
        #expect(paid.allowsBillable(inWorkspace: 999))
        let free = Self.freeStudio()
        #expect(!free.allowsBillable(inWorkspace: Sample.studio))
        #expect(!free.billableDefault(forProject: Sample.admin))
        #expect(!free.billableDefault(forProject: nil))
    }

    @Test func enterOnABillableProjectInAFreeWorkspaceStartsATimerTogglTakes() {
        var state = Self.freeStudio()
        let effects = state.press(.enter)
        #expect(effects == [.startEntry(localID: -1, workspaceID: Sample.studio,
                                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1,
                                                         projectID: .set(Sample.admin)))])
        #expect(state.runningEntry?.billable == false)
    }

    @Test func theStartAndAddEditorsPresetNoBillableInAFreeWorkspace() {
        var start = Self.freeStudio()
        start.press(.character("s"))
        #expect(start.editor?.projectID == Sample.admin)
        #expect(start.editor?.billable == false)
        var add = Self.freeStudio()
        add.press(.character("a"))
        #expect(add.editor?.projectID == Sample.admin)
        #expect(add.editor?.billable == false)
    }

    @Test func choosingABillableProjectInAFreeWorkspaceLeavesANewEntryNotBillable() {
        var state = Self.freeStudio()
        state.focus = .clients
        state.press(.character("s"), .tab, .enter)
        state.type("adm")
        state.press(.enter)
        #expect(state.editor?.projectID == Sample.admin)
        #expect(state.editor?.billable == false)
    }

    @Test func continuingABillableEntryInAFreeWorkspaceIsNotBillable() {
        var state = Self.freeStudio()
        state.catalog.entries[502]?.billable = true
        #expect(state.press(.character("c")) == [
            .startEntry(localID: -1, workspaceID: Sample.studio,
                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1, description: .set("Standup"),
                                         projectID: .set(Sample.mobile))),
        ])
    }

    @Test func theUsersOwnChoiceIsStillSent() {
        // Toggling billable in the editor is the user's decision: Toggl's answer says why it is refused.
        var state = Self.freeStudio()
        state.press(.character("s"), .backTab, .space)
        #expect(state.editor?.billable == true)
        let effects = state.press(.ctrl("s"))
        guard case .startEntry(_, _, let payload)? = effects.last else {
            Issue.record("no start: \(effects)")
            return
        }
        #expect(payload.billable == true)
    }
}
