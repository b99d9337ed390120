import Foundation
import Testing
import TogglModels
import TrackerCore
@testable import TerminalUI

/// `AppView.render(state, size)` for states built with `AppUpdate.update` from the sample
/// account (Monday 2026-11-23 10:00 UTC, "Inbox" running on Admin since 09:30).
///
/// Whole screens at 80×24 (compact) and 60×16 (the minimum); at 120×40 (wide) only the rows
/// that differ from the compact layout, through ``region(_:rows:columns:)``.
@Suite struct AppViewSnapshotTests {
    private func render(_ state: AppState, _ columns: Int, _ rows: Int) -> ScreenBuffer {
        AppView.render(state, size: Size(columns: columns, rows: rows))
    }

    private var running: AppState { SampleState.loaded() }

    // MARK: Main screen

    @Test func mainScreenWithARunningTimerAt80x24() {
        assertSnapshot(render(running, 80, 24), text: """
             toggl-tui Alex Demo · Northwind Studio                    Mon 2026-11-23 10:00
            ┌ 1 Workspaces ─── 1/2 ┐┌ 4 Timer ─────────────────────────────── today 2h 45m ┐
            │✓ Northwind Studio    ││ ● 0:30:00  Inbox                                     │
            │  Personal            ││ ● Admin  since 09:30                                 │
            └──────────────────────┘└──────────────────────────────────────────────────────┘
            ┌ 2 Clients ────── 1/3 ┐┌ 5 Time entries · Mon 2026-11-23 · 2h 45m ─────── 1/4 ┐
            │▸ All clients         ││Time        Duration Description          Project     │
            │  Acme Corp           ││09:30–now    0:30:00 Inbox                ● Admin     │
            │  Globex              ││09:00–09:30  0:30:00 Standup              ● Mobile App│
            │                      ││08:00–09:00  1:00:00 Wireframes           ● Website R…│
            │                      ││07:00–07:45  0:45:00 会议 notes ☕        ● Mobile App│
            └──────────────────────┘│                                                      │
            ┌ 3 Projects ───── 1/3 ┐│                                                      │
            │● Admin               ││                                                      │
            │● Mobile App  Globex  ││                                                      │
            │● Website Redesign  A…││                                                      │
            │                      ││                                                      │
            │                      ││                                                      │
            │                      ││                                                      │
            │                      ││                                                      │
            │                      ││                                                      │
            └──────────────────────┘└──────────────────────────────────────────────────────┘
                                                                               synced 10:00
            s start · x stop · c continue · a add · e edit · d delete · / filter · ? more
            """, styles: """
            0: 0-10 statusBar+bold, 11-79 statusBar
            1: 0-0 border, 1-14 title, 15-17 border, 18-22 muted, 23-24 border, 25-33 title, 34-64 border, 65-78 muted, 79-79 border
            2: 0-0 border, 1-22 selectionInactive, 23-24 border, 26-36 running+bold, 79-79 border
            3: 0-0 border, 1-2 success, 23-24 border, 26-32 project #525266, 33-45 muted, 79-79 border
            4: 0-79 border
            5: 0-0 border, 1-11 title, 12-17 border, 18-22 muted, 23-24 border, 25-66 title, 67-73 border, 74-78 muted, 79-79 border
            6: 0-0 border, 1-22 selectionInactive, 23-24 border, 25-28 title, 37-44 title, 46-56 title, 67-73 title, 79-79 border
            7: 0-0 border, 1-2 focus, 23-24 border, 25-66 selectionInactive, 67-68 selectionInactive #525266, 69-78 selectionInactive, 79-79 border
            8: 0-0 border, 1-2 focus, 23-24 border, 25-35 muted, 67-68 project #e36a00, 79-79 border
            9: 0-0 border, 23-24 border, 25-35 muted, 67-68 project #06a893, 79-79 border
            10: 0-0 border, 23-24 border, 25-35 muted, 67-68 project #e36a00, 79-79 border
            11: 0-24 border, 79-79 border
            12: 0-0 focus, 1-12 focus+bold, 13-17 focus, 18-22 muted, 23-23 focus, 24-24 border, 79-79 border
            13: 0-0 focus, 1-2 selection #525266, 3-22 selection, 23-23 focus, 24-24 border, 79-79 border
            14: 0-0 focus, 1-2 project #e36a00, 13-20 muted, 23-23 focus, 24-24 border, 79-79 border
            15: 0-0 focus, 1-2 project #06a893, 19-22 muted, 23-23 focus, 24-24 border, 79-79 border
            16: 0-0 focus, 23-23 focus, 24-24 border, 79-79 border
            17: 0-0 focus, 23-23 focus, 24-24 border, 79-79 border
            18: 0-0 focus, 23-23 focus, 24-24 border, 79-79 border
            19: 0-0 focus, 23-23 focus, 24-24 border, 79-79 border
            20: 0-0 focus, 23-23 focus, 24-24 border, 79-79 border
            21: 0-23 focus, 24-79 border
            22: 0-79 statusBar
            23: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-31 muted, 32-32 key, 33-39 muted, 40-40 key, 41-48 muted, 49-49 key, 50-59 muted, 60-60 key, 61-70 muted, 71-71 key, 72-76 muted
            """)
    }

    @Test func wideLayoutAt120x40() {
        let screen = render(running, 120, 40)
        assertSnapshot(region(screen, rows: 0..<13), text: """
             toggl-tui Alex Demo · Northwind Studio                                                            Mon 2026-11-23 10:00
            ┌ 1 Workspaces ──────────── 1/2 ┐┌ 4 Timer ────────────────────────────────────────────────────────────── today 2h 45m ┐
            │✓ Northwind Studio             ││ ● 0:30:00  Inbox                                                                    │
            │  Personal                     ││ ● Admin  since 09:30                                                                │
            │                               ││                                                                                     │
            │                               ││                                                                                     │
            └───────────────────────────────┘└─────────────────────────────────────────────────────────────────────────────────────┘
            ┌ 2 Clients ─────────────── 1/3 ┐┌ 5 Time entries · Mon 2026-11-23 (today) · 2h 45m · week 2h 45m ──────────────── 1/4 ┐
            │▸ All clients                  ││Time        Duration Description                      Project              Tags      │
            │  Acme Corp                    ││09:30–now    0:30:00 Inbox                            ● Admin                        │
            │  Globex                       ││09:00–09:30  0:30:00 Standup                          ● Mobile App                   │
            │                               ││08:00–09:00  1:00:00 Wireframes                       ● Website Redesign   deep-work │
            │                               ││07:00–07:45  0:45:00 会议 notes ☕                    ● Mobile App         meeting   │
            """, styles: """
            0: 0-10 statusBar+bold, 11-119 statusBar
            1: 0-0 border, 1-14 title, 15-26 border, 27-31 muted, 32-33 border, 34-42 title, 43-104 border, 105-118 muted, 119-119 border
            2: 0-0 border, 1-31 selectionInactive, 32-33 border, 35-45 running+bold, 119-119 border
            3: 0-0 border, 1-2 success, 32-33 border, 35-41 project #525266, 42-54 muted, 119-119 border
            4: 0-0 border, 32-33 border, 119-119 border
            5: 0-0 border, 32-33 border, 119-119 border
            6: 0-119 border
            7: 0-0 border, 1-11 title, 12-26 border, 27-31 muted, 32-33 border, 34-97 title, 98-113 border, 114-118 muted, 119-119 border
            8: 0-0 border, 1-31 selectionInactive, 32-33 border, 34-37 title, 46-53 title, 55-65 title, 88-94 title, 109-112 title, 119-119 border
            9: 0-0 border, 1-2 focus, 32-33 border, 34-87 selectionInactive, 88-89 selectionInactive #525266, 90-118 selectionInactive, 119-119 border
            10: 0-0 border, 1-2 focus, 32-33 border, 34-44 muted, 88-89 project #e36a00, 119-119 border
            11: 0-0 border, 32-33 border, 34-44 muted, 88-89 project #06a893, 109-117 muted, 119-119 border
            12: 0-0 border, 32-33 border, 34-44 muted, 88-89 project #e36a00, 109-115 muted, 119-119 border
            """)
        assertSnapshot(region(screen, rows: 36..<40), text: """
            │                               ││                                                                                     │
            └───────────────────────────────┘└─────────────────────────────────────────────────────────────────────────────────────┘
                                                                                                                       synced 10:00
            s start · x stop · c continue · a add · e edit · d delete · / filter · tab pane · q quit · ? help
            """, styles: """
            0: 0-0 focus, 32-32 focus, 33-33 border, 119-119 border
            1: 0-32 focus, 33-119 border
            2: 0-119 statusBar
            3: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-31 muted, 32-32 key, 33-39 muted, 40-40 key, 41-48 muted, 49-49 key, 50-59 muted, 60-60 key, 61-70 muted, 71-73 key, 74-81 muted, 82-82 key, 83-90 muted, 91-91 key, 92-96 muted
            """)
    }

