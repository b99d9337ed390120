/// The exit status of every subcommand, one number per kind of outcome, so scripts can tell a
/// typo from an expired token from a used-up quota.
///
/// | code | meaning |
/// |---|---|
/// | 0 | success |
/// | 1 | any other failure (Toggl refused the request, a file could not be written, …) |
/// | 2 | usage: a bad option, time, duration, or an ambiguous name |
/// | 3 | auth: no credentials, or Toggl refused them (401/403) |
/// | 4 | quota: an hourly request quota is used up (402); the message says when it resets |
/// | 5 | not found: no such entry, project, client, tag, task or workspace |
/// | 6 | conflict: the request conflicts with the data (e.g. nothing is running to stop) |
/// | 7 | queued offline: the write was kept and will be sent by the next run |
/// | 8 | offline: Toggl could not be reached and nothing was done |
/// | 9 | `doctor`: a check failed, or a Toggl behaviour the app relies on differs |
public enum CLIExitCode: Int32, Sendable, CaseIterable {
    /// 0: it worked.
    case success = 0
    /// 1: any other failure.
    case failure = 1
    /// 2: the command line was wrong (option, time, duration, ambiguous name).
    case usage = 2
    /// 3: no credentials, or Toggl refused them.
    case auth = 3
    /// 4: a request quota is used up.
    case quota = 4
    /// 5: no such object.
    case notFound = 5
    /// 6: the request conflicts with the current data.
    case conflict = 6
    /// 7: the write was queued and will be sent later.
    case queuedOffline = 7
    /// 8: Toggl could not be reached; nothing was done.
    case offline = 8
    /// 9: `doctor` found something that does not work (a check failed, a behaviour differs).
    case checkFailed = 9

    /// One line for `--help` and the docs.
    public var meaning: String {
        switch self {
        case .success: return "success"
        case .failure: return "other failure"
        case .usage: return "usage error (bad option, time, duration or ambiguous name)"
        case .auth: return "no credentials, or Toggl refused them"
        case .quota: return "Toggl's hourly request quota is used up"
        case .notFound: return "not found"
        case .conflict: return "conflict (e.g. nothing running to stop)"
        case .queuedOffline: return "queued offline: the write will be sent by the next run"
        case .offline: return "Toggl unreachable: nothing was done"
        case .checkFailed: return "doctor: a check failed or a Toggl behaviour differs"
        }
    }
}
