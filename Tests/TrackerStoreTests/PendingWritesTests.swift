import Foundation
import Testing
import TogglModels
@testable import TrackerStore

@Suite struct PendingWritesTests {
    static let start = TimeEntryPayload(workspaceID: 42, start: fixedNow, duration: -1, description: .set("Writing"))

    /// Records numbered from 1 in the order given.
    static func records(_ operations: [JournalOperation]) -> [JournalRecord] {
        operations.enumerated().map { JournalRecord(sequence: Int64($0.offset + 1), at: fixedNow, operation: $0.element) }
    }

    @Test func anEmptyJournalHasNothingToSend() {
        #expect(PendingWrites().next() == nil)
        #expect(PendingWrites().isEmpty)
    }

    @Test func writesGoOutInJournalOrderAndSettleOnce() {
        var pending = PendingWrites(records: Self.records([
            .deleteEntry(workspaceID: 42, id: 7),
            .createClient(workspaceID: 42, localID: -1, payload: ClientPayload(name: "Acme")),
        ]))
        #expect(pending.next() == OutboxItem(sequences: [1], action: .send(.deleteEntry(workspaceID: 42, id: 7))))
        pending.add(JournalRecord(sequence: 3, at: fixedNow, operation: .sent(sequence: 1, serverID: nil)))
        #expect(pending.next()?.sequences == [2])
        pending.add(JournalRecord(sequence: 4, at: fixedNow, operation: .sent(sequence: 2, serverID: 900)))
        #expect(pending.next() == nil)
        #expect(pending.resolve(-1) == 900)
        #expect(pending.lastSequence == 4)
    }

    @Test func startAndStopOfAnUnsentEntryBecomeOneCreate() throws {
        let stop = fixedNow.addingTimeInterval(1500)
        let pending = PendingWrites(records: Self.records([
            .startEntry(workspaceID: 42, localID: -1, payload: Self.start),
            .stopEntry(workspaceID: 42, id: -1, stop: stop),
        ]))
        var expected = Self.start
        expected.stop = .set(stop)
        expected.duration = 1500
        #expect(pending.next() == OutboxItem(sequences: [1, 2], action: .send(.createEntry(workspaceID: 42, localID: -1, payload: expected))))
    }

    @Test func anUndoneStopOfAnUnsentEntryLeavesOneStart() {
        let stop = fixedNow.addingTimeInterval(1500)
        let resume = TimeEntryPayload(duration: -1, stop: .clear)
        let pending = PendingWrites(records: Self.records([
            .startEntry(workspaceID: 42, localID: -1, payload: Self.start),
            .stopEntry(workspaceID: 42, id: -1, stop: stop),
            .updateEntry(workspaceID: 42, id: -1, payload: resume),
        ]))
        var expected = Self.start
        expected.stop = .clear
        #expect(pending.next() == OutboxItem(sequences: [1, 2, 3], action: .send(.startEntry(workspaceID: 42, localID: -1, payload: expected))))
    }

    @Test func anUndoneStopOfASentEntryIsOneUpdate() {
        let pending = PendingWrites(records: Self.records([
            .stopEntry(workspaceID: 42, id: 9, stop: fixedNow),
            .updateEntry(workspaceID: 42, id: 9, payload: TimeEntryPayload(duration: -1, stop: .clear)),
        ]))
        let expected = TimeEntryPayload(duration: -1, stop: .clear)
        #expect(pending.next() == OutboxItem(sequences: [1, 2], action: .send(.updateEntry(workspaceID: 42, id: 9, payload: expected))))
    }

    @Test func editsOfAnUnsentEntryJoinItsCreate() {
        let pending = PendingWrites(records: Self.records([
            .startEntry(workspaceID: 42, localID: -1, payload: Self.start),
            .startEntry(workspaceID: 42, localID: -2, payload: Self.start),
            .updateEntry(workspaceID: 42, id: -1, payload: TimeEntryPayload(description: .set("Reading"))),
            .updateEntry(workspaceID: 42, id: -1, payload: TimeEntryPayload(projectID: .set(5))),
        ]))
        var expected = Self.start
        expected.description = .set("Reading")
        expected.projectID = .set(5)
        #expect(pending.next() == OutboxItem(sequences: [1, 3, 4], action: .send(.startEntry(workspaceID: 42, localID: -1, payload: expected))))
    }