    @Test func minimumSize60x16() {
        assertSnapshot(render(running, 60, 16), text: """
             toggl-tui Alex Demo · Northwind Stu…  Mon 2026-11-23 10:00
            ┌ 1 Workspaces ─── 1/2 ┐┌ 4 Timer ─────────── today 2h 45m ┐
            │✓ Northwind Studio    ││ ● 0:30:00  Inbox                 │
            │  Personal            ││ ● Admin  since 09:30             │
            └──────────────────────┘└──────────────────────────────────┘
            ┌ 2 Clients ────── 1/3 ┐┌ 5 Time entries · Mon 2026-11-23… ┐
            │▸ All clients         ││Time        Duration Descrip… Pro…│
            │  Acme Corp          ↓││09:30–now    0:30:00 Inbox    ● A…│
            └──────────────────────┘│09:00–09:30  0:30:00 Standup  ● M…│
            ┌ 3 Projects ───── 1/3 ┐│08:00–09:00  1:00:00 Wirefra… ● W…│
            │● Admin               ││07:00–07:45  0:45:00 会议 no… ● M…│
            │● Mobile App  Globex  ││                                  │
            │● Website Redesign  A…││                                  │
            └──────────────────────┘└──────────────────────────────────┘
                                                           synced 10:00
            s start · x stop · c continue · a add · e edit · ? more
            """, styles: """
            0: 0-10 statusBar+bold, 11-59 statusBar
            1: 0-0 border, 1-14 title, 15-17 border, 18-22 muted, 23-24 border, 25-33 title, 34-44 border, 45-58 muted, 59-59 border
            2: 0-0 border, 1-22 selectionInactive, 23-24 border, 26-36 running+bold, 59-59 border
            3: 0-0 border, 1-2 success, 23-24 border, 26-32 project #525266, 33-45 muted, 59-59 border
            4: 0-59 border
            5: 0-0 border, 1-11 title, 12-17 border, 18-22 muted, 23-24 border, 25-58 title, 59-59 border
            6: 0-0 border, 1-21 selectionInactive, 23-24 border, 25-28 title, 37-44 title, 46-53 title, 55-58 title, 59-59 border
            7: 0-0 border, 1-2 focus, 22-22 muted, 23-24 border, 25-54 selectionInactive, 55-56 selectionInactive #525266, 57-58 selectionInactive, 59-59 border
            8: 0-24 border, 25-35 muted, 55-56 project #e36a00, 59-59 border
            9: 0-0 focus, 1-12 focus+bold, 13-17 focus, 18-22 muted, 23-23 focus, 24-24 border, 25-35 muted, 55-56 project #06a893, 59-59 border
            10: 0-0 focus, 1-2 selection #525266, 3-22 selection, 23-23 focus, 24-24 border, 25-35 muted, 55-56 project #e36a00, 59-59 border
            11: 0-0 focus, 1-2 project #e36a00, 13-20 muted, 23-23 focus, 24-24 border, 59-59 border
            12: 0-0 focus, 1-2 project #06a893, 19-22 muted, 23-23 focus, 24-24 border, 59-59 border
            13: 0-23 focus, 24-59 border
            14: 0-59 statusBar
            15: 0-0 key, 1-9 muted, 10-10 key, 11-18 muted, 19-19 key, 20-31 muted, 32-32 key, 33-39 muted, 40-40 key, 41-48 muted, 49-49 key, 50-54 muted
            """)
    }

    @Test func belowTheMinimumATooSmallNotice() {
        assertSnapshot(render(running, 40, 10), text: """



                       Terminal too small
                      40×10 — needs 60×16
                          ctrl+c quits
            """, styles: """
            3: 11-28 warning+bold
            4: 10-28 muted
            5: 14-25 muted
            """)
        #expect(render(running, 59, 16).textDump().contains("59×16 — needs 60×16"))
        #expect(render(running, 60, 15).textDump().contains("60×15 — needs 60×16"))
    }

    /// `pomodoro = 25m/5m` with the goal: "Inbox" runs since 09:30, so at 10:00 its second focus
    /// span runs until 10:25; one span (09:55) ended today.
    @Test func theTimerPaneCountsTodaysFocusSpans() {
        var state = running
        state.settings.goals = [Goal(scope: .all, period: .day, seconds: 4 * 3600)]
        state.settings.pomodoro = Pomodoro(focusSeconds: 1500, breakSeconds: 300)
        let text = render(state, 120, 40).textDump()
        #expect(text.contains("│ Goal 4h "))
        #expect(text.contains("│ Pomodoro 25m/5m  \(state.pomodoroSpansToday) today · focus until 10:25 "))
        var idle = SampleState.loaded(running: false)
        idle.settings.pomodoro = Pomodoro(focusSeconds: 1500, breakSeconds: 300)
        #expect(render(idle, 120, 40).textDump().contains("│ Pomodoro 25m/5m  \(idle.pomodoroSpansToday) today "))
        // Too small a pane for the line: left out.
        #expect(!render(state, 80, 24).textDump().contains("Pomodoro"))
    }

    /// `[goals] day = 4h`: 2 h 45 min done with "Inbox" running, so 1 h 15 min left, reached at 11:15.
    @Test func theTimerPaneShowsTheDayGoal() {
        var state = running
        state.settings.goals = [Goal(scope: .all, period: .day, seconds: 4 * 3600)]
        assertSnapshot(region(render(state, 120, 40), rows: 1..<7, columns: 32..<120), text: """
            ┐┌ 4 Timer ────────────────────────────────────────────────────────────── today 2h 45m ┐
            ││ ● 0:30:00  Inbox                                                                    │
            ││ ● Admin  since 09:30                                                                │
            ││ Goal 4h  ██████░░░░  2h 45m done · 1h 15m left · at this pace 11:15                 │
            ││                                                                                     │
            ┘└─────────────────────────────────────────────────────────────────────────────────────┘
            """, styles: """
            0: 0-1 border, 2-10 title, 11-72 border, 73-86 muted, 87-87 border
            1: 0-1 border, 3-13 running+bold, 87-87 border
            2: 0-1 border, 3-9 project #525266, 10-22 muted, 87-87 border
            3: 0-1 border, 3-11 muted, 12-17 running, 18-69 muted, 87-87 border
            4: 0-1 border, 87-87 border
            5: 0-87 border
            """)
        var idle = SampleState.loaded(running: false)
        idle.settings.goals = [Goal(scope: .all, period: .day, seconds: 2 * 3600)]
        assertSnapshot(region(render(idle, 120, 40), rows: 2..<5, columns: 32..<120), text: """
            ││ No timer running                                                                    │
            ││ s start  enter on a project starts it  c continues the last entry                   │
            ││ Goal 2h  ██████████  reached                                                        │
            """, styles: """
            0: 0-1 border, 3-18 muted, 87-87 border
            1: 0-1 border, 3-3 key, 4-11 muted, 12-16 key, 17-41 muted, 42-42 key, 43-67 muted, 87-87 border
            2: 0-1 border, 3-11 muted, 12-21 success, 22-23 muted, 24-30 success, 87-87 border
            """)
    }

