import Foundation
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
}
