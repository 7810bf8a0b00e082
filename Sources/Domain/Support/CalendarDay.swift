import Foundation

/// A calendar day in China Standard Time (UTC+8, no daylight saving since 1991). Deadlines,
/// milestones and report dates are days, not moments, so they compare without time zones.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// The day with this date, or nil when there is none (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let ordinal = Self.ordinal(year: year, month: month, day: day)
        guard Self.parts(of: ordinal) == (year, month, day) else { return nil }
        self.ordinal = ordinal
    }

    /// The day a moment falls on in China.
    public init(_ date: Date) {
        // Rounded down, so moments before 1970 land on the right day too.
        ordinal = Int(((date.timeIntervalSince1970 + 8 * 3600) / 86400).rounded(.down))
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = Self.parts(of: ordinal)
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// The same day of the month `months` later, or that month's last day when it is shorter
    /// (2026-01-31 plus one month is 2026-02-28).
    public func adding(months: Int) -> CalendarDay {
        let lastDay = endOfMonth(after: months)
        let (year, month, last) = lastDay.components
        return CalendarDay(year: year, month: month, day: min(components.day, last)) ?? lastDay
    }

    /// Year, month (1…12) and day of month.
    public var components: (year: Int, month: Int, day: Int) { Self.parts(of: ordinal) }

    /// The last day of the month `months` after this day's month (0: this month).
    public func endOfMonth(after months: Int = 0) -> CalendarDay {
        let (year, month, _) = components
        let index = year * 12 + (month - 1) + months + 1
        let first = CalendarDay(ordinal: Self.ordinal(year: index / 12, month: index % 12 + 1, day: 1))
        return first.adding(days: -1)
    }

    /// The moment the day begins in China.
    public var startDate: Date { Date(timeIntervalSince1970: TimeInterval(ordinal * 86_400 - 8 * 3_600)) }

    /// Today in China by `clock`.
    public static func today(_ clock: AppClock) -> CalendarDay { CalendarDay(clock.now) }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDay) -> Int { other.ordinal - ordinal }

    public static func < (left: CalendarDay, right: CalendarDay) -> Bool { left.ordinal < right.ordinal }

    // Howard Hinnant's days-from-civil and civil-from-days, proleptic Gregorian.
    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func parts(of ordinal: Int) -> (Int, Int, Int) {
        let shifted = ordinal + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