    @Test func aCreateAndADeleteOfAnUnsentEntryCancelOut() {
        let pending = PendingWrites(records: Self.records([
            .startEntry(workspaceID: 42, localID: -1, payload: Self.start),
            .updateEntry(workspaceID: 42, id: -1, payload: TimeEntryPayload(description: .set("x"))),
            .deleteEntry(workspaceID: 42, id: -1),
        ]))
        #expect(pending.next() == OutboxItem(sequences: [1, 2, 3], action: .cancel))
    }

    @Test func severalEditsCollapseIntoOneUpdateAndAStopJoinsThem() {
        let stop = fixedNow.addingTimeInterval(60)
        let pending = PendingWrites(records: Self.records([
            .updateEntry(workspaceID: 42, id: 9, payload: TimeEntryPayload(description: .set("a"))),
            .stopEntry(workspaceID: 42, id: 9, stop: stop),
            .updateEntry(workspaceID: 42, id: 9, payload: TimeEntryPayload(description: .set("b"), billable: true)),
        ]))
        let expected = TimeEntryPayload(stop: .set(stop), description: .set("b"), billable: true)
        #expect(pending.next() == OutboxItem(sequences: [1, 2, 3], action: .send(.updateEntry(workspaceID: 42, id: 9, payload: expected))))
    }

    @Test func aStopFollowedByAnEditIsOneUpdate() {
        let stop = fixedNow.addingTimeInterval(60)
        let pending = PendingWrites(records: Self.records([
            .stopEntry(workspaceID: 42, id: 9, stop: stop),
            .updateEntry(workspaceID: 42, id: 9, payload: TimeEntryPayload(description: .set("b"))),
        ]))
        let expected = TimeEntryPayload(stop: .set(stop), description: .set("b"))
        #expect(pending.next() == OutboxItem(sequences: [1, 2], action: .send(.updateEntry(workspaceID: 42, id: 9, payload: expected))))
    }

    @Test func aLoneStopIsSentAsAStop() {
        let pending = PendingWrites(records: Self.records([.stopEntry(workspaceID: 42, id: 9, stop: fixedNow)]))
        #expect(pending.next() == OutboxItem(sequences: [1], action: .send(.stopEntry(workspaceID: 42, id: 9, stop: fixedNow))))
    }

    @Test func anEditThenADeleteIsTheDelete() {
        let pending = PendingWrites(records: Self.records([
            .updateEntry(workspaceID: 42, id: 9, payload: TimeEntryPayload(description: .set("a"))),
            .deleteEntry(workspaceID: 42, id: 9),
        ]))
        #expect(pending.next() == OutboxItem(sequences: [1, 2], action: .send(.deleteEntry(workspaceID: 42, id: 9))))
    }

    @Test func laterWritesUseTogglsIdOnceTheCreateWasSent() {
        var pending = PendingWrites(records: Self.records([
            .startEntry(workspaceID: 42, localID: -1, payload: Self.start),
            .createProject(workspaceID: 42, localID: -2, payload: ProjectPayload(name: "P")),
        ]))
        // The create went out before the stop was journaled, so they are separate requests.
        pending.add(JournalRecord(sequence: 3, at: fixedNow, operation: .sent(sequence: 1, serverID: 500)))
        pending.add(JournalRecord(sequence: 4, at: fixedNow, operation: .stopEntry(workspaceID: 42, id: -1, stop: fixedNow)))
        pending.add(JournalRecord(sequence: 5, at: fixedNow, operation: .sent(sequence: 2, serverID: 600)))
        pending.add(JournalRecord(sequence: 6, at: fixedNow, operation: .updateEntry(workspaceID: 42, id: -1, payload: TimeEntryPayload(projectID: .set(-2)))))
        let expected = TimeEntryPayload(stop: .set(fixedNow), projectID: .set(600))
        #expect(pending.next() == OutboxItem(sequences: [4, 6], action: .send(.updateEntry(workspaceID: 42, id: 500, payload: expected))))
    }

