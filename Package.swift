// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "toggl-tui",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TogglModels", targets: ["TogglModels"]),
        .library(name: "TogglAPI", targets: ["TogglAPI"]),
        .library(name: "TogglSandbox", targets: ["TogglSandbox"]),
        .executable(name: "toggl-tui", targets: ["toggl-tui"]),
        .executable(name: "toggl-tui-launcher", targets: ["toggl-tui-launcher"]),
        .executable(name: "toggl-sandbox", targets: ["toggl-sandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Codable Toggl Track v9 models: Int64 ids, lenient decoding, fast timestamps.
        .target(name: "TogglModels"),
        // Typed endpoints, transport, errors, quota, retry policy, credentials and config.
        .target(name: "TogglAPI", dependencies: ["TogglModels", "CCurlLazy"]),
        // A Toggl-compatible server for demo mode, tests and benchmarks.
        .target(
            name: "TogglSandbox",
            dependencies: [
                "TogglModels", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // Pure MVU core of the app: state, messages, effects, update, keymap. No IO, no clock.
        .target(name: "TrackerCore", dependencies: ["TogglModels", "CWideChar"]),
        // Cells, frames, diffing, widgets and render(state, size). No IO, no clock.
        .target(name: "TerminalUI", dependencies: ["TrackerCore"]),
        // glibc's wcwidth under a UTF-8 locale, so cell widths match what ncurses draws.
        .target(name: "CWideChar"),
        // The on-disk store: atomic versioned JSON files, the write journal, locks. FoundationEssentials + libc.
        .target(name: "TrackerStore", dependencies: ["TogglModels"]),
        // `status` from the card a full `status` leaves: the card, its line, the shortcut. Like
        // TogglModels, TrackerCore and TrackerStore it needs only FoundationEssentials (no ICU).
        .target(name: "TrackerStatus", dependencies: ["TogglModels", "TrackerCore", "TrackerStore"]),
        // The main loop, the effect runner against Toggl, and a headless terminal for tests.
        .target(name: "TrackerRuntime", dependencies: ["TrackerCore", "TerminalUI", "TogglAPI", "TrackerStore", "TrackerStatus"]),
        // The only C that touches curses: ncursesw's wide API behind small accessors and wrappers.
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        // TerminalBackend on ncursesw: keys, colours by role, changed cells only, terminal guard.
        .target(name: "CursesTerminal", dependencies: ["TerminalUI", "TrackerCore", "CNcursesw"]),
        // The command line's subcommands: parsers, name resolution, output, the write seam. No curses.
        .target(
            name: "TrackerCLI",
            dependencies: [
                "TogglModels", "TogglAPI", "TrackerCore", "TrackerStore", "TrackerStatus", "TerminalUI", "TrackerRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libcurl behind typed calls, loaded with dlopen by the first request, not at start: a
        // run that makes no request (status) never loads it; no libcurl headers needed to build.
        .target(name: "CCurlLazy", linkerSettings: [.linkedLibrary("dl")]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "toggl-tui",
            dependencies: [
                "TogglModels", "TogglAPI", "TogglSandbox", "TrackerCore", "TerminalUI", "TrackerRuntime", "CursesTerminal", "TrackerCLI",
                "TrackerStatus", "CCurlLazy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What an install puts first as `toggl-tui`: answers a status bar's `status` from the
        // status card, else runs the program above in its place (exec). FoundationEssentials
        // only, so it starts in a few ms (scripts/install.sh, ARCHITECTURE.md).
        .executableTarget(name: "toggl-tui-launcher", dependencies: ["TrackerCore", "TrackerStatus"]),
        .executableTarget(
            name: "toggl-sandbox",
            dependencies: [
                "TogglSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's logic: a synthetic account, timings, pty bytes, memory, the workday.
        .target(
            name: "TrackerBenchmarks",
            dependencies: [
                "TogglModels", "TogglAPI", "TogglSandbox", "TrackerCore", "TerminalUI", "TrackerRuntime", "TrackerStore", "TrackerStatus",
                "CursesTerminal",
            ]
        ),
        .executableTarget(
            name: "toggl-tui-bench",
            dependencies: [
                "TrackerBenchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Seeded generators and JSON mutations the fuzz tests share, and where the recorded fixtures are (tests only).
        .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
        .testTarget(name: "TogglModelsTests", dependencies: ["TogglModels", "FuzzSupport"]),
        .testTarget(name: "TogglAPITests", dependencies: ["TogglAPI", "CCurlLazy", "FuzzSupport"]),
        .testTarget(name: "TrackerCoreTests", dependencies: ["TrackerCore", "FuzzSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TrackerCore", "TogglModels", "FuzzSupport"]),
        .testTarget(name: "TrackerRuntimeTests", dependencies: ["TrackerRuntime", "TogglSandbox", "TerminalUI", "TrackerStore", "FuzzSupport"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "CNcursesw", "TerminalUI", "TrackerCore"]),
        .testTarget(name: "TogglSandboxTests", dependencies: ["TogglSandbox", "TogglAPI"]),
        .testTarget(name: "TrackerStoreTests", dependencies: ["TrackerStore", "FuzzSupport"]),
        .testTarget(name: "BenchmarkTests", dependencies: ["TrackerBenchmarks"]),
        .testTarget(name: "TrackerStatusTests", dependencies: ["TrackerStatus"]),
        .testTarget(name: "TrackerCLITests", dependencies: ["TrackerCLI", "TrackerStatus", "TogglSandbox", "TogglAPI", "TrackerStore", "CCurlLazy"]),
    ],
    swiftLanguageModes: [.v6]
)

/// A release build links the Swift runtime and Foundation in statically, as `scripts/install.sh`
/// and `scripts/package.sh` always did: what `swift build -c release` makes (and the benchmark
/// measures) is what users run. A process then has only the pages it touches of that code
/// resident, where shared Swift libraries are mapped whole (README, Performance). Debug builds
/// (`swift run toggl-tui --demo`, `swift test`) stay dynamic. This package's Swift modules are
/// compiled with the flag too — it chooses the static Foundation's modules, which name the
/// libraries they need for the link —; unlike `--static-swift-stdlib`, the dependencies are not,
/// and need not be.
let staticInRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
let cTargets: Set = ["CCurlLazy", "CNcursesw", "CWideChar"]
for target in package.targets where (target.type == .regular || target.type == .executable) && !cTargets.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticInRelease)]
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticInRelease)]
    }
}
