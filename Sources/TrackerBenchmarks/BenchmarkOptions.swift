import Foundation
import TogglModels
import TerminalUI

/// What to measure and how often.
public struct BenchmarkOptions: Sendable {
    public var account: AccountSize
    /// The terminal size frames are rendered at.
    public var screen: Size
    /// How many times the first frame is made from scratch.
    public var firstFrameRuns: Int
    /// How many rounds each keystroke scenario repeats.
    public var keystrokeRounds: Int
    /// How many one-second ticks the pty measurement averages over.
    public var ticks: Int
    /// The time zone of the account's profile.
    public var timeZone: Zone
    /// The moment the screens are measured at (a Wednesday afternoon).
    public var now: Date
    /// When the scripted workday starts (the same Wednesday, 9:00).
    public var workdayStart: Date
    /// Whether the memory of a fresh process is measured (the benchmark spawns itself; off for
    /// the tests, whose binary is not the benchmark).
    public var processMemory = true
    /// How many times each program of the status benchmark is spawned (at least 30; 0 skips it).
    public var statusRuns = 40

    public init(account: AccountSize, screen: Size = Size(columns: 120, rows: 40), firstFrameRuns: Int = 20,
                keystrokeRounds: Int = 1, ticks: Int = 30,
                timeZone: Zone = Zone(identifier: "Europe/Berlin") ?? Zone(secondsFromGMT: 3600) ?? .utc,
                now: Date = Date(timeIntervalSince1970: 1_795_615_200),
                workdayStart: Date = Date(timeIntervalSince1970: 1_795_593_600)) {
        self.account = account
        self.screen = screen
        self.firstFrameRuns = firstFrameRuns
        self.keystrokeRounds = keystrokeRounds
        self.ticks = ticks
        self.timeZone = timeZone
        self.now = now
        self.workdayStart = workdayStart
    }

    /// The large account, 20 first frames, 30 ticks.
    public static let standard = BenchmarkOptions(account: .large)

    /// A tiny account, few repetitions: every metric in a few seconds.
    public static let tiny: BenchmarkOptions = {
        var options = BenchmarkOptions(account: .tiny, firstFrameRuns: 3, ticks: 5)
        options.processMemory = false
        options.statusRuns = 30
        return options
    }()
}
