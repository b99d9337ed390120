import Foundation
import TogglAPI
import TogglModels
import TrackerCore
import TrackerStore

/// The checks `toggl-tui doctor` makes without a request: config and token, the local store
/// and journal, the last sync and quota, the terminal. Reading the store is the app's own
/// reading: a damaged file is set aside (and reported) as the app would at its next start.
struct DoctorInspection {
    let session: CLISession
    let terminal: TerminalFacts

    var context: CLIContext { session.context }
    var now: Date { session.now }

    /// Every check, in the order printed.
    func checks() -> [DoctorCheck] {
        configChecks() + storeChecks() + terminalChecks()
    }

    // MARK: Config and token

    func configChecks() -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let paths = context.configPaths
        if let problem = context.configProblem {
            checks.append(DoctorCheck("config", "config", .fail, problem + " — every other command stops here until it is fixed"))
        }
        if session.global.demo {
            checks.append(DoctorCheck("config", "token", .ok, "the demo account's own token, kept in the demo folder (not shown)"))
        } else if context.api == nil {
            if context.configProblem != nil {
                checks.append(DoctorCheck("config", "token", .info, "not looked for: the config problem above comes first"))
            } else {
                let places = ([CredentialResolver.tokenVariable, paths.configFile] + paths.togglrcCandidates).joined(separator: ", ")
                checks.append(DoctorCheck("config", "token", .fail,
                    "no Toggl API token found (looked in \(places)); run toggl-tui config init, or add --demo"))
            }
        } else if context.token != nil {
            checks.append(DoctorCheck("config", "token", .ok, "API token from \(Self.place(context.credentialSource, key: "api_token")) (not shown)"))
        } else {
            checks.append(DoctorCheck("config", "token", .warn, "email and password from \(Self.place(context.credentialSource, key: "username + password")): "
                + "works online only — the local store and offline writes need an API token"))
        }
        if let source = context.credentialSource, case .configFile(let path) = source { checks += permissions(of: path) }
        if let source = context.credentialSource, case .togglrc(let path) = source { checks += permissions(of: path) }
        let configExists = FileManager.default.fileExists(atPath: paths.configFile)
        checks.append(DoctorCheck("config", "config file", .info, paths.configFile + (configExists ? "" : " (none)")))
        if let togglrc = paths.togglrcCandidates.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            checks.append(DoctorCheck("config", "toggl-cli file", .info, togglrc + " (read after the config file)"))
        }
        if let api = context.api {
            var text = api.configuration.trackURL.absoluteString
            if session.global.demo {
                text += " (the demo sandbox on this machine)"
            } else if paths.environment[CredentialResolver.apiURLVariable]?.isEmpty == false {
                text += " (from \(CredentialResolver.apiURLVariable))"
            } else if api.configuration.trackURL == APIConfiguration.defaultTrackURL {
                text += " (default)"
            }
            checks.append(DoctorCheck("config", "Toggl API", .info, text))
        }
        let zone = context.timeZoneOverride.map { "\($0.identifier) (config tz)" } ?? "Toggl profile's, else \(context.systemTimeZone.identifier)"
        checks.append(DoctorCheck("config", "settings", .info,
            "time zone \(zone); cli_max_age \(Int(context.maxDataAge / 60)) min"
                + (context.defaultWorkspaceID.map { "; default_wid \($0)" } ?? "")))
        return checks
    }

    /// Where credentials came from, with the key that held them.
    static func place(_ source: CredentialSource?, key: String) -> String {
        switch source {
        case .environment(let variables)?: return "the environment (\(variables.joined(separator: " + ")))"
        case .configFile(let path)?: return "\(path) ([auth] \(key))"
        case .togglrc(let path)?: return "\(path) (toggl-cli's file, [auth] \(key))"
        case .explicit?, nil: return "the caller"
        }
    }

    /// A warning when a file holding the token can be read by others.
    func permissions(of path: String) -> [DoctorCheck] {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 else { return [] }
        return [DoctorCheck("config", "permissions", .warn,
            "\(path) holds the token and others may read it (mode \(String(mode & 0o777, radix: 8))): chmod 600 it")]
    }

    // MARK: Store, journal, sync

    func storeChecks() -> [DoctorCheck] {
        guard let token = context.token else {
            return [DoctorCheck("store", "store", .info, "none: the local store is kept per API token")]
        }
        var checks: [DoctorCheck] = []
        let accounts = AccountMap(stateDirectory: context.stateDirectory)
        let lookup: AccountMap.Lookup
        do {
            lookup = try accounts.lookUp(token)
        } catch {
            return [DoctorCheck("store", "accounts", .fail, "\(accounts.file.path) could not be read: \(error)")]
        }
        if let issue = lookup.issue { checks.append(DoctorCheck("store", "accounts", .fail, issue.message)) }
        guard let userID = lookup.userID else {
            checks.append(DoctorCheck("store", "accounts", .warn,
                "this token has no local data here yet (\(accounts.file.path)): open toggl-tui, or run toggl-tui status --refresh (one request)"))
            checks += setAsideChecks(in: [context.stateDirectory], excluding: [])
            return checks
        }
        checks.append(DoctorCheck("store", "accounts", .ok, "this token is Toggl user \(userID) here (\(accounts.file.path))"))
        let layout = StoreLayout(cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory, userID: userID)
        var setAsideNow: [String] = []
        func issue(_ name: String, _ found: StoreIssue?) -> Bool {
            guard let found else { return false }
            if let aside = found.setAsidePath { setAsideNow.append(aside) }
            checks.append(DoctorCheck("store", name, .fail, found.message))
            return true
        }
        // Cache files, read as the app reads them.
        let catalog = layout.catalog.load(now: now)
        if !issue("catalog", catalog.issue) {
            if let payload = catalog.payload {
                checks.append(DoctorCheck("store", "catalog", .ok, "\(payload.workspaces.count) workspaces, \(payload.clients.count) clients, "
                    + "\(payload.projects.count) projects, \(payload.tags.count) tags"))
            } else {
                checks.append(DoctorCheck("store", "catalog", .warn, "none yet: the next sync fetches it"))
            }
        }
        let recent = layout.recentEntries.load(now: now)
        if !issue("entries", recent.issue) {
            if let payload = recent.payload {
                checks.append(DoctorCheck("store", "entries", .ok, "\(payload.entries.count) recent entries"
                    + ", \(layout.storedMonths().count) older months kept"))
            } else {
                checks.append(DoctorCheck("store", "entries", .warn, "none yet: the next sync fetches them"))
            }
        }
        let sync = layout.sync.load(now: now)
        _ = issue("sync state", sync.issue)
        checks.append(DoctorCheck("store", "cache", .info, "\(layout.userCacheDirectory): \(Self.folderSummary(layout.userCacheDirectory))"))
        checks += journalChecks(layout, setAsideNow: &setAsideNow)
        checks += setAsideChecks(in: [layout.userCacheDirectory, layout.userStateDirectory, context.stateDirectory], excluding: Set(setAsideNow))
        checks += syncChecks(sync.payload)
        return checks
    }

    func journalChecks(_ layout: StoreLayout, setAsideNow: inout [String]) -> [DoctorCheck] {
        let path = layout.journalPath
        guard FileManager.default.fileExists(atPath: path) else {
            return [DoctorCheck("store", "journal", .ok, "\(path): none yet, nothing unsent")]
        }
        let size = Self.size(of: path)
        let contents: Journal.Contents
        do {
            contents = try layout.makeJournal().readAll(now: now)
        } catch {
            return [DoctorCheck("store", "journal", .fail, "\(path) could not be read: \(error)")]
        }
        var checks: [DoctorCheck] = []
        for found in contents.issues {
            if let aside = found.setAsidePath { setAsideNow.append(aside) }
            checks.append(DoctorCheck("store", "journal", .fail, found.message))
        }
        let pending = PendingWrites(records: contents.records)
        let unsent = pending.writes.count
        checks.append(DoctorCheck("store", "journal", unsent > 0 ? .warn : .ok,
            "\(path): \(Self.bytes(size)), \(Self.count(unsent, "change")) not yet sent"
                + (unsent > 0 ? " (the next run of toggl-tui sends \(unsent == 1 ? "it" : "them"))" : "")))
        if !pending.failed.isEmpty {
            let reasons = pending.failed.compactMap { pending.failures[$0.sequence] }
            checks.append(DoctorCheck("store", "refused", .fail,
                "\(Self.count(pending.failed.count, "change")) refused by Toggl"
                    + (reasons.first.map { ": \($0)" } ?? "") + (reasons.count > 1 ? " (and \(reasons.count - 1) more)" : "")
                    + " — open toggl-tui to fix or discard"))
        }
        return checks
    }

    /// Files the store set aside (`….corrupt-…`, `….old-v…`, `….newer-v…`) before this run.
    func setAsideChecks(in folders: [String], excluding now: Set<String>) -> [DoctorCheck] {
        var found: [String] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where [".corrupt-", ".old-v", ".newer-v"].contains(where: { name.contains($0) }) {
                let path = folder + "/" + name
                if !now.contains(path) { found.append(path) }
            }
        }
        guard !found.isEmpty else { return [] }
        let shown = found.prefix(3).joined(separator: ", ") + (found.count > 3 ? " and \(found.count - 3) more" : "")
        return [DoctorCheck("store", "set aside", .warn,
            "\(Self.count(found.count, "damaged or old file")) set aside earlier (the app rebuilt them): \(shown) — delete once not needed")]
    }

    func syncChecks(_ sync: SyncState?) -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        if let last = sync?.lastBootstrap {
            let age = now.timeIntervalSince(last)
            if age < -60 {
                checks.append(DoctorCheck("sync", "last sync", .warn, "\(TogglTimestamp.format(last)), in the future (a clock set back?)"))
            } else {
                let stale = age > 86_400
                checks.append(DoctorCheck("sync", "last sync", stale ? .warn : .ok,
                    "\(CLISession.ago(age)) (\(TogglTimestamp.format(last)))"
                        + (age <= context.maxDataAge ? "; reads answer from this machine (fresh)" : "")
                        + (stale ? "; open toggl-tui or run toggl-tui status --refresh" : "")))
            }
        } else {
            checks.append(DoctorCheck("sync", "last sync", .warn, "never: open toggl-tui, or run toggl-tui status --refresh (one request)"))
        }
        let seen = sync?.quota ?? []
        if seen.isEmpty {
            checks.append(DoctorCheck("sync", "quota", .info, "no quota seen yet (recorded from Toggl's answers)"))
        }
        for observation in seen.sorted(by: { ($0.quota.organizationID ?? -1) < ($1.quota.organizationID ?? -1) }) {
            let quota = observation.quota
            let bucket = quota.organizationID.map { "organization \($0)" } ?? "user (/me)"
            let left = DurationLimit.wholeSeconds(observation.resetsAt.timeIntervalSince(now))
            let seenAgo = "seen \(CLISession.ago(now.timeIntervalSince(observation.observedAt)))"
            if left <= 0 {
                checks.append(DoctorCheck("sync", "quota", .ok, "\(bucket): \(quota.remaining) of \(quota.total) left when \(seenAgo); reset since"))
            } else {
                checks.append(DoctorCheck("sync", "quota", quota.remaining > 0 ? .ok : .warn,
                    "\(bucket): \(quota.remaining) of \(quota.total) left, resets in \(TimeFormat.shortDuration(left)) (\(seenAgo))"))
            }
        }
        return checks
    }

    // MARK: Terminal

    func terminalChecks() -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let term = terminal.term ?? ""
        var termText = term.isEmpty ? "unset" : term
        if let entry = terminal.terminfo {
            termText += " (terminfo \(entry.path)" + (entry.hasCursorAddressing ? "" : ", no cursor addressing") + ")"
        } else if !term.isEmpty {
            termText += " (no terminfo file found; curses decides)"
        }
        // The UI's verdict on this TERM, as if on a terminal; being in a pipe is said apart.
        let verdict = TerminalVerdict.decide(term: terminal.term, inputIsTerminal: true, outputIsTerminal: true, terminfo: terminal.terminfo)
        let onTerminal = terminal.inputIsTerminal || terminal.outputIsTerminal || terminal.errorIsTerminal
        // The verdict is the "terminal UI" line's; TERM itself is the fact behind it.
        checks.append(DoctorCheck("terminal", "TERM", verdict.isUsable ? .ok : .info, termText))
        if let message = verdict.message {
            checks.append(DoctorCheck("terminal", "terminal UI", onTerminal ? .fail : .warn,
                String(message.dropFirst("toggl-tui: ".count))))
        } else if terminal.inputIsTerminal && terminal.outputIsTerminal {
            checks.append(DoctorCheck("terminal", "terminal UI", .ok, "can start here"))
        } else {
            checks.append(DoctorCheck("terminal", "terminal UI", .info,
                "standard input or output is not a terminal here (a pipe?): fine for commands; the UI needs one"))
        }
        if terminal.isUTF8Locale {
            checks.append(DoctorCheck("terminal", "locale", .ok, "UTF-8 (\(terminal.localeVariable ?? "")=\(terminal.localeValue ?? ""))"))
        } else {
            let set = terminal.localeVariable.map { "\($0)=\(terminal.localeValue ?? "")" } ?? "LC_ALL, LC_CTYPE and LANG unset"
            checks.append(DoctorCheck("terminal", "locale", .warn,
                "not UTF-8 (\(set)): the UI switches to C.UTF-8 itself, but ✓ ▶ · in commands' output may show wrongly; set LANG=C.UTF-8"))
        }
        checks.append(DoctorCheck("terminal", "colours", .info, colours()))
        if let columns = terminal.columns, let rows = terminal.rows {
            checks.append(DoctorCheck("terminal", "size", columns < 60 || rows < 16 ? .warn : .ok,
                "\(columns)×\(rows)" + (columns < 60 || rows < 16 ? " (small: the UI shows less)" : "")))
        } else {
            checks.append(DoctorCheck("terminal", "size", .info, "unknown (no terminal)"))
        }
        return checks
    }

    func colours() -> String {
        if let noColor = terminal.noColor, !noColor.isEmpty {
            return "off: NO_COLOR is set (bold, underline and reverse only)"
        }
        var parts: [String] = []
        if let colors = terminal.terminfo?.colors {
            parts.append(colors > 1 ? "terminfo says \(colors) colours" : "terminfo says no colours (bold, underline and reverse only)")
        } else {
            parts.append("as curses finds them")
        }
        if let colorTerm = terminal.colorTerm, !colorTerm.isEmpty { parts.append("COLORTERM=\(colorTerm)") }
        return "on: " + parts.joined(separator: ", ") + " (NO_COLOR or --no-color turns them off)"
    }

    // MARK: Helpers

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    static func bytes(_ size: Int) -> String {
        if size < 1024 { return "\(size) B" }
        if size < 1024 * 1024 { return "\((size + 512) / 1024) KB" }
        return String(format: "%.1f MB", Double(size) / 1_048_576)
    }

    /// `5 files, 120 KB`.
    static func folderSummary(_ folder: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let total = names.reduce(0) { $0 + size(of: folder + "/" + $1) }
        return "\(count(names.count, "file")), \(bytes(total))"
    }
}
