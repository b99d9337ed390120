import Foundation
import Testing
import TogglModels
import TrackerCore
@testable import TerminalUI

/// The timeline (`v`) at 80×24 and 120×40: gaps, overlaps, the running entry (growing with the
/// ticks), an entry across midnight on both its days, without colour, and DST days.
@Suite struct TimelineSnapshotTests {
    typealias S = SampleState

    /// A day with an overlap and a gap: Deploy from 23:30 the evening before to 00:30; the
    /// meeting 7:00–7:45 (gap 7:45–8:00), Wireframes 8–9 with a call 8:40–9:10 over it and over
    /// Standup 9–9:30; Inbox running since 9:30; now 10:00 (or `now`).
    static func day(now: Date = S.now, usesNoProjectCall: Bool = true) -> AppState {
        var state = AppState(settings: AppSettings(systemTimeZone: S.utc), now: S.now)
        _ = AppUpdate.update(&state, .launched)
        var account = S.me
        account.timeEntries = S.entries + [
            S.running,
            TimeEntry(id: 505, workspaceID: S.studio, userID: S.userID, start: S.at(8, 40), stop: S.at(9, 10), duration: 1800,
                      description: "Call with Ana"),
            TimeEntry(id: 506, workspaceID: S.studio, projectID: S.website, userID: S.userID, start: S.at(23, 30, daysAgo: 1),
                      stop: S.at(0, 30), duration: 3600, description: "Deploy"),
        ]
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        state.status = nil
        if now != S.now { _ = AppUpdate.update(&state, .tick(now)) }
        state.press(.character("v"))
        return state
    }

    @Test func aDayWithGapsOverlapsAndTheRunningEntryAt80x24() {
        var state = Self.day()
        state.press(.character("h"), .character("h"))
        assertSnapshot(AppView.render(state, size: Size(columns: 80, rows: 24)), text: """
             toggl-tui Alex Demo · Northwind Studio                    Mon 2026-11-23 10:00
            ┌ Timeline · Mon 2026-11-23 (today) · 3h 15m · week 3h 15m ──────────── v list ┐
            │ 00     01      02     03      04      05     06      07     08      09    10 │
            │ ┬──────┬───────┬──────┬───────┬───────┬──────┬───────┬──────┬───────┬──────┬ │
            │ ███                                                  █████  ████████████████ │
            │ ███                                                  █████  ████████████████ │
            │ ███                                                  █████  ████████████████ │
            │                                                                  ████        │
            │                                                                  ████        │
            │                                                                  ████        │
            │    ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄1┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄     ┄┄     ××××        │
            │                                                                     ^        │
            │                                                                              │
            │ Overlap · 09:00–09:10 · 0:10:00 · “Call with Ana” and “Standup”              │
            │                                                                              │
            │ █ Website Redesign   █ Mobile App   █ (no project)   █ Admin                 │
            │                                                                              │
            │ Gaps and overlaps                                                            │
            │ ▸ Overlap · 09:00–09:10 · 0:10:00 · “Call with Ana” and “Standup”            │
            │                                                                              │
            │ ←/→ move · o trim the earlier                                                │
            └──────────────────────────────────────────────────────────────────────────────┘
                                                                               synced 10:00
            s start · x stop · c continue · a add · e edit · d delete · / filter · ? more
            """, styles: """
            0: 0-10 statusBar+bold, 11-79 statusBar
            1: 0-0 focus, 1-58 focus+bold, 59-70 focus, 71-78 muted, 79-79 focus
            2: 0-0 focus, 2-3 muted, 9-10 muted, 17-18 muted, 24-25 muted, 32-33 muted, 40-41 muted, 47-48 muted, 55-56 muted, 62-63 muted, 70-71 muted, 76-77 muted, 79-79 focus
            3: 0-0 focus, 2-77 border, 79-79 focus
            4: 0-0 focus, 2-4 project #06a893, 55-59 project #e36a00, 62-69 project #06a893, 70-73 project #e36a00, 74-77 project #525266, 79-79 focus
            5: 0-0 focus, 2-4 project #06a893, 55-59 project #e36a00, 62-69 project #06a893, 70-73 project #e36a00, 74-77 project #525266, 79-79 focus
            6: 0-0 focus, 2-4 project #06a893, 55-59 project #e36a00, 62-69 project #06a893, 70-73 project #e36a00, 74-77 project #525266, 79-79 focus
            7: 0-0 focus, 67-70 muted, 79-79 focus
            8: 0-0 focus, 67-70 muted, 79-79 focus
            9: 0-0 focus, 67-70 muted, 79-79 focus
            10: 0-0 focus, 5-54 muted, 60-61 muted, 67-70 warning+bold, 79-79 focus
            11: 0-0 focus, 70-70 focus+bold, 79-79 focus
            12: 0-0 focus, 79-79 focus
            13: 0-0 focus, 2-8 warning, 9-25 muted, 33-35 muted, 51-55 muted, 79-79 focus
            14: 0-0 focus, 79-79 focus
            15: 0-0 focus, 2-2 project #06a893, 4-19 muted, 23-23 project #e36a00, 25-34 muted, 38-38 muted, 40-51 muted, 55-55 project #525266, 57-61 muted, 79-79 focus
            16: 0-0 focus, 79-79 focus
            17: 0-0 focus, 2-18 title, 79-79 focus
            18: 0-0 focus, 2-3 focus, 4-10 warning, 11-27 muted, 35-37 muted, 53-57 muted, 79-79 focus
            19: 0-0 focus, 79-79 focus
            20: 0-0 focus, 2-4 key, 5-12 muted, 13-13 key, 14-30 muted, 79-79 focus
            21: 0-79 focus
            22: 0-79 statusBar
            23: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-31 muted, 32-32 key, 33-39 muted, 40-40 key, 41-48 muted, 49-49 key, 50-59 muted, 60-60 key, 61-70 muted, 71-71 key, 72-76 muted
            """)
    }

