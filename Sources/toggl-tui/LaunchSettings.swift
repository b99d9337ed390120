import Foundation
import TogglAPI
import TrackerCore

/// Reads what the app's behaviour depends on from the config file and the environment:
/// time zone, clock style, forgotten-timer limit and key rebinding. Errors name file and line.
struct LaunchSettings {
    let paths: ConfigPaths

    /// The app settings: `[options] tz` (or the togglrc's), `clock = 12h|24h`,
    /// `forgotten_after_hours`, and `[keys]` rebinding.
    func appSettings(effective: EffectiveSettings) throws -> AppSettings {
        var settings = AppSettings(systemTimeZone: .current)
        if let zone = effective.timezone?.trimmingCharacters(in: .whitespaces), !zone.isEmpty {
            if zone.lowercased() == "local" {
                settings.timeZoneOverride = .current
            } else if let named = TimeZone(identifier: zone) {
                settings.timeZoneOverride = named
            } else {
                throw LaunchError.invalidSetting("Unknown time zone '\(zone)' in the config file (tz): use a name like Europe/Berlin, or local.")
            }
        }
        guard let config = try TogglConfig.loadIfPresent(from: paths.configFile) else { return settings }
        if let clock = config[section: "options", key: "clock"]?.lowercased() {
            guard clock == "12h" || clock == "24h" else {
                throw LaunchError.invalidSetting("\(paths.configFile): clock must be 12h or 24h, not '\(clock)'.")
            }
            settings.timeFormatOverride = TimeFormat(uses24HourClock: clock == "24h")
        }
        if let hours = config[section: "options", key: "forgotten_after_hours"] {
            guard let value = Double(hours), value > 0 else {
                throw LaunchError.invalidSetting("\(paths.configFile): forgotten_after_hours must be a positive number of hours.")
            }
            settings.forgottenTimerHours = value
        }
        var overrides: [String: String] = [:]
        for key in config.document.keys(inSection: "keys") {
            overrides[key] = config.document.value(section: "keys", key: key)
        }
        if !overrides.isEmpty {
            do {
                settings.keymap = try settings.keymap.rebinding(overrides)
            } catch {
                throw LaunchError.invalidSetting("\(paths.configFile): \(error)")
            }
        }
        return settings
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
