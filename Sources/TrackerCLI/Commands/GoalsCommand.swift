import ArgumentParser
import Foundation
import TrackerStatus
import TogglModels
import TrackerCore
import TrackerStatus

/// `goals [--refresh]`: how far each of the config's `[goals]` is in its day, week or month —
/// from this machine's copy, for no request.
public struct GoalsCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "goals", abstract: "Progress towards your time goals (from the local copy: no request).",
        discussion: """
            Goals live in the config file's [goals] section:
              day = 8h · week = 40h · month = 160h
              client "Acme Corp" = 10h/week · project "Website Redesign" = 2h/day · tag deep-work = 15h/month
            """)

    /// Ask Toggl for the periods' entries first.
    @Flag(help: "Ask Toggl for the entries first (one request) instead of answering from this machine's copy.")
    public var refresh = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    /// Reads need no request unless asked to refresh.
    public var sendsUnsentFirst: Bool { refresh }

    public func execute(in session: CLISession) async throws {
        let goals = session.context.settings.goals
        guard !goals.isEmpty else {
            if global.json {
                return session.context.output.write(try GoalsReport(json: true).text(for: [], now: session.now, timeZone: session.timeZone,
                                                                                      format: session.timeFormat))
            }
            return session.report("No goals set. Add some to \(session.context.configPaths.configFile):\n"
                + "[goals]\nday = 8h\nweek = 40h\nclient \"Acme Corp\" = 10h/week")
        }
        // Before the store is read, so a write meanwhile shows as a change next time.
        let layout = session.layout()
        let inputs = layout.map { StatusCard.takeInputs(session, $0) }
        let answer = try await Self.progress(of: goals, refresh: refresh, in: session)
        let report = GoalsReport(json: global.json)
        session.context.output.write(try report.text(for: answer.progress, now: session.now, timeZone: session.timeZone,
                                                     format: session.timeFormat))
        // Answered from this machine's copy: the launcher may answer the next `goals` from the same facts.
        if let layout, let inputs, let held = answer.held {
            GoalsCard(inputs: inputs, zone: ZoneOffsets(session.timeZone, around: session.now), items: held.items, spans: held.spans,
                      from: held.from, beginningOfWeek: held.beginningOfWeek, timeFormat: session.timeFormat, userID: layout.userID)
                .save(path: GoalsCard.path(cacheDirectory: session.context.cacheDirectory))
        }
    }

    /// The goals' progress, and — when it came from this machine's copy — what a ``GoalsCard``
    /// keeps of it.
    struct Answer {
        var progress: [GoalProgress]
        var held: (items: [GoalsCard.Item], spans: [StatusSummary.Span], from: Date, beginningOfWeek: Int)?
    }

    /// The goals' progress from this machine's copy (or Toggl's, with `refresh`); says on
    /// standard error when the copy does not reach back to the start of a period.
    static func progress(of goals: [Goal], refresh: Bool, in session: CLISession) async throws -> Answer {
        let now = session.now
        let zone = session.timeZone
        var catalog = session.storedCatalogIfAny()
        if catalog == nil, refresh { catalog = try await session.loadCatalog() }
        let beginning = catalog?.profile?.beginningOfWeek ?? 1
        let earliest = goals.map { GoalProgress.period($0.period, holding: now, timeZone: zone, beginningOfWeek: beginning).start }.min() ?? now
        // An entry begun before the period may reach into it.
        let from = earliest.addingTimeInterval(-86_400)
        let names = GoalProgress.Names(projects: catalog?.projects ?? [], clients: catalog?.clients ?? [])
        // One read for both: the entries up to now for this answer, and every one from `from` on
        // for the card, so a later moment can take what it needs.
        if !refresh, let stored = session.localEntries(from: from, to: .distantFuture) {
            let until = now.addingTimeInterval(1)
            let held = stored.filter { $0.start < until }
            let later = stored.filter { !$0.isDeleted }
            let matchers = goals.map { GoalProgress.matcher(for: $0, names: names) }
            // The entries that count towards some goal, once; each goal names its own by index.
            let counted = later.filter { entry in matchers.contains { $0.matches(entry) } }
            let items = zip(goals, matchers).map { goal, matcher in
                GoalsCard.Item(goal: goal, counts: goal.scope == .all ? nil : counted.indices.filter { matcher.matches(counted[$0]) },
                               isUnknownName: matcher.isUnknownName)
            }
            return Answer(progress: GoalProgress.of(goals, entries: held, names: names, now: now, timeZone: zone, beginningOfWeek: beginning),
                          held: (items, counted.map { .init(start: $0.start, end: $0.finishedAt) }, from, beginning))
        }
        let entries: [TimeEntry]
        if refresh {
            session.refreshRequested = true
            entries = try await session.entries(from: from, to: now.addingTimeInterval(1))
        } else {
            entries = session.localEntries()
            let oldest = entries.map(\.start).min()
            session.notify(CLINotice(.warning, "this machine's copy holds entries from "
                + (oldest.map { session.presenter.day($0) } ?? "no day")
                + " on; goals whose period began earlier count only those (goals --refresh asks Toggl, one request)."))
        }
        return Answer(progress: GoalProgress.of(goals, entries: entries, names: names, now: now, timeZone: zone, beginningOfWeek: beginning),
                      held: nil)
    }
}