    @Test func aRefusedCreateFailsTheWritesThatNeedItsId() {
        var pending = PendingWrites(records: Self.records([
            .createProject(workspaceID: 42, localID: -2, payload: ProjectPayload(name: "P")),
            .createEntry(workspaceID: 42, localID: -3, payload: TimeEntryPayload(workspaceID: 42, start: fixedNow, duration: 60, projectID: .set(-2))),
        ]))
        pending.add(JournalRecord(sequence: 3, at: fixedNow, operation: .failed(sequence: 1, message: "Name taken", statusCode: 400)))
        #expect(pending.failures == [1: "Name taken"])
        #expect(pending.next() == OutboxItem(sequences: [2], action: .fail("Not sent: Name taken")))
    }

    @Test func replayingTheJournalGivesTheSamePlan() {
        let records = Self.records([
            .startEntry(workspaceID: 42, localID: -1, payload: Self.start),
            .sent(sequence: 1, serverID: 500),
            .stopEntry(workspaceID: 42, id: -1, stop: fixedNow),
        ])
        var incremental = PendingWrites()
        for record in records { incremental.add(record) }
        #expect(PendingWrites(records: records) == incremental)
        #expect(incremental.next() == OutboxItem(sequences: [3], action: .send(.stopEntry(workspaceID: 42, id: 500, stop: fixedNow))))
    }
}

@Suite struct PendingWritesImpliedStopTests {
    static let start = PendingWritesTests.start
    static let records = PendingWritesTests.records([
        .stopEntry(workspaceID: 42, id: 9, stop: fixedNow),
        .startEntry(workspaceID: 42, localID: -1, payload: start),
    ])

    @Test func aFreshStopAndStartAreOneRequest() {
        let pending = PendingWrites(records: Self.records)
        #expect(pending.next(fresh: [1, 2]) == OutboxItem(sequences: [1, 2], action: .send(.startEntry(workspaceID: 42, localID: -1, payload: Self.start))))
    }

    @Test func replayedLaterTheStopGoesAlone() {
        let pending = PendingWrites(records: Self.records)
        #expect(pending.next() == OutboxItem(sequences: [1], action: .send(.stopEntry(workspaceID: 42, id: 9, stop: fixedNow))))
    }

    @Test func aStartThatWasAlsoStoppedNeedsTheStopSent() {
        var pending = PendingWrites(records: Self.records)
        pending.add(JournalRecord(sequence: 3, at: fixedNow, operation: .stopEntry(workspaceID: 42, id: -1, stop: fixedNow.addingTimeInterval(5))))
        #expect(pending.next(fresh: [1, 2, 3])?.sequences == [1])
    }
}

@Suite struct PendingWritesReviewTests {
    static let start = PendingWritesTests.start

    @Test func theSameRecordReadTwiceIsOneWrite() {
        let record = JournalRecord(sequence: 1, at: fixedNow, operation: .deleteEntry(workspaceID: 42, id: 7))
        var pending = PendingWrites(records: [record])
        pending.add(record)
        #expect(pending.writes.count == 1)
    }

    @Test func aWriteNeedingAnotherUnsentCreateIsNotFoldedIntoAnEarlierOne() {
        let pending = PendingWrites(records: PendingWritesTests.records([
            .startEntry(workspaceID: 42, localID: -1, payload: Self.start),
            .createProject(workspaceID: 42, localID: -7, payload: ProjectPayload(name: "P")),
            .updateEntry(workspaceID: 42, id: -1, payload: TimeEntryPayload(projectID: .set(-7))),
        ]))
        #expect(pending.next() == OutboxItem(sequences: [1], action: .send(.startEntry(workspaceID: 42, localID: -1, payload: Self.start))))
    }

    @Test func aReloadedJournalKeepsTheIdsAnEarlierReadMapped() {
        var earlier = PendingWrites(records: PendingWritesTests.records([.startEntry(workspaceID: 42, localID: -1, payload: Self.start)]))
        earlier.add(JournalRecord(sequence: 2, at: fixedNow, operation: .sent(sequence: 1, serverID: 500)))
        // Compacted: the `sent` record is gone; a stop of -1 was journaled since.
        var reloaded = PendingWrites(records: [JournalRecord(sequence: 3, at: fixedNow, operation: .stopEntry(workspaceID: 42, id: -1, stop: fixedNow))])
        reloaded.remember(earlier)
        #expect(reloaded.next() == OutboxItem(sequences: [3], action: .send(.stopEntry(workspaceID: 42, id: 500, stop: fixedNow))))
    }
}
