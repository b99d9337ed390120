import Foundation
import FuzzSupport
import Testing
import TerminalUI
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// The app restores from store files holding hostile values — ids and durations at the edges of
/// Int64, timestamps in year 1 or 9999, control characters, 10,000-character names, `null`s —
/// and draws them, moves through days and weeks and opens the summary: nothing traps.
/// (Files that do not decode at all are the store fuzzers' business; these decode.)
@Suite(.serialized) struct FuzzRestoredStoreTests {
    /// Answers nothing: only restoring and drawing are under test.
    struct SilentPerformer: EffectPerformer {
        func perform(_ effect: AppEffect) async -> [AppMessage] { [] }
    }

    static let keys: [KeyEvent] = [
        .character("]"), .character("["), .character("{"), .character("}"), .character("w"), .character("t"),
        .character("j"), .character("k"), .character("G"), .character("g"), KeyEvent(.tab), .character("5"),
        .character("3"), .character("2"), .character("1"), KeyEvent(.enter), KeyEvent(.escape), .character("?"),
    ]
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 20, rows: 5)]

    @Test(arguments: [UInt64(41), 0xA11CE])
    func hostileValuesInStoreFilesRestoreAndDraw(seed: UInt64) async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A real store to start from: one cold launch fills it.
        let cold = LocalStoreTests.Run(harness, folder: folder)
        await cold.launch()
        cold.store.update(from: cold.driver, force: true)
        let users = folder.appendingPathComponent("cache/users").path
        let user = try #require(try FileManager.default.contentsOfDirectory(atPath: users).first)
        let cache = users + "/" + user
        let names = ["catalog.json", "entries-recent.json", "sync.json"]
        let originals = try names.map { try #require(FuzzJSONTree.parse(String(decoding: Data(contentsOf: URL(fileURLWithPath: cache + "/" + $0)), as: UTF8.self))) }

        var random = FuzzRandom(seed: seed)
        var restored = 0
        for round in 0..<30 {
            var log: [String] = []
            for (name, tree) in zip(names, originals) {
                let mutated = name == "sync.json" && random.int(0...1) == 0
                    ? tree : FuzzValueMutation.mutate(tree, count: random.int(1...(name == "catalog.json" ? 3 : 12)), &random, log: &log)
                try Data(mutated.text.utf8).write(to: URL(fileURLWithPath: cache + "/" + name))
            }
            let context = "seed \(seed), round \(round), \(log)"
            FuzzTrace.note(context)
            var state = AppState(settings: AppSettings(systemTimeZone: SandboxHarness.utc), now: SandboxHarness.now)
            state.screenRows = 40
            let driver = AppDriver(state: state, performer: SilentPerformer())
            let store = LocalStore(
                cacheDirectory: folder.appendingPathComponent("cache").path, stateDirectory: folder.appendingPathComponent("state").path,
                token: Secret(DemoAccount.apiToken), api: harness.api, now: { SandboxHarness.now }, pause: SandboxHarness.untilRetried)
            if store.restore(into: driver) { restored += 1 }
            driver.send(.tick(SandboxHarness.now))
            await driver.settle()
            for size in Self.sizes { _ = AppView.render(driver.state, size: size) }
            for _ in 0..<6 {
                driver.send(.key(random.pick(Self.keys)))
                driver.send(.tick(SandboxHarness.now.addingTimeInterval(Double(random.int(0...86_400)))))
                await driver.settle()
                _ = AppView.render(driver.state, size: random.pick(Self.sizes))
            }
            driver.send(.key(.character("q")))
            await driver.settle()
        }
        // Most rounds restore (the values reach the app); the rest were set aside and reported.
        #expect(restored > 10, "seed \(seed): \(restored) of 30 rounds restored")
        await harness.stop()
    }

    /// The journal's writes holding hostile values (ids, durations, times, names) are restored,
    /// shown, drawn and sent (the sandbox refuses what it must): nothing traps.
    @Test(arguments: [UInt64(43)])
    func hostileValuesInJournaledWritesRestoreDrawAndSend(seed: UInt64) async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = LocalStoreTests.Run(harness, folder: folder)
        await cold.launch()
        cold.store.update(from: cold.driver, force: true)
        let workspace = try #require(cold.driver.state.workspaceID)
        let entry = try #require(cold.driver.state.catalog.entries.keys.max())
        let users = folder.appendingPathComponent("state/users").path
        let user = try #require(try FileManager.default.contentsOfDirectory(atPath: users).first)
        let journalPath = users + "/" + user + "/journal.jsonl"
        let start = SandboxHarness.now.addingTimeInterval(-3_600)
        let operations: [JournalOperation] = [
            .createEntry(workspaceID: workspace, localID: -7, payload: TimeEntryPayload(
                workspaceID: workspace, createdWith: "toggl-tui", start: start, duration: 600, stop: .set(start.addingTimeInterval(600)),
                description: .set("Fuzzed"), tags: ["a"])),
            .startEntry(workspaceID: workspace, localID: -8, payload: TimeEntryPayload(
                workspaceID: workspace, createdWith: "toggl-tui", start: start, duration: -1, description: .set("Running"))),
            .stopEntry(workspaceID: workspace, id: -8, stop: SandboxHarness.now),
            .updateEntry(workspaceID: workspace, id: entry, payload: TimeEntryPayload(start: start, description: .set("Edited"))),
            .failed(sequence: 4, message: "Refused", statusCode: 400),
            .createProject(workspaceID: workspace, localID: -9, payload: ProjectPayload(name: "Fuzz project")),
            .deleteEntry(workspaceID: workspace, id: entry),
        ]
        let journal = Journal(path: journalPath)
        for (index, operation) in operations.enumerated() {
            try journal.append(operation, at: SandboxHarness.now.addingTimeInterval(Double(index)), baseAt: SandboxHarness.now)
        }
        let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: journalPath)), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        let header = lines[0]
        let records = try lines.dropFirst().map { try #require(FuzzJSONTree.parse($0)) }

        var random = FuzzRandom(seed: seed)
        var withWrites = 0
        for round in 0..<16 {
            var log: [String] = []
            // One record changed a round, so most journals still read (one bad line sets it aside).
            var mutated = records
            let victim = random.int(0...(records.count - 1))
            mutated[victim] = FuzzValueMutation.mutate(records[victim], count: random.int(1...3), &random, log: &log)
            let text = ([header] + mutated.map(\.text)).joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: journalPath))
            FuzzTrace.note("seed \(seed), round \(round), \(log)")
            var state = AppState(settings: AppSettings(systemTimeZone: SandboxHarness.utc), now: SandboxHarness.now)
            state.screenRows = 40
            let driver = AppDriver(state: state, performer: SilentPerformer())
            let store = LocalStore(
                cacheDirectory: folder.appendingPathComponent("cache").path, stateDirectory: folder.appendingPathComponent("state").path,
                token: Secret(DemoAccount.apiToken), api: harness.api, now: { SandboxHarness.now }, pause: SandboxHarness.untilRetried)
            store.restore(into: driver)
            if !driver.state.pendingWrites.isEmpty || !driver.state.failedWrites.isEmpty { withWrites += 1 }
            driver.send(.tick(SandboxHarness.now))
            await driver.settle()
            await driver.outbox?.waitUntilIdle()
            await driver.settle()
            for size in Self.sizes { _ = AppView.render(driver.state, size: size) }
            for _ in 0..<4 {
                driver.send(.key(random.pick(Self.keys)))
                await driver.settle()
                _ = AppView.render(driver.state, size: random.pick(Self.sizes))
            }
        }
        // The hostile writes reached the app in most rounds (the rest set the journal aside).
        #expect(withWrites > 5, "seed \(seed): \(withWrites) of 16 rounds restored writes")
        await harness.stop()
    }
}
