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

    /// Replaces the public ``apiToken`` and ``password`` of every user who still has them with
    /// random ones (32 hex digits), so only whoever holds the world — `toggl-tui --demo`, whose
    /// state file is private to its user — can authenticate: another local user who finds the
    /// loopback port cannot. Returns the token the app should use: the demo user's (the user
    /// who had the public token, else the one with the demo ``email``, else the first user),
    /// or nil for a world without users.
    public static func makePrivate(_ world: inout SandboxWorld, using generator: inout some RandomNumberGenerator) -> String? {
        var demoUserID: Int64?
        for user in world.users.all where user.apiToken == apiToken || user.password == password {
            _ = world.users.modify(user.id) { record in
                if record.apiToken == apiToken {
                    record.apiToken = randomHex(using: &generator)
                    demoUserID = demoUserID ?? record.id
                }
                if record.password == password { record.password = randomHex(using: &generator) }
            }
        }
        let demoUser = demoUserID.flatMap { world.users[$0] }
            ?? world.users.all.first { $0.email.caseInsensitiveCompare(email) == .orderedSame }
            ?? world.users.all.min { $0.id < $1.id }
        return demoUser?.apiToken
    }

    /// 32 random hex digits, like a Toggl API token.
    private static func randomHex(using generator: inout some RandomNumberGenerator) -> String {
        (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