    @Test func aDayAt120x40() {
        var state = Self.day()
        state.press(.character("h"), .character("h"), .character("h"))
        assertSnapshot(AppView.render(state, size: Size(columns: 120, rows: 40)), text: """
             toggl-tui Alex Demo · Northwind Studio                                                            Mon 2026-11-23 10:00
            ┌ Timeline · Mon 2026-11-23 (today) · 3h 15m · week 3h 15m ──────────────────────────────────────────────────── v list ┐
            │ 00         01          02         03          04          05         06          07         08          09        10 │
            │ ┬──────────┬───────────┬──────────┬───────────┬───────────┬──────────┬───────────┬──────────┬───────────┬──────────┬ │
            │ █████                                                                            ████████   ████████████████████████ │
            │ █████                                                                            ████████   ████████████████████████ │
            │ █████                                                                            ████████   ████████████████████████ │
            │                                                                                                     ██████           │
            │                                                                                                     ██████           │
            │                                                                                                     ██████           │
            │      ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄1┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄        ┄2┄        ××××××           │
            │                                                                                                     ^^^^^^           │
            │                                                                                                                      │
            │ Call with Ana · 08:40–09:10 · 0:30:00                                                                                │
            │                                                                                                                      │
            │ █ Website Redesign   █ Mobile App   █ (no project)   █ Admin                                                         │
            │                                                                                                                      │
            │ Gaps and overlaps                                                                                                    │
            │   Gap 1 · 00:30–07:00 · 6:30:00                                                                                      │
            │   Gap 2 · 07:45–08:00 · 0:15:00                                                                                      │
            │   Overlap · 08:40–09:00 · 0:20:00 · “Wireframes” and “Call with Ana”                                                 │
            │   Overlap · 09:00–09:10 · 0:10:00 · “Call with Ana” and “Standup”                                                    │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │ ←/→ move · S split · J join next · e edit · d delete                                                                 │
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
                                                                                                                       synced 10:00
            s start · x stop · c continue · a add · e edit · d delete · / filter · tab pane · q quit · ? help
            """, styles: """
            0: 0-10 statusBar+bold, 11-119 statusBar
            1: 0-0 focus, 1-58 focus+bold, 59-110 focus, 111-118 muted, 119-119 focus
            2: 0-0 focus, 2-3 muted, 13-14 muted, 25-26 muted, 36-37 muted, 48-49 muted, 60-61 muted, 71-72 muted, 83-84 muted, 94-95 muted, 106-107 muted, 116-117 muted, 119-119 focus
            3: 0-0 focus, 2-117 border, 119-119 focus
            4: 0-0 focus, 2-6 project #06a893, 83-90 project #e36a00, 94-105 project #06a893, 106-111 project #e36a00, 112-117 project #525266, 119-119 focus
            5: 0-0 focus, 2-6 project #06a893, 83-90 project #e36a00, 94-105 project #06a893, 106-111 project #e36a00, 112-117 project #525266, 119-119 focus
            6: 0-0 focus, 2-6 project #06a893, 83-90 project #e36a00, 94-105 project #06a893, 106-111 project #e36a00, 112-117 project #525266, 119-119 focus
            7: 0-0 focus, 102-107 muted, 119-119 focus
            8: 0-0 focus, 102-107 muted, 119-119 focus
            9: 0-0 focus, 102-107 muted, 119-119 focus
            10: 0-0 focus, 7-82 muted, 91-93 muted, 102-107 warning+bold, 119-119 focus
            11: 0-0 focus, 102-107 focus+bold, 119-119 focus
            12: 0-0 focus, 119-119 focus
            13: 0-0 focus, 15-31 muted, 119-119 focus
            14: 0-0 focus, 119-119 focus
            15: 0-0 focus, 2-2 project #06a893, 4-19 muted, 23-23 project #e36a00, 25-34 muted, 38-38 muted, 40-51 muted, 55-55 project #525266, 57-61 muted, 119-119 focus
            16: 0-0 focus, 119-119 focus
            17: 0-0 focus, 2-18 title, 119-119 focus
            18: 0-0 focus, 4-8 title, 9-25 muted, 119-119 focus
            19: 0-0 focus, 4-8 title, 9-25 muted, 119-119 focus
            20: 0-0 focus, 4-10 warning, 11-27 muted, 35-37 muted, 50-54 muted, 119-119 focus
            21: 0-0 focus, 4-10 warning, 11-27 muted, 35-37 muted, 53-57 muted, 119-119 focus
            22: 0-0 focus, 119-119 focus
            23: 0-0 focus, 119-119 focus
            24: 0-0 focus, 119-119 focus
            25: 0-0 focus, 119-119 focus
            26: 0-0 focus, 119-119 focus
            27: 0-0 focus, 119-119 focus
            28: 0-0 focus, 119-119 focus
            29: 0-0 focus, 119-119 focus
            30: 0-0 focus, 119-119 focus
            31: 0-0 focus, 119-119 focus
            32: 0-0 focus, 119-119 focus
            33: 0-0 focus, 119-119 focus
            34: 0-0 focus, 119-119 focus
            35: 0-0 focus, 119-119 focus
            36: 0-0 focus, 2-4 key, 5-12 muted, 13-13 key, 14-22 muted, 23-23 key, 24-36 muted, 37-37 key, 38-45 muted, 46-46 key, 47-53 muted, 119-119 focus
            37: 0-119 focus
            38: 0-119 statusBar
            39: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-31 muted, 32-32 key, 33-39 muted, 40-40 key, 41-48 muted, 49-49 key, 50-59 muted, 60-60 key, 61-70 muted, 71-73 key, 74-81 muted, 82-82 key, 83-90 muted, 91-91 key, 92-96 muted
            """)
    }

