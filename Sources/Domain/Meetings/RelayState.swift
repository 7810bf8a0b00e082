import FluentKit
import Foundation

/// Where an invited unit stands with its relay report (传达落实) of a meeting.
public enum RelayState: Sendable, Equatable {
    /// Reported; the day the unit relayed the meeting.
    case reported(relayedOn: String)
    /// Not reported yet, the due day not passed.
    case pending
    /// Not reported, the due day passed: shows like an overdue task report.
    case overdue(days: Int)

    public var label: String {
        switch self {
        case .reported: "已报送"
        case .pending: "待报送"
        case .overdue(let days): "逾期 \(days) 天"
        }
    }

    public var isOverdue: Bool {
        if case .overdue = self { return true }
        return false
    }
}

extension MeetingInvitation {
    /// The unit's relay state for a meeting due on `due`; nil when the meeting asks for none.
    public func relayState(due: String?, today: CalendarDay) -> RelayState? {
        if let relayedOn { return .reported(relayedOn: relayedOn) }
        guard let due = due.flatMap(CalendarDay.init(iso:)) else { return nil }
        return today > due ? .overdue(days: due.days(until: today)) : .pending
    }
}
