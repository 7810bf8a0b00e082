/// How often a meeting series meets (e.g. the quarterly consultation, 季度协商座谈会). Once a
/// meeting of a series has been held, the next one is scheduled by itself (``MeetingScheduler``).
public enum MeetingRecurrence: String, Codable, Sendable, CaseIterable {
    case none
    case monthly
    case quarterly
    case halfYearly = "half_yearly"
    case yearly

    public var label: String {
        switch self {
        case .none: "不重复"
        case .monthly: "每月"
        case .quarterly: "每季度"
        case .halfYearly: "每半年"
        case .yearly: "每年"
        }
    }

    /// Months between two meetings; 0 for a meeting that does not recur.
    public var months: Int {
        switch self {
        case .none: 0
        case .monthly: 1
        case .quarterly: 3
        case .halfYearly: 6
        case .yearly: 12
        }
    }

    /// The first meeting day of the series after `today`, counting from `day`; nil when the
    /// meeting does not recur.
    public func nextDay(after day: CalendarDay, today: CalendarDay) -> CalendarDay? {
        guard months > 0 else { return nil }
        var step = 1
        var next = day.adding(months: months)
        while next <= today {
            step += 1
            next = day.adding(months: months * step)
        }
        return next
    }
}
