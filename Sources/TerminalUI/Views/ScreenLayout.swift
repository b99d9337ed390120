/// Where each part of the main screen goes at a terminal size.
///
/// Wide (100×30 and up): a sidebar of workspaces, clients and projects on the left, the timer
/// and time entries on the right. Compact (down to 60×16): the same panes, narrower, with a
/// shorter timer and workspaces pane so everything stays reachable.
struct ScreenLayout {
    let titleBar: Rect
    let workspaces: Rect
    let clients: Rect
    let projects: Rect
    let timer: Rect
    let entries: Rect
    let statusLine: Rect
    let helpBar: Rect
    let isCompact: Bool

    init(size: Size) {
        isCompact = size.columns < 100 || size.rows < 30
        let rows = Layout.vertical([.fixed(1), .fill(1), .fixed(1), .fixed(1)]).split(Rect(size))
        titleBar = rows[0]
        statusLine = rows[2]
        helpBar = rows[3]
        let sidebarWidth = isCompact ? max(24, size.columns * 30 / 100) : min(44, max(30, size.columns * 28 / 100))
        let columns = Layout.horizontal([.fixed(sidebarWidth), .fill(1)]).split(rows[1])
        let sidebar = Layout.vertical([.fixed(isCompact ? 4 : 6), .fill(2), .fill(3)]).split(columns[0])
        workspaces = sidebar[0]
        clients = sidebar[1]
        projects = sidebar[2]
        let main = Layout.vertical([.fixed(isCompact ? 4 : 6), .fill(1)]).split(columns[1])
        timer = main[0]
        entries = main[1]
    }
}
