/// The screen shown when no credentials were found: where to put the API token, and the way to
/// try the app without an account.
public enum FirstRunView {
    /// The frame, listing the places that were searched.
    public static func render(searched places: [String], size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        var message = [
            "toggl-tui needs your Toggl API token (Toggl → Profile settings → API Token).",
            "",
            "Put it in one of these places:",
            "  • the environment: export TOGGL_API_TOKEN=…",
            "  • ~/.config/toggl-tui/config, under [auth]: api_token = …",
            "  • the ~/.togglrc that toggl-cli uses, under [auth]: api_token = …",
            "",
            "Looked in:",
        ]
        message += places.map { "  " + $0 }
        message += ["", "Or try everything on a built-in demo account, no account needed."]
        _ = Dialog(title: "Welcome to toggl-tui", message: message,
                   choices: [HelpBar.Item("d", "demo"), HelpBar.Item("q", "quit")], maxWidth: 84)
            .draw(in: Rect(size), on: &buffer)
        return buffer
    }
}
