// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "toggl-tui",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TogglModels", targets: ["TogglModels"]),
        .library(name: "TogglAPI", targets: ["TogglAPI"]),
        .executable(name: "toggl-tui", targets: ["toggl-tui"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Codable Toggl Track v9 models: Int64 ids, lenient decoding, fast timestamps.
        .target(name: "TogglModels"),
        // Typed endpoints, transport, errors, quota, retry policy, credentials and config.
        .target(name: "TogglAPI", dependencies: ["TogglModels"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "toggl-tui",
            dependencies: [
                "TogglAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TogglModelsTests", dependencies: ["TogglModels"]),
        .testTarget(name: "TogglAPITests", dependencies: ["TogglAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
