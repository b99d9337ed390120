import Foundation

/// The demo account every new user sees with `toggl-tui --demo`, generated in code relative to
/// the day it is made, so that "today" always has entries and an installed binary needs no
/// resource files.
public enum DemoAccount {
    /// The demo user's fixed API token (it opens nothing but the local sandbox).
    public static let apiToken = "demo0token0for0the0toggl0sandbox"
    /// The demo user's email and password, for Basic auth with a password.
    public static let email = "demo@toggl-tui.invalid"
    public static let password = "demo-password"

    /// A world holding the demo account as of `now`, with days counted in `timeZone`.
    public static func makeWorld(now: Date, timeZone: TimeZone) -> SandboxWorld {
        SandboxWorld()
    }
}
