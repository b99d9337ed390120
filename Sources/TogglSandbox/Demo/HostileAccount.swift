import Foundation

/// The demo account as a hostile teammate would leave it: for tests that everything from Toggl
/// is untrusted. Every name (workspaces, clients, projects, tags, the user) and the recent
/// entries' descriptions hold terminal escapes, C1 controls, bidi overrides, zero-width and
/// combining characters or 10 000 characters; today also holds entries with durations near
/// `Int64.max` and `Int64.min`, a stop before its start, and a project with a colour that is no
/// colour.
///
/// The same `now` and `timeZone` always give the same world; the demo token
/// (``DemoAccount/apiToken``) opens it.
public enum HostileAccount {
    /// Strings a terminal would obey, or a layout would choke on, each one a line of its own
    /// kind. ``isDangerous(_:)`` says whether text still holds any of their controls.
    public static let strings: [String] = [
        "evil\u{1B}]0;PWNED\u{07}\u{1B}[2Jdesc",            // retitle the window, clear the screen
        "clip\u{1B}]52;c;cm0gLXJmIH4=\u{07}board",           // OSC 52: write the clipboard
        "c1\u{9B}31mred\u{85}next\u{9D}0;t\u{9C}",            // C1 CSI, NEL, OSC, ST
        "bidi \u{202E}gnp.exe\u{202C} \u{2066}isolate\u{2069}", // right-to-left override, isolate
        "zero\u{200B}width\u{200D}joiner\u{FEFF}",
        "tab\there\r\nnew line\u{7F}del\u{08}\u{08}bs",
        "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301} combining",
        "line\u{2028}separator\u{2029}paragraph",
        "\u{1B}[31m\u{1B}[1mbold red\u{1B}[0m 🧨 全角",
        String(repeating: "long ", count: 2_000),             // 10 000 characters
    ]

    /// Durations no one could have tracked, for entries whose numbers must not trap.
    public static let absurdDurations: [Int] = [9_000_000_000_000_000_000, Int(Int64.max), Int(Int64.min) + 1]

    /// The hostile world as of `now`, days counted in `timeZone`.
    public static func makeWorld(now: Date, timeZone: TimeZone) -> SandboxWorld {
        var world = DemoAccount.makeWorld(now: now, timeZone: timeZone)
        var index = 0
        func next() -> String {
            defer { index += 1 }
            return strings[index % strings.count] + (index < strings.count ? "" : " \(index)")
        }
        for var user in world.users.all {
            user.fullname = next()
            world.users.upsert(user)
        }
        for var workspace in world.workspaces.all.sorted(by: { $0.id < $1.id }) {
            workspace.name = next()
            world.workspaces.upsert(workspace)
        }
        for var client in world.clients.all.sorted(by: { $0.id < $1.id }) {
            client.name = next()
            world.clients.upsert(client)
        }
        for var project in world.projects.all.sorted(by: { $0.id < $1.id }) {
            project.name = next()
            if index % 3 == 0 { project.color = "\u{1B}[5m#zzzzzz" }
            world.projects.upsert(project)
        }
        for var tag in world.tags.all.sorted(by: { $0.id < $1.id }) {
            tag.name = next()
            world.tags.upsert(tag)
        }
        let recent = now.addingTimeInterval(-14 * 86_400)
        for var entry in world.timeEntries.all.sorted(by: { $0.id < $1.id }) where entry.start >= recent {
            entry.description = next()
            world.timeEntries.upsert(entry)
        }
        addAbsurdEntries(to: &world, now: now, timeZone: timeZone)
        return world
    }

    /// Whether `text` still holds a character a terminal would act on: C0 (but `\n` and `\t`), DEL, C1,
    /// bidi embeddings, overrides and isolates, or the line and paragraph separators.
    public static func isDangerous(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    /// Entries of today with absurd numbers, in the user's default workspace: durations near
    /// `Int64.max` and `Int64.min`, and one whose stop is before its start.
    private static func addAbsurdEntries(to world: inout SandboxWorld, now: Date, timeZone: TimeZone) {
        guard let user = world.users.all.first,
              let workspaceID = world.workspaces(of: user.id).map(\.id).min() else { return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let midnight = calendar.startOfDay(for: now)
        let project = world.projects.filter { $0.workspaceID == workspaceID && $0.active }.min { $0.id < $1.id }
        for (offset, duration) in absurdDurations.enumerated() {
            let start = midnight.addingTimeInterval(TimeInterval(offset * 600 + 60))
            world.timeEntries.upsert(TimeEntryRecord(
                id: world.makeID(), workspaceID: workspaceID, userID: user.id, projectID: project?.id,
                start: start, stop: start.addingTimeInterval(60), duration: duration,
                description: "absurd duration \(duration)", createdWith: "hostile", at: start))
        }
        let start = midnight.addingTimeInterval(3_600)
        world.timeEntries.upsert(TimeEntryRecord(
            id: world.makeID(), workspaceID: workspaceID, userID: user.id, projectID: project?.id,
            start: start, stop: start.addingTimeInterval(-7_200), duration: 5_400,
            description: "stop before start", createdWith: "hostile", at: start))
    }
}
