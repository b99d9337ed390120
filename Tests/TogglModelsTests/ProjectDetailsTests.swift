import Foundation
import Testing
@testable import TogglModels

/// `Project`'s seldom-read fields live out of line: they read and write as stored fields did,
/// equal projects stay equal (and hash alike) however their fields were set, and a project
/// with none of them set carries no box.
@Suite struct ProjectDetailsTests {
    @Test func theOutOfLineFieldsReadAndWriteAsStoredFields() {
        var project = Project(id: 1, workspaceID: 2, name: "P", status: "active", at: Date(timeIntervalSince1970: 5),
                              rate: 12.5, currency: "EUR", startDate: Date(timeIntervalSince1970: 86_400))
        #expect(project.status == "active")
        #expect(project.rate == 12.5)
        project.rate = 20
        project.externalReference = "x-1"
        #expect(project.rate == 20 && project.externalReference == "x-1" && project.currency == "EUR")
        let copy = project
        project.currency = "USD"
        // Value semantics: the copy keeps its own fields.
        #expect(copy.currency == "EUR" && project.currency == "USD")
    }

    @Test func equalProjectsAreEqualHoweverTheirFieldsWereSet() {
        let plain = Project(id: 1, workspaceID: 2, name: "P")
        var cleared = plain
        cleared.rate = 5
        #expect(cleared != plain)
        cleared.rate = nil
        #expect(cleared == plain)
        #expect(cleared.hashValue == plain.hashValue)
        #expect(Project(id: 1, workspaceID: 2, name: "P", template: nil, rate: nil) == plain)
    }

    @Test func aProjectWithoutDetailsIsSmallerThanItsDetails() {
        // The row the catalog's dictionaries and arrays hold: the seldom-read fields are one pointer.
        #expect(MemoryLayout<Project>.stride < MemoryLayout<ProjectDetails>.stride)
        #expect(MemoryLayout<Project>.stride <= 200)
    }
}