    @Test func withoutColourEachProjectHasItsOwnPattern() {
        var state = Self.day()
        state.press(.character("h"), .character("h"), .character("h"), .character("h"))
        assertSnapshot(AppView.render(state, size: Size(columns: 80, rows: 24), usesColor: false), text: """
             toggl-tui Alex Demo · Northwind Studio                    Mon 2026-11-23 10:00
            ┌ Timeline · Mon 2026-11-23 (today) · 3h 15m · week 3h 15m ──────────── v list ┐
            │ 00     01      02     03      04      05     06      07     08      09    10 │
            │ ┬──────┬───────┬──────┬───────┬───────┬──────┬───────┬──────┬───────┬──────┬ │
            │ ███                                                  ▓▓▓▓▓  ████████▓▓▓▓░░░░ │
            │ ███                                                  ▓▓▓▓▓  ████████▓▓▓▓░░░░ │
            │ ███                                                  ▓▓▓▓▓  ████████▓▓▓▓░░░░ │
            │                                                                  ▒▒▒▒        │
            │                                                                  ▒▒▒▒        │
            │                                                                  ▒▒▒▒        │
            │    ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄1┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄     ┄┄     ××××        │
            │                                                                  ^^^         │
            │                                                                              │
            │ Overlap · 08:40–09:00 · 0:20:00 · “Wireframes” and “Call with Ana”           │
            │                                                                              │
            │ █ Website Redesign   ▓ Mobile App   ▒ (no project)   ░ Admin                 │
            │                                                                              │
            │ Gaps and overlaps                                                            │
            │ ▸ Overlap · 08:40–09:00 · 0:20:00 · “Wireframes” and “Call with Ana”         │
            │                                                                              │
            │ ←/→ move · o trim the earlier                                                │
            └──────────────────────────────────────────────────────────────────────────────┘
                                                                               synced 10:00
            s start · x stop · c continue · a add · e edit · d delete · / filter · ? more
            """, styles: """
            0: 0-10 statusBar+bold, 11-79 statusBar
            1: 0-0 focus, 1-58 focus+bold, 59-70 focus, 71-78 muted, 79-79 focus
            2: 0-0 focus, 2-3 muted, 9-10 muted, 17-18 muted, 24-25 muted, 32-33 muted, 40-41 muted, 47-48 muted, 55-56 muted, 62-63 muted, 70-71 muted, 76-77 muted, 79-79 focus
            3: 0-0 focus, 2-77 border, 79-79 focus
            4: 0-0 focus, 74-77 running, 79-79 focus
            5: 0-0 focus, 74-77 running, 79-79 focus
            6: 0-0 focus, 74-77 running, 79-79 focus
            7: 0-0 focus, 79-79 focus
            8: 0-0 focus, 79-79 focus
            9: 0-0 focus, 79-79 focus
            10: 0-0 focus, 5-54 muted, 60-61 muted, 67-70 warning+bold, 79-79 focus
            11: 0-0 focus, 67-69 focus+bold, 79-79 focus
            12: 0-0 focus, 79-79 focus
            13: 0-0 focus, 2-8 warning, 9-25 muted, 33-35 muted, 48-52 muted, 79-79 focus
            14: 0-0 focus, 79-79 focus
            15: 0-0 focus, 4-19 muted, 25-34 muted, 40-51 muted, 57-61 muted, 79-79 focus
            16: 0-0 focus, 79-79 focus
            17: 0-0 focus, 2-18 title, 79-79 focus
            18: 0-0 focus, 2-3 focus, 4-10 warning, 11-27 muted, 35-37 muted, 50-54 muted, 79-79 focus
            19: 0-0 focus, 79-79 focus
            20: 0-0 focus, 2-4 key, 5-12 muted, 13-13 key, 14-30 muted, 79-79 focus
            21: 0-79 focus
            22: 0-79 statusBar
            23: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-31 muted, 32-32 key, 33-39 muted, 40-40 key, 41-48 muted, 49-49 key, 50-59 muted, 60-60 key, 61-70 muted, 71-71 key, 72-76 muted
            """)
    }
}

