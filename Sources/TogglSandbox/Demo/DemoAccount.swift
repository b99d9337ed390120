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
    /// The demo user's full name.
    public static let fullname = "Alex Demo"
    /// The demo user's default workspace (Starter plan); the other one, "Personal", is Free.
    public static let workspaceName = "Northwind Studio"

    /// A world holding the demo account as of `now`, with days counted in `timeZone`.
    ///
    /// The same `now` and `timeZone` always give the same world. It holds one user
    /// (``fullname``, profile time zone `timeZone.identifier`, weeks starting Monday), a Starter
    /// organization with the default workspace ``workspaceName`` (6 clients, 21 projects — one
    /// archived, several without client — tasks on the client projects, 10 tags) and a Free
    /// organization with workspace "Personal" (4 projects, 2 tags), and entries for the 26 weeks
    /// before today (workdays 9:00–18:00-ish with a lunch gap, light weekends, a few personal
    /// evenings) plus today: finished entries this morning and one running entry started about
    /// 40 minutes before `now`.
    public static func makeWorld(now: Date, timeZone: TimeZone) -> SandboxWorld {
        var builder = DemoWorldBuilder(now: now, timeZone: timeZone)
        return builder.build()
    }
}
