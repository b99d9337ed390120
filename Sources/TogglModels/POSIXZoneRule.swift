/// A POSIX `TZ` rule such as `CET-1CEST,M3.5.0,M10.5.0/3`: standard time, and optionally
/// daylight saving time between two yearly dates. A TZif file ends with one for the instants
/// after its last transition; `TZ` may hold one too.
///
/// Supports RFC 8536's extensions: quoted names (`<+0330>-3:30`), and transition times from
/// −167 to 167 hours. Offsets are stored as seconds east of UTC (POSIX writes them west).
struct POSIXZoneRule: Sendable, Equatable {
    /// Seconds east of UTC in standard time.
    let standardOffset: Int32
    /// Daylight saving time, when the rule has it.
    let daylight: Daylight?

    struct Daylight: Sendable, Equatable {
        /// Seconds east of UTC in daylight saving time.
        var offset: Int32
        var start: Transition
        var end: Transition
    }

    /// A yearly date and the local time of day (in the time then in force) the change happens.
    struct Transition: Sendable, Equatable {
        var date: DateRule
        /// Seconds after local midnight (−167 h … 167 h).
        var time: Int
    }

    enum DateRule: Sendable, Equatable {
        /// `Jn`: day 1…365, February 29 never counted.
        case julianWithoutLeapDay(Int)
        /// `n`: day 0…365, February 29 counted.
        case zeroBasedDay(Int)
        /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = the last) of month `m`.
        case monthWeekDay(month: Int, week: Int, weekday: Int)
    }

    /// Parses a whole rule; nil for anything it does not fully understand.
    init?(_ text: String) {
        var scanner = RuleScanner(Array(text.utf8))
        guard scanner.name(), let standardWest = scanner.offset(maximumHours: 24) else { return nil }
        let standard = -standardWest
        guard !scanner.atEnd else {
            standardOffset = Int32(standard)
            daylight = nil
            return
        }
        guard scanner.name() else { return nil }
        var daylightOffset = standard + 3600
        if !scanner.atEnd, scanner.peek != UInt8(ascii: ",") {
            guard let west = scanner.offset(maximumHours: 24) else { return nil }
            daylightOffset = -west
        }
        let start: Transition, end: Transition
        if scanner.atEnd {
            // No dates: POSIX leaves them to the implementation; the US rules are the usual choice.
            start = Transition(date: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200)
            end = Transition(date: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200)
        } else {
            guard scanner.take(","), let first = scanner.transition(), scanner.take(","), let second = scanner.transition(),
                  scanner.atEnd else { return nil }
            start = first
            end = second
        }
        standardOffset = Int32(standard)
        daylight = Daylight(offset: Int32(daylightOffset), start: start, end: end)
    }

    /// Seconds east of UTC at `instant` (seconds since 1970).
    func offset(at instant: Int64) -> Int {
        guard let daylight else { return Int(standardOffset) }
        let year = TogglTimestamp.civil(fromDays: TogglTimestamp.floorDiv(Int(instant) + Int(standardOffset), 86_400)).year
        // The latest change at or before the instant, among the year's and its neighbours' (a
        // change's time may carry it into the next year: `J365/48`).
        var latest: (at: Int64, daylight: Bool)?
        for candidate in (year - 1)...(year + 1) {
            let changes = [
                (Self.utcInstant(of: daylight.start, in: candidate, offsetBefore: Int(standardOffset)), true),
                (Self.utcInstant(of: daylight.end, in: candidate, offsetBefore: Int(daylight.offset)), false),
            ]
            for (at, toDaylight) in changes where at <= instant && (latest.map { at >= $0.at } ?? true) {
                latest = (at, toDaylight)
            }
        }
        return Int((latest?.daylight ?? false) ? daylight.offset : standardOffset)
    }

    /// The UTC instant of a transition in `year`, its local time read in the offset before it.
    private static func utcInstant(of transition: Transition, in year: Int, offsetBefore: Int) -> Int64 {
        let day = TogglTimestamp.days(fromCivil: year, 1, 1) + dayOfYear(transition.date, in: year)
        return Int64(day) * 86_400 + Int64(transition.time) - Int64(offsetBefore)
    }

    /// Days after January 1 of `year` that `date` falls on.
    private static func dayOfYear(_ date: DateRule, in year: Int) -> Int {
        switch date {
        case .julianWithoutLeapDay(let n):
            return n - 1 + (TogglTimestamp.isLeapYear(year) && n >= 60 ? 1 : 0)
        case .zeroBasedDay(let n):
            return n
        case .monthWeekDay(let month, let week, let weekday):
            let first = TogglTimestamp.days(fromCivil: year, month, 1)
            let firstWeekday = WallClock.weekday(ofDay: first)
            var day = 1 + (weekday - firstWeekday + 7) % 7 + 7 * (week - 1)
            let length = TogglTimestamp.daysInMonth(year, month)
            while day > length { day -= 7 }
            return first + day - 1 - TogglTimestamp.days(fromCivil: year, 1, 1)
        }
    }
}

/// Reads a POSIX TZ rule's parts from left to right.
private struct RuleScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[index] }

    mutating func take(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, peek == ascii else { return false }
        index += 1
        return true
    }

    /// A zone abbreviation: three or more letters, or `<…>` of letters, digits, `+` and `-`.
    mutating func name() -> Bool {
        if take("<") {
            let start = index
            while let byte = peek, byte != UInt8(ascii: ">") {
                guard Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                else { return false }
                index += 1
            }
            return index - start >= 3 && take(">")
        }
        let start = index
        while let byte = peek, Self.isLetter(byte) { index += 1 }
        return index - start >= 3
    }

    /// `[+-]hh[:mm[:ss]]` in seconds, hours up to `maximumHours`.
    mutating func offset(maximumHours: Int) -> Int? {
        var sign = 1
        if take("-") { sign = -1 } else { _ = take("+") }
        guard let hours = number(maximumDigits: 3), hours <= maximumHours else { return nil }
        var seconds = hours * 3600
        if take(":") {
            guard let minutes = number(maximumDigits: 2), minutes < 60 else { return nil }
            seconds += minutes * 60
            if take(":") {
                guard let secs = number(maximumDigits: 2), secs < 60 else { return nil }
                seconds += secs
            }
        }
        return sign * seconds
    }

    /// `date[/time]`.
    mutating func transition() -> POSIXZoneRule.Transition? {
        let date: POSIXZoneRule.DateRule
        if take("J") {
            guard let n = number(maximumDigits: 3), (1...365).contains(n) else { return nil }
            date = .julianWithoutLeapDay(n)
        } else if take("M") {
            guard let month = number(maximumDigits: 2), (1...12).contains(month), take("."),
                  let week = number(maximumDigits: 1), (1...5).contains(week), take("."),
                  let weekday = number(maximumDigits: 1), (0...6).contains(weekday) else { return nil }
            date = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else {
            guard let n = number(maximumDigits: 3), (0...365).contains(n) else { return nil }
            date = .zeroBasedDay(n)
        }
        var time = 7200
        if take("/") {
            guard let parsed = offset(maximumHours: 167) else { return nil }
            time = parsed
        }
        return POSIXZoneRule.Transition(date: date, time: time)
    }

    private mutating func number(maximumDigits: Int) -> Int? {
        var value = 0, digits = 0
        while let byte = peek, Self.isDigit(byte), digits < maximumDigits {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