extension TimelineSnapshotTests {
    @Test func theRunningEntryGrowsWithTheTicks() {
        // At 10:00 Inbox (9:30–now) ends at the right edge of a span ending 10:00; at 10:40 the
        // span reaches 11:00 and Inbox has grown to 10:40.
        var state = Self.day()
        let before = AppView.render(state, size: Size(columns: 80, rows: 24))
        state.send(.tick(S.at(10, 40)))
        let after = AppView.render(state, size: Size(columns: 80, rows: 24))
        assertSnapshot(region(before, rows: 2..<12, columns: 0..<80), text: """
            │ 00     01      02     03      04      05     06      07     08      09    10 │
            │ ┬──────┬───────┬──────┬───────┬───────┬──────┬───────┬──────┬───────┬──────┬ │
            │ ███                                                  █████  ████████████████ │
            │ ███                                                  █████  ████████████████ │
            │ ███                                                  █████  ████████████████ │
            │                                                                  ████        │
            │                                                                  ████        │
            │                                                                  ████        │
            │    ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄1┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄     ┄┄     ××××        │
            │                                                                         ^^^^ │
            """)
        assertSnapshot(region(after, rows: 2..<12, columns: 0..<80), text: """
            │ 00    01     02     03     04     05     06     07     08     09     10   11 │
            │ ┬─────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬─────┬ │
            │ ███                                             █████  ██████████████████    │
            │ ███                                             █████  ██████████████████    │
            │ ███                                             █████  ██████████████████    │
            │                                                            ████              │
            │                                                            ████              │
            │                                                            ████              │
            │    ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄1┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄     ┄┄    ××××              │
            │                                                                  ^^^^^^^^    │
            """)
    }

