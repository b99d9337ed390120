/// The version of toggl-tui, sent in `User-Agent` and in time entries' `created_with`.
public enum TogglTUIVersion {
    /// The release version, e.g. `0.1.0`.
    public static let current = "0.1.0"
    /// The `created_with` value for time entries this app creates: `toggl-tui/<version>`.
    public static let createdWith = "toggl-tui/\(current)"
}
