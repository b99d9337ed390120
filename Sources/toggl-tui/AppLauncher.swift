import CursesTerminal
import Foundation
import TrackerStatus
import TerminalUI
import TogglAPI
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerRuntime

/// Wires the app together: settings and credentials (or the demo sandbox), the terminal, the
/// effect performer and the loop, then runs it until the user quits.
struct AppLauncher {
    var demo: Bool
    var resetDemo: Bool
    var demoFolder: URL?
    var colorMode: ColorMode

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = ConfigPaths(environment: environment)
        let log = LogFile(path: paths.stateDirectory + "/toggl-tui.log")
        let resolver = CredentialResolver(paths: paths)
        let effective = try resolver.effectiveSettings()
        let settings = try LaunchSettings(paths: paths).appSettings(effective: effective)
        let terminal = CursesTerminal(colorMode: colorMode)
        TerminalGuard.installExitHandlers()

        var useDemo = demo
        var configuration: APIConfiguration?
        if !useDemo {
            switch try resolver.resolve() {
            case .found(let credentials, let source):
                log.write("starting with credentials from \(source)")
                configuration = APIConfiguration(credentials: credentials, trackURL: effective.apiURL ?? APIConfiguration.defaultTrackURL)
            case .notFound(let searched):
                guard try FirstRunScreen(terminal: terminal).ask(searched: searched.map(\.description)) else {
                    print("No Toggl API token found. Set TOGGL_API_TOKEN, or run: toggl-tui --demo")
                    return
                }
                useDemo = true
            }
        }
        var demoEnvironment: DemoEnvironment?
        if useDemo {
            let folder = demoFolder ?? DemoEnvironment.defaultFolder(environment: environment)
            let started = try await DemoEnvironment.start(folder: folder, fresh: resetDemo, timeZone: settings.timeZoneOverride ?? .current)
            log.write("demo sandbox at \(started.trackURL.absoluteString), data in \(folder.path)")
            configuration = started.apiConfiguration
            demoEnvironment = started
        }
        guard let configuration else { return }

        let api = TogglAPIClient(configuration: configuration)
        var appSettings = settings
        // The demo account has its own workspaces: the config's default_wid names none of them.
        if !useDemo { appSettings.defaultWorkspaceOverride = effective.defaultWorkspaceID }
        let driver = AppDriver(state: AppState(settings: appSettings, now: Date()), performer: TogglEffectPerformer(api: api))
        driver.onEffect = { effect in log.write("effect \(EffectName.of(effect))") }
        // The demo keeps its store beside its sandbox data, like the command line's --demo.
        let storeFolders = demoEnvironment.map { ($0.folder.path + "/cache", $0.folder.path + "/state") }
            ?? (paths.cacheDirectory, paths.stateDirectory)
        if resetDemo, let demoEnvironment {
            for folder in ["cache", "state"] { try? FileManager.default.removeItem(at: demoEnvironment.folder.appendingPathComponent(folder)) }
        }
        let store = LocalStore(cacheDirectory: storeFolders.0, stateDirectory: storeFolders.1,
                               token: Self.storeToken(configuration.credentials), api: api)
        let restored = store.restore(into: driver)
        log.write(restored ? "first frame from the local store" : "no local store for this token yet")
        for issue in store.issues { log.write("store: \(issue.message)") }
        log.write(settings.awayAfterMinutes > 0
            ? "away time: noticed when the machine sleeps or logind says the session is idle (away_after \(settings.awayAfterMinutes) min)"
            : "away time: off (away_after = 0)")
        // The palette is known once the terminal has started; without colour the timeline draws patterns.
        let runtime = TerminalRuntime(backend: terminal, driver: driver, render: { state, size in
            AppView.render(state, size: size, usesColor: terminal.palette != .none)
        }, store: store, notifier: .notifySend(environment: ProcessInfo.processInfo.environment),
           idleSource: settings.awayAfterMinutes > 0 ? .logind(environment: environment) : nil, log: { log.write($0) })
        TerminalGuard.install { signal in
            log.write("signal \(signal): quitting")
            runtime.requestQuit()
        }
        // Another --demo process may host the folder's sandbox; when it quits, serve it here.
        let takeOver = demoEnvironment.map { demo in
            Task {
                if await demo.sandbox.isHost { return }
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(2))
                    if await demo.sandbox.takeOverIfVacant() == false { continue }
                    log.write("demo sandbox: serving it here now")
                    driver.outbox?.retryNow()
                    return
                }
            }
        }
        try await runtime.run()
        if let unsent = driver.outbox?.unsentCount, unsent > 0 {
            print("\(unsent) change\(unsent == 1 ? " is" : "s are") saved here but not yet sent to Toggl; the next start of toggl-tui sends \(unsent == 1 ? "it" : "them").")
        }
        if let demoEnvironment {
            takeOver?.cancel()
            await demoEnvironment.stop()
            print("Demo data kept in \(TerminalText.safe(demoEnvironment.folder.path)) (toggl-tui --reset-demo starts afresh).")
        }
    }

    /// The key of the user's store: API tokens only (a password sign-in works online only).
    static func storeToken(_ credentials: Credentials) -> Secret? {
        if case .apiToken(let token) = credentials { return Secret(token) }
        return nil
    }
}