    @Test func anEntryAcrossMidnightShowsOnBothDays() {
        // Deploy 23:30–00:30: its last half hour today (above), its first half hour yesterday.
        var state = Self.day()
        state.press(.character("g"))
        let today = AppView.render(state, size: Size(columns: 80, rows: 24))
        state.press(.character("["), .character("G"))
        let yesterday = AppView.render(state, size: Size(columns: 80, rows: 24))
        assertSnapshot(region(today, rows: 1..<13, columns: 0..<80), text: """
            ┌ Timeline · Mon 2026-11-23 (today) · 3h 15m · week 3h 15m ──────────── v list ┐
            │ 00     01      02     03      04      05     06      07     08      09    10 │
            │ ┬──────┬───────┬──────┬───────┬───────┬──────┬───────┬──────┬───────┬──────┬ │
            │ ███                                                  █████  ████████████████ │
            │ ███                                                  █████  ████████████████ │
            │ ███                                                  █████  ████████████████ │
            │                                                                  ████        │
            │                                                                  ████        │
            │                                                                  ████        │
            │    ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄1┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄     ┄┄     ××××        │
            │ ^^^                                                                          │
            │                                                                              │
            """)
        assertSnapshot(region(yesterday, rows: 1..<13, columns: 0..<80), text: """
            ┌ Timeline · Sun 2026-11-22 (yesterday) · 3h 00m · week 3h 00m ──────── v list ┐
            │ 14     15      16     17      18      19     20      21     22      23    00 │
            │ ┬──────┬───────┬──────┬───────┬───────┬──────┬───────┬──────┬───────┬──────┬ │
            │ ███████████████                                                         ████ │
            │ ███████████████                                                         ████ │
            │ ███████████████                                                         ████ │
            │                ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄1┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄     │
            │                                                                         ^^^^ │
            │                                                                              │
            │ Deploy · ● Website Redesign · 23:30–00:30 · 1:00:00                          │
            │                                                                              │
            │ █ Website Redesign                                                           │
            """)
    }

    /// A day in Berlin with `entries` (built at UTC instants), shown with the timeline.
    static func berlin(_ day: LocalDay, now: Date, entries: [TimeEntry]) -> AppState {
        let berlin = Zone(identifier: "Europe/Berlin")!
        var state = AppState(settings: AppSettings(timeZoneOverride: berlin, systemTimeZone: S.utc), now: now)
        _ = AppUpdate.update(&state, .launched)
        var account = S.me
        account.timeEntries = entries
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        state.status = nil
        _ = AppUpdate.update(&state, .key(.character("v")))
        return state
    }

    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aDayWhenTheClocksGoBackHas25Hours() {
        // Sunday 2026-10-25 in Berlin: 02:00–03:00 happens twice (CEST, then CET). A night
        // shift 00:00–06:00 local lasts 7 real hours; the hours read 00 01 02 02 03 04 05 06.
        let shift = TimeEntry(id: 601, workspaceID: S.studio, projectID: S.website, userID: S.userID,
                              start: Self.utc("2026-10-24T22:00:00Z"), stop: Self.utc("2026-10-25T05:00:00Z"), duration: 25_200,
                              description: "Night shift")
        let state = Self.berlin(LocalDay(year: 2026, month: 10, day: 25), now: Self.utc("2026-10-25T12:00:00Z"), entries: [shift])
        #expect(state.dayTimeline.hourMarks(in: state.timeZone).map(\.hour) == [0, 1, 2, 2, 3, 4, 5, 6])
        assertSnapshot(region(AppView.render(state, size: Size(columns: 80, rows: 24)), rows: 1..<13, columns: 0..<80), text: """
            ┌ Timeline · Sun 2026-10-25 (today) · 7h 00m · week 7h 00m ──────────── v list ┐
            │ 00        01         02         02         03         04         05       06 │
            │ ┬─────────┬──────────┬──────────┬──────────┬──────────┬──────────┬─────────┬ │
            │ ████████████████████████████████████████████████████████████████████████████ │
            │ ████████████████████████████████████████████████████████████████████████████ │
            │ ████████████████████████████████████████████████████████████████████████████ │
            │                                                                              │
            │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ │
            │                                                                              │
            │ Night shift · ● Website Redesign · 00:00–06:00 · 7:00:00                     │
            │                                                                              │
            │ █ Website Redesign                                                           │
            """)
    }

