import TrackerCore

/// The top line: app name, who is signed in, the workspace, and the date and time.
enum TitleBarView {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.fill(rect, with: .blank(CellStyle(.statusBar)))
        var left: [Span] = [Span(" toggl-tui ", style: CellStyle(.statusBar, bold: true))]
        if let profile = state.profile {
            left.append(Span(profile.fullname.isEmpty ? profile.email : profile.fullname, role: .statusBar))
        }
        if let workspace = state.currentWorkspace {
            left.append(Span(" · " + workspace.name, role: .statusBar))
        }
        let zone = state.timeZone
        let clock = state.timeFormat.time(state.now, in: zone)
        let right = " \(weekdayName(state.today.weekday)) \(state.timeFormat.day(state.today)) \(clock) "
        let rightWidth = DisplayWidth.of(right)
        buffer.write(left, x: rect.x, y: rect.y, width: max(0, rect.width - rightWidth - 1))
        buffer.write(right, x: rect.maxX - rightWidth, y: rect.y, style: CellStyle(.statusBar))
    }

    static func weekdayName(_ weekday: Int) -> String {
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][((weekday % 7) + 7) % 7]
    }
}
