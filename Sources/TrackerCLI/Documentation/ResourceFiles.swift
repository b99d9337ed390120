import Foundation

/// What the repository's `Resources/` folder holds — what an installed toggl-tui ships beside its
/// binary — and how each file is made. The files are generated from the program itself, so they
/// cannot drift from it: `ResourceFilesTests` fails when one is stale, and
/// `UPDATE_RESOURCES=1 swift test --filter ResourceFilesTests` rewrites them.
///
/// | file | from | installed as (under PREFIX) |
/// |---|---|---|
/// | `man/man1/*.1` | ``ManualPages`` over `toggl-tui --experimental-dump-help` | `share/man/man1/` |
/// | `completions/toggl-tui.bash` | `toggl-tui --generate-completion-script bash` | `share/bash-completion/completions/toggl-tui` |
/// | `completions/_toggl-tui` | `… zsh` | `share/zsh/site-functions/_toggl-tui` |
/// | `completions/toggl-tui.fish` | `… fish` | `share/fish/vendor_completions.d/toggl-tui.fish` |
/// | `config.example.ini` | ``ExampleConfig`` | `share/doc/toggl-tui/config.example.ini` |
///
/// `scripts/install.sh` and `scripts/package.sh` copy them to those places.
public enum ResourceFiles {
    /// The shells completions are made for.
    public enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish

        /// The file under `Resources/`.
        public var path: String {
            switch self {
            case .bash: return "completions/toggl-tui.bash"
            case .zsh: return "completions/_toggl-tui"
            case .fish: return "completions/toggl-tui.fish"
            }
        }
    }

    /// The folder of the man pages under `Resources/`.
    public static let manualFolder = "man/man1"
    /// The example config under `Resources/`.
    public static let exampleConfigPath = "config.example.ini"

    /// Every generated file, by its path under `Resources/`, from what the `toggl-tui` binary
    /// prints: `dumpHelp` (`--experimental-dump-help`) and a completion script per shell.
    ///
    /// - Throws: when `dumpHelp` is not ArgumentParser's help JSON.
    public static func generated(dumpHelp: Data, completions: [Shell: String]) throws -> [String: String] {
        var files: [String: String] = [exampleConfigPath: ExampleConfig.text]
        for page in ManualPages.pages(for: try CommandHelpDump(json: dumpHelp)) {
            files[manualFolder + "/" + page.fileName] = page.text
        }
        for (shell, script) in completions { files[shell.path] = script }
        return files
    }
}