    @Test func aDayWhenTheClocksGoForwardHas23Hours() {
        // Sunday 2026-03-29 in Berlin: 02:00 becomes 03:00. 00:00–06:00 local is 5 real hours:
        // 00 01 03 04 05 06.
        let shift = TimeEntry(id: 602, workspaceID: S.studio, projectID: S.mobile, userID: S.userID,
                              start: Self.utc("2026-03-28T23:00:00Z"), stop: Self.utc("2026-03-29T04:00:00Z"), duration: 18_000,
                              description: "Night shift")
        let state = Self.berlin(LocalDay(year: 2026, month: 3, day: 29), now: Self.utc("2026-03-29T12:00:00Z"), entries: [shift])
        #expect(state.dayTimeline.hourMarks(in: state.timeZone).map(\.hour) == [0, 1, 3, 4, 5, 6])
        let zone = state.timeZone
        #expect(state.day.end(in: zone).timeIntervalSince(state.day.start(in: zone)) == 23 * 3600)
        assertSnapshot(region(AppView.render(state, size: Size(columns: 80, rows: 24)), rows: 1..<13, columns: 0..<80), text: """
            ┌ Timeline · Sun 2026-03-29 (today) · 5h 00m · week 5h 00m ──────────── v list ┐
            │ 00             01             03             04             05            06 │
            │ ┬──────────────┬──────────────┬──────────────┬──────────────┬──────────────┬ │
            │ ████████████████████████████████████████████████████████████████████████████ │
            │ ████████████████████████████████████████████████████████████████████████████ │
            │ ████████████████████████████████████████████████████████████████████████████ │
            │                                                                              │
            │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ │
            │                                                                              │
            │ Night shift · ● Mobile App · 00:00–06:00 · 5:00:00                           │
            │                                                                              │
            │ █ Mobile App                                                                 │
            """)
    }

    @Test func anEmptyDaySaysSo() {
        var state = Self.day()
        state.press(.character("["), .character("["))
        assertSnapshot(region(AppView.render(state, size: Size(columns: 80, rows: 24)), rows: 1..<4, columns: 0..<80), text: """
            ┌ Timeline · Sat 2026-11-21 · 0m · week 3h 00m ──────────────────────── v list ┐
            │                                                                              │
            │ Nothing tracked on this day                                                  │
            """)
    }
}

extension TimelineSnapshotTests {
    @Test func twoEntriesOfOneProjectSideBySideStayTwo() {
        // Design 8–9 and Build 9–10 on Website: Build begins with a half block.
        var state = AppState(settings: AppSettings(systemTimeZone: S.utc), now: S.now)
        _ = AppUpdate.update(&state, .launched)
        var account = S.me
        account.timeEntries = [
            TimeEntry(id: 701, workspaceID: S.studio, projectID: S.website, userID: S.userID, start: S.at(8), stop: S.at(9), duration: 3600,
                      description: "Design"),
            TimeEntry(id: 702, workspaceID: S.studio, projectID: S.website, userID: S.userID, start: S.at(9), stop: S.at(10), duration: 3600,
                      description: "Build"),
        ]
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        state.press(.character("v"))
        assertSnapshot(region(AppView.render(state, size: Size(columns: 80, rows: 24)), rows: 2..<6, columns: 0..<80), text: """
            │ 08                                    09                                  10 │
            │ ┬─────────────────────────────────────┬────────────────────────────────────┬ │
            │ ██████████████████████████████████████▐█████████████████████████████████████ │
            │ ██████████████████████████████████████▐█████████████████████████████████████ │
            """)
    }
}
