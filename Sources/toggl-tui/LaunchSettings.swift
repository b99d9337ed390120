import Foundation
import TogglModels
import TogglAPI
import TrackerCLI
import TrackerCore

/// Reads what the app's behaviour depends on from the config file and the environment:
/// time zone, clock style, forgotten-timer limit, background sync and key rebinding. Errors name file and line.
struct LaunchSettings {
    let paths: ConfigPaths

    /// The app settings: `[options] tz` (or the togglrc's), `clock = 12h|24h`,
    /// `forgotten_after_hours`, `sync_interval` (minutes, 0 = off), `quota_reserve`, and `[keys]`
    /// rebinding.
    func appSettings(effective: EffectiveSettings) throws -> AppSettings {
        var settings = AppSettings(systemTimeZone: .current)
        let config = try TogglConfig.loadIfPresent(from: paths.configFile)
        if let zone = effective.timezone?.trimmingCharacters(in: .whitespaces), !zone.isEmpty {
            if zone.lowercased() == "local" {
                settings.timeZoneOverride = .current
            } else if let named = Zone(identifier: zone) {
                settings.timeZoneOverride = named
            } else {
                throw LaunchError.invalidSetting(
                    "\(try timeZonePlace(config)): unknown time zone '\(zone)' (tz): use a name like Europe/Berlin, or local.")
            }
        }
        // Pictures in ASCII where the terminal's locale cannot show block elements (`graphics` may say otherwise).
        settings.asciiGraphics = !TerminalFacts.isUTF8(TerminalFacts.locale(in: paths.environment)?.value)
        guard let config else { return settings }
        if let clock = config[.clock]?.lowercased() {
            guard clock == "12h" || clock == "24h" else {
                throw LaunchError.invalidSetting("\(Self.place(config, .clock)): clock must be 12h or 24h, not '\(clock)'.")
            }
            settings.timeFormatOverride = TimeFormat(uses24HourClock: clock == "24h")
        }
        if let hours = config[.forgottenAfterHours] {
            guard let value = Double(hours), value > 0 else {
                throw LaunchError.invalidSetting(
                    "\(Self.place(config, .forgottenAfterHours)): forgotten_after_hours must be a positive number of hours.")
            }
            settings.forgottenTimerHours = value
        }
        if let minutes = config[.syncInterval] {
            guard let value = Double(minutes), value >= 0 else {
                throw LaunchError.invalidSetting(
                    "\(Self.place(config, .syncInterval)): sync_interval must be a number of minutes (0 turns background syncs off).")
            }
            settings.syncIntervalMinutes = value
        }
        if let reserve = config[.quotaReserve] {
            guard let value = Int(reserve), value >= 0 else {
                throw LaunchError.invalidSetting(
                    "\(Self.place(config, .quotaReserve)): quota_reserve must be a whole number of requests.")
            }
            settings.quotaReserve = value
        }
        if let text = config[.workHours] {
            do {
                settings.workHours = try WorkHours.parse(text)
            } catch {
                throw LaunchError.invalidSetting("\(Self.place(config, .workHours)): \(error.description)")
            }
        }
        if let minutes = config[.remindAfter] {
            guard let value = Double(minutes), value >= 0, value <= 1440 else {
                throw LaunchError.invalidSetting(
                    "\(Self.place(config, .remindAfter)): remind_after must be a number of minutes (0 turns the reminder off).")
            }
            settings.remindAfterMinutes = value
        }
        if let graphics = config[.graphics]?.lowercased() {
            guard ["auto", "unicode", "ascii"].contains(graphics) else {
                throw LaunchError.invalidSetting("\(Self.place(config, .graphics)): graphics must be auto, unicode or ascii, not '\(graphics)'.")
            }
            if graphics != "auto" { settings.asciiGraphics = graphics == "ascii" }
        }
        if let minutes = config[.awayAfter] {
            guard let value = Double(minutes), value >= 0, value <= 1440 else {
                throw LaunchError.invalidSetting(
                    "\(Self.place(config, .awayAfter)): away_after must be a number of minutes (0 never asks about away time).")
            }
            settings.awayAfterMinutes = value
        }
        if let pomodoro = config[.pomodoro] {
            do {
                settings.pomodoro = try Pomodoro.parse(pomodoro)
            } catch {
                throw LaunchError.invalidSetting("\(Self.place(config, .pomodoro)): \(error.description).")
            }
        }
        if let notify = config[.notify]?.lowercased() {
            guard ["on", "off"].contains(notify) else {
                throw LaunchError.invalidSetting("\(Self.place(config, .notify)): notify must be on or off, not '\(notify)'.")
            }
            settings.notifies = notify == "on"
        }
        do {
            settings.goals = try GoalsConfig.read(config)
        } catch let error as CLIError {
            throw LaunchError.invalidSetting(error.message)
        }
        var overrides: [String: String] = [:]
        for key in config.document.keys(inSection: TogglConfig.keysSection) {
            overrides[key] = config.document.value(section: TogglConfig.keysSection, key: key)
        }
        if !overrides.isEmpty {
            do {
                settings.keymap = try settings.keymap.rebinding(overrides)
            } catch {
                let action: String
                switch error {
                case .unknownAction(let name), .unknownKey(_, let name): action = name
                }
                throw LaunchError.invalidSetting("\(Self.place(config, TogglConfig.keysSection, action)): \(error)")
            }
        }
        return settings
    }

    /// `[options] cli_max_age`: minutes the command line's reads answer from the local store
    /// without asking Toggl (default 10; 0 = always ask while Toggl can be reached).
    func commandLineMaxDataAge() throws -> TimeInterval {
        guard let config = try TogglConfig.loadIfPresent(from: paths.configFile),
              let minutes = config[.cliMaxAge] else { return CLIContext.defaultMaxDataAge }
        guard let value = Double(minutes), value >= 0, value <= 525_600 else {
            throw LaunchError.invalidSetting(
                "\(Self.place(config, .cliMaxAge)): cli_max_age must be a number of minutes (0 asks Toggl on every read).")
        }
        return value * 60
    }

    /// `file:line` of `key`, or just the file when the line is unknown.
    static func place(_ config: TogglConfig, _ key: ConfigKey) -> String {
        place(config, key.section, key.name)
    }

    /// `file:line` of `key` in `section`, or just the file when the line is unknown.
    static func place(_ config: TogglConfig, _ section: String, _ key: String) -> String {
        let file = config.document.fileName
        return config.document.lineNumber(section: section, key: key).map { "\(file):\($0)" } ?? file
    }

    /// Where `tz` was read: toggl-tui's config file, else the first toggl-cli file (the order
    /// ``CredentialResolver/effectiveSettings()`` reads them in).
    private func timeZonePlace(_ config: TogglConfig?) throws -> String {
        if let config, config.timezone != nil { return Self.place(config, .timeZone) }
        for path in paths.togglrcCandidates {
            if let togglrc = try TogglConfig.loadIfPresent(from: path) {
                return togglrc.timezone != nil ? Self.place(togglrc, .timeZone) : path
            }
        }
        return paths.configFile
    }
}

/// Why the app could not start, in words for the terminal.
enum LaunchError: Error, CustomStringConvertible {
    case invalidSetting(String)

    var description: String {
        switch self {
        case .invalidSetting(let message): return message
        }
    }
}