    @Test func theStatusLineShowsTheReminderDue() {
        var state = SampleState.loaded(running: false)
        _ = AppUpdate.update(&state, .tick(state.now))
        state.status = nil
        let rows = render(state, 80, 24).textDump().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[22].hasPrefix(" Not tracking for 30m."), "\(rows[22])")
    }

    @Test func idleTimer() {
        let screen = render(SampleState.loaded(running: false), 80, 24)
        assertSnapshot(region(screen, rows: 1..<11), text: """
            ┌ 1 Workspaces ─── 1/2 ┐┌ 4 Timer ─────────────────────────────── today 2h 15m ┐
            │✓ Northwind Studio    ││ No timer running                                     │
            │  Personal            ││ s start  enter on a project starts it  c continues t…│
            └──────────────────────┘└──────────────────────────────────────────────────────┘
            ┌ 2 Clients ────── 1/3 ┐┌ 5 Time entries · Mon 2026-11-23 · 2h 15m ─────── 1/3 ┐
            │▸ All clients         ││Time        Duration Description          Project     │
            │  Acme Corp           ││09:00–09:30  0:30:00 Standup              ● Mobile App│
            │  Globex              ││08:00–09:00  1:00:00 Wireframes           ● Website R…│
            │                      ││07:00–07:45  0:45:00 会议 notes ☕        ● Mobile App│
            │                      ││                                                      │
            """, styles: """
            0: 0-0 border, 1-14 title, 15-17 border, 18-22 muted, 23-24 border, 25-33 title, 34-64 border, 65-78 muted, 79-79 border
            1: 0-0 border, 1-22 selectionInactive, 23-24 border, 26-41 muted, 79-79 border
            2: 0-0 border, 1-2 success, 23-24 border, 26-26 key, 27-34 muted, 35-39 key, 40-64 muted, 65-65 key, 66-78 muted, 79-79 border
            3: 0-79 border
            4: 0-0 border, 1-11 title, 12-17 border, 18-22 muted, 23-24 border, 25-66 title, 67-73 border, 74-78 muted, 79-79 border
            5: 0-0 border, 1-22 selectionInactive, 23-24 border, 25-28 title, 37-44 title, 46-56 title, 67-73 title, 79-79 border
            6: 0-0 border, 1-2 focus, 23-24 border, 25-66 selectionInactive, 67-68 selectionInactive #e36a00, 69-78 selectionInactive, 79-79 border
            7: 0-0 border, 1-2 focus, 23-24 border, 25-35 muted, 67-68 project #06a893, 79-79 border
            8: 0-0 border, 23-24 border, 25-35 muted, 67-68 project #e36a00, 79-79 border
            9: 0-0 border, 23-24 border, 79-79 border
            """)
    }

    @Test func emptyDayExplainsHowToStart() {
        var state = SampleState.loaded(running: false)
        state.catalog.entries = [:]
        assertSnapshot(region(render(state, 80, 24), rows: 5..<8, columns: 23..<80), text: """
            ┐┌ 5 Time entries · Mon 2026-11-23 (today) · 0m ────────┐
            ││Time Duration Description              Project        │
            ││Nothing tracked today yet — s starts a timer, a adds …│
            """, styles: """
            0: 0-1 border, 2-47 title, 48-56 border
            1: 0-1 border, 2-5 title, 7-14 title, 16-26 title, 41-47 title, 56-56 border
            2: 0-1 border, 2-55 muted, 56-56 border
            """)
    }

    @Test func entriesPaneFocusedWithASelection() {
        var state = running
        state.press(.character("5"), .character("j"))
        assertSnapshot(region(render(state, 80, 24), rows: 5..<12, columns: 23..<80), text: """
            ┐┌ 5 Time entries · Mon 2026-11-23 · 2h 45m ─────── 2/4 ┐
            ││Time        Duration Description          Project     │
            ││09:30–now    0:30:00 Inbox                ● Admin     │
            ││09:00–09:30  0:30:00 Standup              ● Mobile App│
            ││08:00–09:00  1:00:00 Wireframes           ● Website R…│
            ││07:00–07:45  0:45:00 会议 notes ☕        ● Mobile App│
            ┘│                                                      │
            """, styles: """
            0: 0-0 border, 1-1 focus, 2-43 focus+bold, 44-50 focus, 51-55 muted, 56-56 focus
            1: 0-0 border, 1-1 focus, 2-5 title, 14-21 title, 23-33 title, 44-50 title, 56-56 focus
            2: 0-0 border, 1-1 focus, 2-10 running, 15-21 running, 23-27 running, 44-45 project #525266, 56-56 focus
            3: 0-0 border, 1-1 focus, 2-43 selection, 44-45 selection #e36a00, 46-55 selection, 56-56 focus
            4: 0-0 border, 1-1 focus, 2-12 muted, 44-45 project #06a893, 56-56 focus
            5: 0-0 border, 1-1 focus, 2-12 muted, 44-45 project #e36a00, 56-56 focus
            6: 0-0 border, 1-1 focus, 56-56 focus
            """)
        assertSnapshot(region(render(state, 120, 40), rows: 7..<14, columns: 32..<120), text: """
            ┐┌ 5 Time entries · Mon 2026-11-23 (today) · 2h 45m · week 2h 45m ──────────────── 2/4 ┐
            ││Time        Duration Description                      Project              Tags      │
            ││09:30–now    0:30:00 Inbox                            ● Admin                        │
            ││09:00–09:30  0:30:00 Standup                          ● Mobile App                   │
            ││08:00–09:00  1:00:00 Wireframes                       ● Website Redesign   deep-work │
            ││07:00–07:45  0:45:00 会议 notes ☕                    ● Mobile App         meeting   │
            ││                                                                                     │
            """, styles: """
            0: 0-0 border, 1-1 focus, 2-65 focus+bold, 66-81 focus, 82-86 muted, 87-87 focus
            1: 0-0 border, 1-1 focus, 2-5 title, 14-21 title, 23-33 title, 56-62 title, 77-80 title, 87-87 focus
            2: 0-0 border, 1-1 focus, 2-10 running, 15-21 running, 23-27 running, 56-57 project #525266, 87-87 focus
            3: 0-0 border, 1-1 focus, 2-55 selection, 56-57 selection #e36a00, 58-86 selection, 87-87 focus
            4: 0-0 border, 1-1 focus, 2-12 muted, 56-57 project #06a893, 77-85 muted, 87-87 focus
            5: 0-0 border, 1-1 focus, 2-12 muted, 56-57 project #e36a00, 77-83 muted, 87-87 focus
            6: 0-0 border, 1-1 focus, 87-87 focus
            """)
    }

    @Test func aRefusedEntryIsMarkedAndTheStatusLineSaysWhy() {
        var state = running
        state.press(.character("5"), .character("j"))
        state.failedWrites[502] = FailedWrite(kind: .update, message: "Project not found")
        state.failedWrites[501] = FailedWrite(kind: .delete, message: "Entry is locked")
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 8..<10, columns: 23..<80), text: """
            ││09:00–09:30  0:30:00 ! Standup            ● Mobile App│
            ││08:00–09:00  1:00:00 ! Wireframes         ● Website R…│
            """, styles: """
            0: 0-0 border, 1-1 focus, 2-43 selection, 44-45 selection #e36a00, 46-55 selection, 56-56 focus
            1: 0-0 border, 1-1 focus, 2-12 muted, 23-24 error, 44-45 project #06a893, 56-56 focus
            """)
        // The selected one's reason and what to do about it.
        assertSnapshot(region(screen, rows: 22..<23), text: """
             Not saved: Project not found — e edit and retry · d discard       synced 10:00
            """, styles: """
            0: 0-0 statusBar, 1-59 error, 60-79 statusBar
            """)
    }

    // MARK: Filters and narrowing

    @Test func keptFilterOnTheProjects() {
        var state = running
        state.press(.character("/"))
        state.type("web")
        state.press(.enter)
        assertSnapshot(region(render(state, 80, 24), rows: 12..<22, columns: 0..<24), text: """
            ┌ 3 Projects ───── 1/1 ┐
            │● Website Redesign  A…│
            │                      │
            │                      │
            │                      │
            │                      │
            │                      │
            │                      │
            │/web  esc clears      │
            └──────────────────────┘
            """, styles: """
            0: 0-0 focus, 1-12 focus+bold, 13-17 focus, 18-22 muted, 23-23 focus
            1: 0-0 focus, 1-2 selection #06a893, 3-5 selection+underline, 6-22 selection, 23-23 focus
            2: 0-0 focus, 23-23 focus
            3: 0-0 focus, 23-23 focus
            4: 0-0 focus, 23-23 focus
            5: 0-0 focus, 23-23 focus
            6: 0-0 focus, 23-23 focus
            7: 0-0 focus, 23-23 focus
            8: 0-0 focus, 1-1 key, 2-4 match, 5-16 muted, 23-23 focus
            9: 0-23 focus
            """)
    }

    @Test func filterBeingTypedMarksMatches() {
        var state = running
        state.press(.character("/"))
        state.type("mo")
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 12..<22, columns: 0..<24), text: """
            ┌ 3 Projects ───── 1/2 ┐
            │● Mobile App  Globex  │
            │● Website Redesign  A…│
            │                      │
            │                      │
            │                      │
            │                      │
            │                      │
            │/mo                   │
            └──────────────────────┘
            """, styles: """
            0: 0-0 focus, 1-12 focus+bold, 13-17 focus, 18-22 muted, 23-23 focus
            1: 0-0 focus, 1-2 selection #e36a00, 3-4 selection+underline, 5-22 selection, 23-23 focus
            2: 0-0 focus, 1-2 project #06a893, 19-22 muted, 23-23 focus
            3: 0-0 focus, 23-23 focus
            4: 0-0 focus, 23-23 focus
            5: 0-0 focus, 23-23 focus
            6: 0-0 focus, 23-23 focus
            7: 0-0 focus, 23-23 focus
            8: 0-0 focus, 1-1 title, 2-3 input, 4-4 input+reverse, 5-22 input, 23-23 focus
            9: 0-23 focus
            """)
        assertSnapshot(region(screen, rows: 23..<24), text: """
            enter keep filter · esc clear · ↑↓ move
            """, styles: """
            0: 0-4 key, 5-19 muted, 20-22 key, 23-31 muted, 32-33 key, 34-38 muted
            """)
    }

    @Test func filterMatchedThroughTheClientMarksTheClient() {
        var state = running
        state.press(.character("/"))
        state.type("acme")
        assertSnapshot(region(render(state, 120, 40), rows: 20..<23, columns: 0..<33), text: """
            ┌ 3 Projects ────────────── 1/1 ┐
            │● Website Redesign  Acme Corp  │
            │                               │
            """, styles: """
            0: 0-0 focus, 1-12 focus+bold, 13-26 focus, 27-31 muted, 32-32 focus
            1: 0-0 focus, 1-2 selection #06a893, 3-20 selection, 21-24 selection+underline, 25-31 selection, 32-32 focus
            2: 0-0 focus, 32-32 focus
            """)
    }

    @Test func entriesFilterMarksDescriptionsAndProjects() {
        var state = running
        state.press(.character("5"), .character("/"))
        state.type("mob")
        state.press(.enter)
        assertSnapshot(region(render(state, 80, 24), rows: 5..<22, columns: 23..<80), text: """
            ┐┌ 5 Time entries · Mon 2026-11-23 · 2h 45m ─────── 1/2 ┐
            ││Time        Duration Description          Project     │
            ││09:00–09:30  0:30:00 Standup              ● Mobile App│
            ││07:00–07:45  0:45:00 会议 notes ☕        ● Mobile App│
            ││                                                      │
            ││                                                      │
            ┘│                                                      │
            ┐│                                                      │
            ││                                                      │
            ││                                                      │
            ││                                                      │
            ││                                                      │
            ││                                                      │
            ││                                                      │
            ││                                                      │
            ││/mob  esc clears                                      │
            ┘└──────────────────────────────────────────────────────┘
            """, styles: """
            0: 0-0 border, 1-1 focus, 2-43 focus+bold, 44-50 focus, 51-55 muted, 56-56 focus
            1: 0-0 border, 1-1 focus, 2-5 title, 14-21 title, 23-33 title, 44-50 title, 56-56 focus
            2: 0-0 border, 1-1 focus, 2-43 selection, 44-45 selection #e36a00, 46-48 selection+underline, 49-55 selection, 56-56 focus
            3: 0-0 border, 1-1 focus, 2-12 muted, 44-45 project #e36a00, 46-48 match, 56-56 focus
            4: 0-0 border, 1-1 focus, 56-56 focus
            5: 0-0 border, 1-1 focus, 56-56 focus
            6: 0-0 border, 1-1 focus, 56-56 focus
            7: 0-0 border, 1-1 focus, 56-56 focus
            8: 0-0 border, 1-1 focus, 56-56 focus
            9: 0-0 border, 1-1 focus, 56-56 focus
            10: 0-0 border, 1-1 focus, 56-56 focus
            11: 0-0 border, 1-1 focus, 56-56 focus
            12: 0-0 border, 1-1 focus, 56-56 focus
            13: 0-0 border, 1-1 focus, 56-56 focus
            14: 0-0 border, 1-1 focus, 56-56 focus
            15: 0-0 border, 1-1 focus, 2-2 key, 3-5 match, 6-17 muted, 56-56 focus
            16: 0-0 border, 1-56 focus
            """)
    }

    @Test func clientNarrowsTheProjects() {
        var state = running
        state.press(.character("2"), .character("j"), .enter)
        assertSnapshot(region(render(state, 80, 24), rows: 5..<16, columns: 0..<24), text: """
            ┌ 2 Clients ────── 2/3 ┐
            │  All clients         │
            │▸ Acme Corp           │
            │  Globex              │
            │                      │
            │                      │
            └──────────────────────┘
            ┌ 3 Projects · Acme C… ┐
            │● Website Redesign    │
            │                      │
            │                      │
            """, styles: """
            0: 0-0 border, 1-11 title, 12-17 border, 18-22 muted, 23-23 border
            1: 0-0 border, 1-2 focus, 3-13 muted, 23-23 border
            2: 0-0 border, 1-22 selectionInactive, 23-23 border
            3: 0-0 border, 1-2 focus, 23-23 border
            4: 0-0 border, 23-23 border
            5: 0-0 border, 23-23 border
            6: 0-23 border
            7: 0-0 focus, 1-22 focus+bold, 23-23 focus
            8: 0-0 focus, 1-2 selection #06a893, 3-22 selection, 23-23 focus
            9: 0-0 focus, 23-23 focus
            10: 0-0 focus, 23-23 focus
            """)
    }

    /// The week's bars with `[goals] day = 2h` (the goal line), in colour and without.
    @Test func weekChartWithADailyGoalInColourAndWithout() {
        var state = running
        state.settings.goals = [Goal(scope: .all, period: .day, seconds: 2 * 3600)]
        state.press(.character("w"))
        assertSnapshot(region(render(state, 120, 40), rows: 7..<22, columns: 32..<120), text: """
            ┐┌ 5 Time entries · week of 2026-11-23 · 2h 45m ─────────────────────────── w day view ┐
            ││ Mon 2h 45m   Tue 0m   Wed 0m   Thu 0m   Fri 0m   Sat 0m   Sun 0m                    │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈  goal 2h │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││     Mon        Tue        Wed        Thu        Fri        Sat        Sun           │
            ┘│                                                                                     │
            ┐│ By project             Time                By client             Time               │
            ││ ● Mobile App         1h 15m ████████  45%  Globex              1h 15m ████████  45% │
            """, styles: """
            0: 0-0 border, 1-1 focus, 2-47 focus+bold, 48-74 focus, 75-86 muted, 87-87 focus
            1: 0-0 border, 1-1 focus, 3-6 focus, 16-69 muted, 87-87 focus
            2: 0-0 border, 1-1 focus, 6-10 project #525266, 87-87 focus
            3: 0-0 border, 1-1 focus, 6-10 project #525266, 87-87 focus
            4: 0-0 border, 1-1 focus, 6-10 project+underline #06a893, 17-21 muted, 28-32 muted, 39-43 muted, 50-54 muted, 61-65 muted, 72-76 muted, 79-85 muted, 87-87 focus
            5: 0-0 border, 1-1 focus, 6-10 project #06a893, 87-87 focus
            6: 0-0 border, 1-1 focus, 6-10 project #06a893, 87-87 focus
            7: 0-0 border, 1-1 focus, 6-10 project #e36a00, 87-87 focus
            8: 0-0 border, 1-1 focus, 6-10 project #e36a00, 87-87 focus
            9: 0-0 border, 1-1 focus, 6-10 project #e36a00, 87-87 focus
            10: 0-0 border, 1-1 focus, 6-10 project #e36a00, 87-87 focus
            11: 0-0 border, 1-1 focus, 7-9 focus, 18-20 muted, 29-31 muted, 40-42 muted, 51-53 muted, 62-64 muted, 73-75 muted, 87-87 focus
            12: 0-0 border, 1-1 focus, 87-87 focus
            13: 0-0 border, 1-1 focus, 3-12 title, 26-29 title, 46-54 title, 68-71 title, 87-87 focus
            14: 0-0 border, 1-1 focus, 3-4 project #e36a00, 31-38 project #e36a00, 41-43 muted, 73-80 muted, 83-85 muted, 87-87 focus
            """)
        let plain = AppView.render(state, size: Size(columns: 120, rows: 40), usesColor: false)
        assertSnapshot(region(plain, rows: 9..<19, columns: 32..<120), text: """
            ││    ▒▒▒▒▒                                                                            │
            ││    ▒▒▒▒▒                                                                            │
            ││    ▓▓▓▓▓      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈      ┈┈┈┈┈  goal 2h │
            ││    ▓▓▓▓▓                                                                            │
            ││    ▓▓▓▓▓                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││     Mon        Tue        Wed        Thu        Fri        Sat        Sun           │
            """, styles: """
            0: 0-0 border, 1-1 focus, 87-87 focus
            1: 0-0 border, 1-1 focus, 87-87 focus
            2: 0-0 border, 1-1 focus, 6-10 normal+underline, 17-21 muted, 28-32 muted, 39-43 muted, 50-54 muted, 61-65 muted, 72-76 muted, 79-85 muted, 87-87 focus
            3: 0-0 border, 1-1 focus, 87-87 focus
            4: 0-0 border, 1-1 focus, 87-87 focus
            5: 0-0 border, 1-1 focus, 87-87 focus
            6: 0-0 border, 1-1 focus, 87-87 focus
            7: 0-0 border, 1-1 focus, 87-87 focus
            8: 0-0 border, 1-1 focus, 87-87 focus
            9: 0-0 border, 1-1 focus, 7-9 focus, 18-20 muted, 29-31 muted, 40-42 muted, 51-53 muted, 62-64 muted, 73-75 muted, 87-87 focus
            """)
    }

    /// Each goal's bar at the bottom of the week view: done, left, or reached.
    @Test func weekViewShowsEachGoalsBar() {
        var state = running
        state.settings.goals = [Goal(scope: .all, period: .day, seconds: 2 * 3600), Goal(scope: .all, period: .week, seconds: 10 * 3600),
                                Goal(scope: .project("Website Redesign"), period: .day, seconds: 3600)]
        state.press(.character("w"))
        assertSnapshot(region(render(state, 120, 40), rows: 33..<37, columns: 32..<120), text: """
            ││                                                                                     │
            ││ 2h a day                      ████████████  2h 45m · reached                        │
            ││ 10h a week                    ███▎░░░░░░░░  2h 45m · 7h 15m left                    │
            ││ 1h a day on Website Redesign  ████████████  1h 00m · reached                        │
            """, styles: """
            0: 0-0 border, 1-1 focus, 87-87 focus
            1: 0-0 border, 1-1 focus, 33-44 success, 45-46 muted, 47-62 success, 87-87 focus
            2: 0-0 border, 1-1 focus, 33-36 running, 37-66 muted, 87-87 focus
            3: 0-0 border, 1-1 focus, 33-44 success, 45-46 muted, 47-62 success, 87-87 focus
            """)
    }

    /// `graphics = ascii` (or a locale that is not UTF-8): the week's pictures in plain ASCII.
    @Test func weekChartInASCII() {
        var state = running
        state.settings.asciiGraphics = true
        state.settings.goals = [Goal(scope: .all, period: .day, seconds: 2 * 3600), Goal(scope: .all, period: .week, seconds: 10 * 3600)]
        state.press(.character("w"))
        let plain = AppView.render(state, size: Size(columns: 120, rows: 40), usesColor: false)
        assertSnapshot(region(plain, rows: 9..<19, columns: 32..<120), text: """
            ││    +++++                                                                            │
            ││    +++++                                                                            │
            ││    =====      -----      -----      -----      -----      -----      -----  goal 2h │
            ││    =====                                                                            │
            ││    =====                                                                            │
            ││    #####                                                                            │
            ││    #####                                                                            │
            ││    #####                                                                            │
            ││    #####                                                                            │
            ││     Mon        Tue        Wed        Thu        Fri        Sat        Sun           │
            """)
        #expect(!plain.textDump().contains("░"), "no block elements in the pictures")
    }

    @Test func weekSummary() {
        var state = running
        state.press(.character("w"))
        assertSnapshot(region(render(state, 80, 24), rows: 5..<21, columns: 23..<80), text: """
            ┐┌ 5 Time entries · week of 2026-11-23 · 2h 45m ────────┐
            ││ Mon 2h 45m   Tue 0m   Wed 0m   Thu 0m                │
            ││ Fri 0m   Sat 0m   Sun 0m                             │
            ││  █████                                               │
            ││  █████                                               │
            ││  █████                                               │
            ┘│  █████                                               │
            ┐│   Mon    Tue    Wed    Thu    Fri    Sat    Sun      │
            ││                                                      │
            ││ By project      Time       By client       Time      │
            ││ ● Mobile App  1h 15m  45%  Globex        1h 15m  45% │
            ││ ● Website Re… 1h 00m  36%  Acme Corp     1h 00m  36% │
            ││ ● Admin          30m  18%  (no client)      30m  18% │
            ││                                                      │
            ││                                                      │
            ││                                                      │
            """, styles: """
            0: 0-0 border, 1-1 focus, 2-47 focus+bold, 48-56 focus
            1: 0-0 border, 1-1 focus, 3-6 focus, 16-42 muted, 56-56 focus
            2: 0-0 border, 1-1 focus, 3-29 muted, 56-56 focus
            3: 0-0 border, 1-1 focus, 4-8 project #525266, 56-56 focus
            4: 0-0 border, 1-1 focus, 4-8 project #06a893, 56-56 focus
            5: 0-0 border, 1-1 focus, 4-8 project #e36a00, 56-56 focus
            6: 0-0 border, 1-1 focus, 4-8 project #e36a00, 56-56 focus
            7: 0-0 border, 1-1 focus, 5-7 focus, 12-14 muted, 19-21 muted, 26-28 muted, 33-35 muted, 40-42 muted, 47-49 muted, 56-56 focus
            8: 0-0 border, 1-1 focus, 56-56 focus
            9: 0-0 border, 1-1 focus, 3-12 title, 19-22 title, 30-38 title, 46-49 title, 56-56 focus
            10: 0-0 border, 1-1 focus, 3-4 project #e36a00, 25-27 muted, 52-54 muted, 56-56 focus
            11: 0-0 border, 1-1 focus, 3-4 project #06a893, 25-27 muted, 52-54 muted, 56-56 focus
            12: 0-0 border, 1-1 focus, 3-4 project #525266, 25-27 muted, 52-54 muted, 56-56 focus
            13: 0-0 border, 1-1 focus, 56-56 focus
            14: 0-0 border, 1-1 focus, 56-56 focus
            15: 0-0 border, 1-1 focus, 56-56 focus
            """)
        assertSnapshot(region(render(state, 120, 40), rows: 7..<15, columns: 32..<120), text: """
            ┐┌ 5 Time entries · week of 2026-11-23 · 2h 45m ─────────────────────────── w day view ┐
            ││ Mon 2h 45m   Tue 0m   Wed 0m   Thu 0m   Fri 0m   Sat 0m   Sun 0m                    │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            ││    █████                                                                            │
            """, styles: """
            0: 0-0 border, 1-1 focus, 2-47 focus+bold, 48-74 focus, 75-86 muted, 87-87 focus
            1: 0-0 border, 1-1 focus, 3-6 focus, 16-69 muted, 87-87 focus
            2: 0-0 border, 1-1 focus, 6-10 project #525266, 87-87 focus
            3: 0-0 border, 1-1 focus, 6-10 project #525266, 87-87 focus
            4: 0-0 border, 1-1 focus, 6-10 project #06a893, 87-87 focus
            5: 0-0 border, 1-1 focus, 6-10 project #06a893, 87-87 focus
            6: 0-0 border, 1-1 focus, 6-10 project #06a893, 87-87 focus
            7: 0-0 border, 1-1 focus, 6-10 project #e36a00, 87-87 focus
            """)
    }

    // MARK: Overlays

    @Test func helpOverlayFitsEveryBindingAt80x24() {
        var state = running
        state.press(.character("?"))
        assertSnapshot(render(state, 80, 24), text: """
             ┌ Keys ─────────────────────────────────────────────────────────── esc close ┐
            ┌│ General                                           Timer                    │┐
            ││ ?            help                                 s  start a timer         ││
            ││ q/ctrl+c     quit                                 x  stop the timer        ││
            └│ r            sync now                             c  continue the entry    │┘
            ┌│ /            filter the list                                               │┐
            ││ u            undo last change                     Entries                  ││
            ││                                                   a  add a finished entry  ││
            ││ Navigation                                        e  edit                  ││
            ││ tab          next pane                            d  delete or discard     ││
            ││ shift+tab    previous pane                        n  new client or project ││
            └│ 1            workspaces                                                    ││
            ┌│ 2            clients                              Days                     ││
            ││ 3            projects                             [  previous day          ││
            ││ 4            timer                                ]  next day              ││
            ││ 5            time entries                         {  previous week         ││
            ││ j/down       down                                 }  next week             ││
            ││ k/up         up                                   t  today                 ││
            ││ g/home       first                                w  week summary          ││
            ││ G/end        last                                 v  timeline of the day   ││
            ││ pgdn/ctrl+d  page down                                                     ││
            └│ pgup/ctrl+u  page up                                                       │┘
             │ enter        switch · narrow · start · continue                            │
            e└────────────────────────────────────────────────────────────────────────────┘
            """, styles: """
            0: 0-0 statusBar+bold, 1-1 focus, 2-7 focus+bold, 8-66 focus, 67-77 muted, 78-78 focus, 79-79 statusBar
            1: 0-0 border, 1-1 focus, 2-2 dialog, 3-9 title, 10-52 dialog, 53-57 title, 58-77 dialog, 78-78 focus, 79-79 border
            2: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            3: 0-0 border, 1-1 focus, 2-2 dialog, 3-10 key, 11-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            4: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            5: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-77 dialog, 78-78 focus, 79-79 border
            6: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-52 dialog, 53-59 title, 60-77 dialog, 78-78 focus, 79-79 border
            7: 0-0 border, 1-1 focus, 2-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            8: 0-0 border, 1-1 focus, 2-2 dialog, 3-12 title, 13-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            9: 0-0 border, 1-1 focus, 2-2 dialog, 3-5 key, 6-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            10: 0-0 border, 1-1 focus, 2-2 dialog, 3-11 key, 12-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            11: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-77 dialog, 78-78 focus, 79-79 border
            12: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-52 dialog, 53-56 title, 57-77 dialog, 78-78 focus, 79-79 border
            13: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            14: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            15: 0-0 border, 1-1 focus, 2-2 dialog, 3-3 key, 4-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            16: 0-0 border, 1-1 focus, 2-2 dialog, 3-8 key, 9-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            17: 0-0 border, 1-1 focus, 2-2 dialog, 3-6 key, 7-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            18: 0-0 border, 1-1 focus, 2-2 dialog, 3-8 key, 9-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            19: 0-0 border, 1-1 focus, 2-2 dialog, 3-7 key, 8-52 dialog, 53-53 key, 54-77 dialog, 78-78 focus, 79-79 border
            20: 0-0 border, 1-1 focus, 2-2 dialog, 3-13 key, 14-77 dialog, 78-78 focus, 79-79 border
            21: 0-0 border, 1-1 focus, 2-2 dialog, 3-13 key, 14-77 dialog, 78-78 focus, 79-79 border
            22: 0-0 statusBar, 1-1 focus, 2-2 dialog, 3-7 key, 8-77 dialog, 78-78 focus, 79-79 statusBar
            23: 0-0 key, 1-78 focus
            """)
    }

    @Test func helpOverlayAtOtherSizes() {
        var state = running
        state.press(.character("?"))
        assertSnapshot(region(render(state, 120, 40), rows: 8..<32, columns: 21..<99), text: """
            ┌ Keys ─────────────────────────────────────────────────────────── esc close ┐
            │ General                                           Timer                    │
            │ ?            help                                 s  start a timer         │
            │ q/ctrl+c     quit                                 x  stop the timer        │
            │ r            sync now                             c  continue the entry    │
            │ /            filter the list                                               │
            │ u            undo last change                     Entries                  │
            │                                                   a  add a finished entry  │
            │ Navigation                                        e  edit                  │
            │ tab          next pane                            d  delete or discard     │
            │ shift+tab    previous pane                        n  new client or project │
            │ 1            workspaces                                                    │
            │ 2            clients                              Days                     │
            │ 3            projects                             [  previous day          │
            │ 4            timer                                ]  next day              │
            │ 5            time entries                         {  previous week         │
            │ j/down       down                                 }  next week             │
            │ k/up         up                                   t  today                 │
            │ g/home       first                                w  week summary          │
            │ G/end        last                                 v  timeline of the day   │
            │ pgdn/ctrl+d  page down                                                     │
            │ pgup/ctrl+u  page up                                                       │
            │ enter        switch · narrow · start · continue                            │
            └────────────────────────────────────────────────────────────────────────────┘
            """)
        // 60×16 cannot hold it: the box is clamped and the listing clipped.
        assertSnapshot(render(state, 60, 16), text: """
             tog┌ Keys ──────────────────────────────── esc close ┐0:00
            ┌ 1 │ General                                         │45m ┐
            │✓ N│ ?            help                               │    │
            │  P│ q/ctrl+c     quit                               │    │
            └───│ r            sync now                           │────┘
            ┌ 2 │ /            filter the list                    │23… ┐
            │▸ A│ u            undo last change                   │Pro…│
            │  A│                                                 │● A…│
            └───│ Navigation                                      │● M…│
            ┌ 3 │ tab          next pane                          │● W…│
            │● A│ shift+tab    previous pane                      │● M…│
            │● M│ 1            workspaces                         │    │
            │● W│ 2            clients                            │    │
            └───│ 3            projects                           │────┘
                │ 4            timer                              │0:00
            esc └─────────────────────────────────────────────────┘
            """)
    }

    @Test func deleteConfirmation() {
        var state = running
        state.press(.character("5"), .character("j"), .character("d"))
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 9..<14), text: """
            │             ┌ Delete entry? ──────────────────────────────────┐  ● Website R…│
            │             │ “Standup” (0:30:00) will be deleted from Toggl. │  ● Mobile App│
            └─────────────│                                                 │              │
            ┌ 3 Projects ─│                  y yes · n no                   │              │
            │● Admin      └─────────────────────────────────────────────────┘              │
            """, styles: """
            0: 0-0 border, 14-14 focus, 15-29 focus+bold, 30-64 focus, 67-68 project #06a893, 79-79 border
            1: 0-0 border, 14-14 focus, 15-63 dialog, 64-64 focus, 67-68 project #e36a00, 79-79 border
            2: 0-13 border, 14-14 focus, 15-63 dialog, 64-64 focus, 79-79 border
            3: 0-0 border, 1-12 title, 13-13 border, 14-14 focus, 15-32 dialog, 33-33 key, 34-40 muted, 41-41 key, 42-44 muted, 45-63 dialog, 64-64 focus, 79-79 border
            4: 0-0 border, 1-2 selectionInactive #525266, 3-13 selectionInactive, 14-64 focus, 79-79 border
            """)
        assertSnapshot(region(screen, rows: 23..<24), text: """
            y yes · n no
            """, styles: """
            0: 0-0 key, 1-7 muted, 8-8 key, 9-11 muted
            """)
        assertSnapshot(render(state, 60, 16), text: """
             toggl-tui Alex Demo · Northwind Stu…  Mon 2026-11-23 10:00
            ┌ 1 Workspaces ─── 1/2 ┐┌ 4 Timer ─────────── today 2h 45m ┐
            │✓ Northwind Studio    ││ ● 0:30:00  Inbox                 │
            │  Personal            ││ ● Admin  since 09:30             │
            └──────────────────────┘└──────────────────────────────────┘
            ┌ 2 ┌ Delete entry? ──────────────────────────────────┐23… ┐
            │▸ A│ “Standup” (0:30:00) will be deleted from Toggl. │Pro…│
            │  A│                                                 │● A…│
            └───│                  y yes · n no                   │● M…│
            ┌ 3 └─────────────────────────────────────────────────┘● W…│
            │● Admin               ││07:00–07:45  0:45:00 会议 no… ● M…│
            │● Mobile App  Globex  ││                                  │
            │● Website Redesign  A…││                                  │
            └──────────────────────┘└──────────────────────────────────┘
                                                           synced 10:00
            y yes · n no
            """)
    }

    @Test func newProjectPrompt() {
        var state = running
        state.press(.character("3"), .character("n"))
        state.type("Brand refresh")
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 9..<14), text: """
            │           ┌ New project ─────────────────────────────────────────┐ Website R…│
            │           │ Name Brand refresh                                   │ Mobile App│
            └───────────│                                                      │           │
            ┌ 3 Projects│ enter create · esc cancel                            │           │
            │● Admin    └──────────────────────────────────────────────────────┘           │
            """, styles: """
            0: 0-0 border, 12-12 focus, 13-25 focus+bold, 26-67 focus, 68-68 project #06a893, 79-79 border
            1: 0-0 border, 12-12 focus, 13-13 dialog, 14-18 title, 19-31 input, 32-32 input+reverse, 33-65 input, 66-66 dialog, 67-67 focus, 68-68 project #e36a00, 79-79 border
            2: 0-11 border, 12-12 focus, 13-66 dialog, 67-67 focus, 79-79 border
            3: 0-0 border, 1-11 title, 12-12 focus, 13-13 dialog, 14-18 key, 19-28 muted, 29-31 key, 32-38 muted, 39-66 dialog, 67-67 focus, 79-79 border
            4: 0-0 border, 1-2 selection #525266, 3-11 selection, 12-67 focus, 79-79 border
            """)
        assertSnapshot(region(screen, rows: 23..<24), text: """
            enter create · esc cancel
            """, styles: """
            0: 0-4 key, 5-14 muted, 15-17 key, 18-24 muted
            """)
    }

    @Test func startEditorWithDescriptionSuggestions() {
        var state = running
        state.press(.character("s"))
        state.type("re")
        state.press(.down)
        assertSnapshot(region(render(state, 80, 24), rows: 6..<17), text: """
            │▸┌ Start a timer ───────────────────────────────────────────────────────────┐ │
            │ │ Description  re                                                          │ │
            │ │              ▸ Review pull requests  Website Redesign                    │p│
            │ │                Wireframes  Website Redesign                              │…│
            │ │ Project      ● Admin                                                     │p│
            └─│ Task         no task                                                     │ │
            ┌ │ Tags         no tags                                                     │ │
            │●│ Billable     [ ] not billable                                            │ │
            │●│                                                                          │ │
            │●│ tab next field · enter start · ctrl+s start · esc cancel                 │ │
            │ └──────────────────────────────────────────────────────────────────────────┘ │
            """, styles: """
            0: 0-0 border, 1-1 selectionInactive, 2-2 focus, 3-17 focus+bold, 18-77 focus, 79-79 border
            1: 0-0 border, 1-2 focus, 3-3 dialog, 4-14 focus+bold, 15-16 dialog, 17-18 input, 19-19 input+reverse, 20-75 input, 76-76 dialog, 77-77 focus, 78-78 selectionInactive, 79-79 border
            2: 0-0 border, 1-2 focus, 3-16 dialog, 17-18 focus, 19-38 selection, 39-56 muted, 57-76 dialog, 77-77 focus, 79-79 border
            3: 0-0 border, 2-2 focus, 3-16 dialog, 17-18 focus, 19-28 dialog, 29-46 muted, 47-76 dialog, 77-77 focus, 79-79 border
            4: 0-0 border, 2-2 focus, 3-3 dialog, 4-10 muted, 11-16 dialog, 17-18 project #525266, 19-76 dialog, 77-77 focus, 79-79 border
            5: 0-1 border, 2-2 focus, 3-3 dialog, 4-7 muted, 8-16 dialog, 17-23 muted, 24-76 dialog, 77-77 focus, 79-79 border
            6: 0-0 border, 1-1 title, 2-2 focus, 3-3 dialog, 4-7 muted, 8-16 dialog, 17-23 muted, 24-76 dialog, 77-77 focus, 79-79 border
            7: 0-0 border, 1-1 selection #525266, 2-2 focus, 3-3 dialog, 4-11 muted, 12-76 dialog, 77-77 focus, 79-79 border
            8: 0-0 border, 1-1 project #e36a00, 2-2 focus, 3-76 dialog, 77-77 focus, 79-79 border
            9: 0-0 border, 1-1 project #06a893, 2-2 focus, 3-3 dialog, 4-6 key, 7-20 muted, 21-25 key, 26-34 muted, 35-40 key, 41-49 muted, 50-52 key, 53-59 muted, 60-76 dialog, 77-77 focus, 79-79 border
            10: 0-0 border, 2-77 focus, 79-79 border
            """)
        assertSnapshot(render(state, 60, 16), text: """
             toggl-tui Alex Demo · Northwind Stu…  Mon 2026-11-23 10:00
            ┌ 1 Workspaces ─── 1/2 ┐┌ 4 Timer ─────────── today 2h 45m ┐
            │┌ Start a timer ─────────────────────────────────────────┐│
            ││ Description  re                                        ││
            └│              ▸ Review pull requests  Website Redesign  │┘
            ┌│                Wireframes  Website Redesign            │┐
            ││ Project      ● Admin                                   ││
            ││ Task         no task                                   ││
            └│ Tags         no tags                                   ││
            ┌│ Billable     [ ] not billable                          ││
            ││                                                        ││
            ││ tab next field · enter start · esc cancel              ││
            │└────────────────────────────────────────────────────────┘│
            └──────────────────────┘└──────────────────────────────────┘
                                                           synced 10:00
            tab next field · enter start · ctrl+s start · esc cancel
            """)
    }

    @Test func editorOfAPastEntryWithABadTime() {
        var state = running
        state.press(.character("5"), .character("G"), .character("e"))
        for _ in 0..<5 { state.press(.tab) }
        state.press(.ctrl("u"))
        state.type("25:99")
        state.press(.ctrl("s"))
        assertSnapshot(region(render(state, 80, 24), rows: 5..<18), text: """
            ┌ ┌ Edit entry ──────────────────────────────────────────────────────────────┐ ┐
            │▸│ Description  会议 notes ☕                                               │ │
            │ │ Project      ● Mobile App · Globex                                       │ │
            │ │ Task         no task                                                     │p│
            │ │ Tags         meeting                                                     │…│
            │ │ Billable     [ ] not billable                                            │p│
            └─│ Start        25:99                                                       │ │
            ┌ │ Stop         07:45                                                       │ │
            │●│                                                                          │ │
            │●│ Start time “25:99” is not a time (try 9:30, 14:05 or 2:10 PM).           │ │
            │●│                                                                          │ │
            │ │ tab next field · enter save · ctrl+s save · esc cancel                   │ │
            │ └──────────────────────────────────────────────────────────────────────────┘ │
            """, styles: """
            0: 0-0 border, 1-1 title, 2-2 focus, 3-14 focus+bold, 15-77 focus, 78-78 muted, 79-79 border
            1: 0-0 border, 1-1 selectionInactive, 2-2 focus, 3-3 dialog, 4-14 muted, 15-16 dialog, 17-75 input, 76-76 dialog, 77-77 focus, 79-79 border
            2: 0-0 border, 1-2 focus, 3-3 dialog, 4-10 muted, 11-16 dialog, 17-18 project #e36a00, 19-28 dialog, 29-37 muted, 38-76 dialog, 77-77 focus, 79-79 border
            3: 0-0 border, 1-2 focus, 3-3 dialog, 4-7 muted, 8-16 dialog, 17-23 muted, 24-76 dialog, 77-77 focus, 79-79 border
            4: 0-0 border, 2-2 focus, 3-3 dialog, 4-7 muted, 8-76 dialog, 77-77 focus, 79-79 border
            5: 0-0 border, 2-2 focus, 3-3 dialog, 4-11 muted, 12-76 dialog, 77-77 focus, 78-78 selection, 79-79 border
            6: 0-1 border, 2-2 focus, 3-3 dialog, 4-8 focus+bold, 9-16 dialog, 17-21 input, 22-22 input+reverse, 23-75 input, 76-76 dialog, 77-77 focus, 79-79 border
            7: 0-0 border, 1-1 title, 2-2 focus, 3-3 dialog, 4-7 muted, 8-16 dialog, 17-75 input, 76-76 dialog, 77-77 focus, 79-79 border
            8: 0-0 border, 1-1 selectionInactive #525266, 2-2 focus, 3-76 dialog, 77-77 focus, 79-79 border
            9: 0-0 border, 1-1 project #e36a00, 2-2 focus, 3-3 dialog, 4-65 error, 66-76 dialog, 77-77 focus, 79-79 border
            10: 0-0 border, 1-1 project #06a893, 2-2 focus, 3-76 dialog, 77-77 focus, 79-79 border
            11: 0-0 border, 2-2 focus, 3-3 dialog, 4-6 key, 7-20 muted, 21-25 key, 26-33 muted, 34-39 key, 40-47 muted, 48-50 key, 51-57 muted, 58-76 dialog, 77-77 focus, 79-79 border
            12: 0-0 border, 2-77 focus, 79-79 border
            """)
        assertSnapshot(render(state, 60, 16), text: """
             toggl-tui Alex Demo · Northwind Stu…  Mon 2026-11-23 10:00
            ┌┌ Edit entry ────────────────────────────────────────────┐┐
            ││ Description  会议 notes ☕                             ││
            ││ Project      ● Mobile App · Globex                     ││
            └│ Task         no task                                   │┘
            ┌│ Tags         meeting                                   │┐
            ││ Billable     [ ] not billable                          ││
            ││ Start        25:99                                     ││
            └│ Stop         07:45                                     ││
            ┌│                                                        ││
            ││ Start time “25:99” is not a time (try 9:30, 14:05 or   ││
            ││ 2:10 PM).                                              ││
            ││                                                        ││
            └│ tab next field · enter save · ctrl+s save · esc cancel │┘
             └────────────────────────────────────────────────────────┘
            tab next field · enter save · ctrl+s save · esc cancel
            """)
    }

    @Test func projectPickerFiltered() {
        var state = running
        state.press(.character("s"), .tab, .enter)
        state.type("web")
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 3..<9), text: """
            │  Perso┌ Pick a project ─────────────────────────────────────────── 1 ┐       │
            └───────│ › web                                                        │───────┘
            ┌ 2 Clie│● Website Redesign  Acme Corp                                 │── 1/4 ┐
            │▸ All c│                                                              │ct     │
            │ ┌ Star│                                                              │─────┐ │
            │ │ Desc│                                                              │     │p│
            """, styles: """
            0: 0-0 border, 1-2 success, 8-8 focus, 9-24 focus+bold, 25-67 focus, 68-70 muted, 71-71 focus, 79-79 border
            1: 0-7 border, 8-8 focus, 9-9 dialog, 10-11 title, 12-14 input, 15-15 input+reverse, 16-69 input, 70-70 dialog, 71-71 focus, 72-79 border
            2: 0-0 border, 1-7 title, 8-8 focus, 9-10 selection #06a893, 11-13 selection+underline, 14-70 selection, 71-71 focus, 72-73 border, 74-78 muted, 79-79 border
            3: 0-0 border, 1-7 selectionInactive, 8-8 focus, 9-70 dialog, 71-71 focus, 72-73 title, 79-79 border
            4: 0-0 border, 1-1 focus, 2-2 border, 3-7 title, 8-8 focus, 9-70 dialog, 71-71 focus, 72-77 border, 78-78 selectionInactive, 79-79 border
            5: 0-0 border, 1-1 focus, 2-2 border, 3-3 dialog, 4-7 muted, 8-8 focus, 9-70 dialog, 71-71 focus, 72-75 input, 76-76 dialog, 77-77 border, 79-79 border
            """)
        assertSnapshot(region(screen, rows: 23..<24), text: """
            ↑↓ choose · enter pick · esc back
            """, styles: """
            0: 0-1 key, 2-11 muted, 12-16 key, 17-24 muted, 25-27 key, 28-32 muted
            """)
    }

    @Test func tagsPickerWithChosenTagsAndANewOne() {
        var state = running
        // Tags are listed by name: deep-work, meeting. Space toggles the highlighted one.
        state.press(.character("s"), .tab, .tab, .tab, .enter, .character(" "))
        state.type("work")
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 3..<9), text: """
            │  Perso┌ Pick tags (space toggles, enter done) ──────────────────── 2 ┐       │
            └───────│ › work                                                       │───────┘
            ┌ 2 Clie│[x] deep-work                                                 │── 1/4 ┐
            │▸ All c│[ ] work  new tag                                             │ct     │
            │ ┌ Star│                                                              │─────┐ │
            │ │ Desc│                                                              │     │p│
            """, styles: """
            0: 0-0 border, 1-2 success, 8-8 focus, 9-47 focus+bold, 48-67 focus, 68-70 muted, 71-71 focus, 79-79 border
            1: 0-7 border, 8-8 focus, 9-9 dialog, 10-11 title, 12-15 input, 16-16 input+reverse, 17-69 input, 70-70 dialog, 71-71 focus, 72-79 border
            2: 0-0 border, 1-7 title, 8-8 focus, 9-17 selection, 18-21 selection+underline, 22-70 selection, 71-71 focus, 72-73 border, 74-78 muted, 79-79 border
            3: 0-0 border, 1-7 selectionInactive, 8-12 focus, 13-16 dialog, 17-25 muted, 26-70 dialog, 71-71 focus, 72-73 title, 79-79 border
            4: 0-0 border, 1-1 focus, 2-2 border, 3-7 title, 8-8 focus, 9-70 dialog, 71-71 focus, 72-77 border, 78-78 selectionInactive, 79-79 border
            5: 0-0 border, 1-1 focus, 2-2 border, 3-3 dialog, 4-7 muted, 8-8 focus, 9-70 dialog, 71-71 focus, 72-75 input, 76-76 dialog, 77-77 border, 79-79 border
            """)
        assertSnapshot(region(screen, rows: 23..<24), text: """
            ↑↓ choose · space toggle · enter pick · esc back
            """, styles: """
            0: 0-1 key, 2-11 muted, 12-16 key, 17-26 muted, 27-31 key, 32-39 muted, 40-42 key, 43-47 muted
            """)
    }

    // MARK: Timer and status

    @Test func forgottenTimerWarns() {
        var state = running
        state.send(.tick(SampleState.now.addingTimeInterval(10 * 3600 + 60)))
        assertSnapshot(region(render(state, 80, 24), rows: 0..<5), text: """
             toggl-tui Alex Demo · Northwind Studio                    Mon 2026-11-23 20:01
            ┌ 1 Workspaces ─── 1/2 ┐┌ 4 Timer ────────────────────────────── today 12h 46m ┐
            │✓ Northwind Studio    ││ ● 10:31:00  Inbox                                    │
            │  Personal            ││ Over 10 h — forgotten? x stops it, e fixes the start │
            └──────────────────────┘└──────────────────────────────────────────────────────┘
            """, styles: """
            0: 0-10 statusBar+bold, 11-79 statusBar
            1: 0-0 border, 1-14 title, 15-17 border, 18-22 muted, 23-24 border, 25-33 title, 34-63 border, 64-78 muted, 79-79 border
            2: 0-0 border, 1-22 selectionInactive, 23-24 border, 26-37 warning+bold, 79-79 border
            3: 0-0 border, 1-2 success, 23-24 border, 26-48 warning, 49-49 key, 50-60 muted, 61-61 key, 62-77 muted, 79-79 border
            4: 0-79 border
            """)
        assertSnapshot(region(render(state, 120, 40), rows: 1..<7, columns: 32..<120), text: """
            ┐┌ 4 Timer ───────────────────────────────────────────────────────────── today 12h 46m ┐
            ││ ● 10:31:00  Inbox                                                                   │
            ││ ● Admin  since 09:30                                                                │
            ││ Running for over 10 h — forgot to stop it? x stops it, e fixes the start            │
            ││                                                                                     │
            ┘└─────────────────────────────────────────────────────────────────────────────────────┘
            """, styles: """
            0: 0-1 border, 2-10 title, 11-71 border, 72-86 muted, 87-87 border
            1: 0-1 border, 3-14 warning+bold, 87-87 border
            2: 0-1 border, 3-9 project #525266, 10-22 muted, 87-87 border
            3: 0-1 border, 3-45 warning, 46-46 key, 47-57 muted, 58-58 key, 59-74 muted, 87-87 border
            4: 0-1 border, 87-87 border
            5: 0-87 border
            """)
    }

    @Test func statusLineWithAnErrorAndQuotas() {
        var state = running
        state.press(.character("r"))
        state.send(.bootstrapLoaded(requestID: 2, .failure(AppError(.offline, "Offline: no network connection."))),
                   .quotaChanged([QuotaGauge(scope: .user, remaining: 27, resetsAt: SampleState.now.addingTimeInterval(1800)),
                                  QuotaGauge(scope: .organization(1), remaining: 0, resetsAt: SampleState.now.addingTimeInterval(12 * 60 + 30))]))
        assertSnapshot(region(render(state, 80, 24), rows: 22..<23), text: """
             Offline: no netwo…  me 27 left  Northwind S… 0 left, resets in 13 min  offline
            """, styles: """
            0: 0-0 statusBar, 1-18 error, 19-32 statusBar, 33-69 error, 70-71 statusBar, 72-78 warning, 79-79 statusBar
            """)
        assertSnapshot(region(render(state, 120, 40), rows: 38..<39), text: """
             Offline: no network connection.                             me 27 left  Northwind S… 0 left, resets in 13 min  offline
            """, styles: """
            0: 0-0 statusBar, 1-31 error, 32-72 statusBar, 73-109 error, 110-111 statusBar, 112-118 warning, 119-119 statusBar
            """)
    }

    // MARK: Text

    /// "会议 notes ☕" takes 13 cells for 10 characters; the columns after it still line up.
    @Test func wideCharactersKeepTheColumnsAligned() {
        var state = running
        state.press(.character("5"), .character("G"))
        let compact = render(state, 80, 24)
        assertSnapshot(region(compact, rows: 6..<11, columns: 24..<79), text: """
            │Time        Duration Description          Project
            │09:30–now    0:30:00 Inbox                ● Admin
            │09:00–09:30  0:30:00 Standup              ● Mobile App
            │08:00–09:00  1:00:00 Wireframes           ● Website R…
            │07:00–07:45  0:45:00 会议 notes ☕        ● Mobile App
            """, styles: """
            0: 0-0 focus, 1-4 title, 13-20 title, 22-32 title, 43-49 title
            1: 0-0 focus, 1-9 running, 14-20 running, 22-26 running, 43-44 project #525266
            2: 0-0 focus, 1-11 muted, 43-44 project #e36a00
            3: 0-0 focus, 1-11 muted, 43-44 project #06a893
            4: 0-0 focus, 1-42 selection, 43-44 selection #e36a00, 45-54 selection
            """)
        let wide = render(state, 120, 40)
        assertSnapshot(region(wide, rows: 8..<13, columns: 33..<119), text: """
            │Time        Duration Description                      Project              Tags
            │09:30–now    0:30:00 Inbox                            ● Admin
            │09:00–09:30  0:30:00 Standup                          ● Mobile App
            │08:00–09:00  1:00:00 Wireframes                       ● Website Redesign   deep-work
            │07:00–07:45  0:45:00 会议 notes ☕                    ● Mobile App         meeting
            """, styles: """
            0: 0-0 focus, 1-4 title, 13-20 title, 22-32 title, 55-61 title, 76-79 title
            1: 0-0 focus, 1-9 running, 14-20 running, 22-26 running, 55-56 project #525266
            2: 0-0 focus, 1-11 muted, 55-56 project #e36a00
            3: 0-0 focus, 1-11 muted, 55-56 project #06a893, 76-84 muted
            4: 0-0 focus, 1-54 selection, 55-56 selection #e36a00, 57-85 selection
            """)
        // Every row's project swatch starts in the Project column, the tags in the Tags column.
        for (screen, header) in [(compact, 6), (wide, 8)] {
            let headerRow = Array(screen.row(header))
            let project = column(of: "Project", in: headerRow)
            for y in (header + 1)...(header + 4) {
                #expect(Array(screen.row(y)).firstIndex { $0.text == "●" } == project, "row \(y)")
            }
        }
        #expect(column(of: "meeting", in: Array(wide.row(12))) == column(of: "Tags", in: Array(wide.row(8))))
        #expect(column(of: "deep-work", in: Array(wide.row(11))) == column(of: "Tags", in: Array(wide.row(8))))
    }

    /// Toggl's `h:mm A` clock and `DD.MM.YYYY` dates, from the preferences.
    @Test func twelveHourClockAndDayMonthYearDates() {
        let state = SampleState.loaded(preferences: Preferences(dateFormat: "DD.MM.YYYY", timeOfDayFormat: "h:mm A"))
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 0..<11), text: """
             toggl-tui Alex Demo · Northwind Studio                 Mon 23.11.2026 10:00 AM
            ┌ 1 Workspaces ─── 1/2 ┐┌ 4 Timer ─────────────────────────────── today 2h 45m ┐
            │✓ Northwind Studio    ││ ● 0:30:00  Inbox                                     │
            │  Personal            ││ ● Admin  since 9:30 AM                               │
            └──────────────────────┘└──────────────────────────────────────────────────────┘
            ┌ 2 Clients ────── 1/3 ┐┌ 5 Time entries · Mon 23.11.2026 · 2h 45m ─────── 1/4 ┐
            │▸ All clients         ││Time            Duration Description       Project    │
            │  Acme Corp           ││9:30 AM–now      0:30:00 Inbox             ● Admin    │
            │  Globex              ││9:00 AM–9:30 AM  0:30:00 Standup           ● Mobile A…│
            │                      ││8:00 AM–9:00 AM  1:00:00 Wireframes        ● Website …│
            │                      ││7:00 AM–7:45 AM  0:45:00 会议 notes ☕     ● Mobile A…│
            """, styles: """
            0: 0-10 statusBar+bold, 11-79 statusBar
            1: 0-0 border, 1-14 title, 15-17 border, 18-22 muted, 23-24 border, 25-33 title, 34-64 border, 65-78 muted, 79-79 border
            2: 0-0 border, 1-22 selectionInactive, 23-24 border, 26-36 running+bold, 79-79 border
            3: 0-0 border, 1-2 success, 23-24 border, 26-32 project #525266, 33-47 muted, 79-79 border
            4: 0-79 border
            5: 0-0 border, 1-11 title, 12-17 border, 18-22 muted, 23-24 border, 25-66 title, 67-73 border, 74-78 muted, 79-79 border
            6: 0-0 border, 1-22 selectionInactive, 23-24 border, 25-28 title, 41-48 title, 50-60 title, 68-74 title, 79-79 border
            7: 0-0 border, 1-2 focus, 23-24 border, 25-67 selectionInactive, 68-69 selectionInactive #525266, 70-78 selectionInactive, 79-79 border
            8: 0-0 border, 1-2 focus, 23-24 border, 25-39 muted, 68-69 project #e36a00, 79-79 border
            9: 0-0 border, 23-24 border, 25-39 muted, 68-69 project #06a893, 79-79 border
            10: 0-0 border, 23-24 border, 25-39 muted, 68-69 project #e36a00, 79-79 border
            """)
        assertSnapshot(region(screen, rows: 22..<23), text: """
                                                                            synced 10:00 AM
            """)
    }

    /// Hints name the keys as the config file rebinds them.
    @Test func reboundKeysInHintsAndTheHelpBar() throws {
        var state = SampleState.loaded(running: false)
        state.settings.keymap = try Keymap.standard.rebinding(["help": "f1", "start": "ctrl+n", "continue": "C"])
        let screen = render(state, 80, 24)
        assertSnapshot(region(screen, rows: 1..<5, columns: 23..<80), text: """
            ┐┌ 4 Timer ─────────────────────────────── today 2h 15m ┐
            ││ No timer running                                     │
            ││ ctrl+n start  enter on a project starts it  C contin…│
            ┘└──────────────────────────────────────────────────────┘
            """)
        assertSnapshot(region(screen, rows: 23..<24), text: """
            ctrl+n start · x stop · C continue · a add · e edit · d delete · f1 more
            """)
    }

    /// Every screen of these tests, at sizes from nothing to wide, draws inside its frame
    /// without trapping.
    @Test func everyScreenRendersAtEverySize() {
        var states = [running, SampleState.loaded(running: false)]
        for keys in [[KeyEvent.character("?")], [.character("w")], [.character("5"), .character("d")], [.character("3"), .character("n")],
                     [.character("s"), .character("r")], [.character("s"), .tab, .enter], [.character("s"), .tab, .tab, .tab, .enter],
                     [.character("5"), .character("e"), .tab, .tab, .tab, .tab, .tab, .ctrl("u"), .ctrl("s")], [.character("/")]] {
            var state = running
            for key in keys { state.press(key) }
            states.append(state)
        }
        for state in states {
            for columns in stride(from: 0, through: 130, by: 13) {
                for rows in stride(from: 0, through: 45, by: 5) {
                    #expect(render(state, columns, rows).size == Size(columns: columns, rows: rows))
                }
            }
        }
    }

    /// The cell where a column title starts in the header row.
    private func column(of title: String, in row: [Cell]) -> Int? {
        let texts = row.map(\.text)
        let letters = title.map(String.init)
        return texts.indices.first { start in
            start + letters.count <= texts.count && Array(texts[start..<(start + letters.count)]) == letters
        }
    }
}
