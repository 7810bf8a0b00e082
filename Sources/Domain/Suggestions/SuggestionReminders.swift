import FluentKit
import Foundation

/// The job's part for suggestions: reminds the lead unit of an answer falling due within a few
/// days, and again once it is overdue, through the inbox and the unit's group robot — each once.
public struct SuggestionReminders: Sendable {
    private let clock: AppClock
    private let dueSoonDays: Int

    public init(clock: AppClock, dueSoonDays: Int = 3) {
        self.clock = clock
        self.dueSoonDays = dueSoonDays
    }

    /// Sends what is due; returns how many reminders went out.
    public func run(on db: any Database) async throws -> Int {
        let today = CalendarDay.today(clock)
        let routed = try await Suggestion.query(on: db).filter(\.$status == .routed)
            .filter(\.$answerDue <= today.adding(days: dueSoonDays).description).all()
        guard !routed.isEmpty else { return 0 }
        let leadUnit = try await Suggestion.leadUnits(of: routed.compactMap(\.id), on: db)
        let notifier = Notifier(clock: clock)
        var sent = 0
        for suggestion in routed {
            guard let id = suggestion.id, let unitID = leadUnit[id],
                let due = suggestion.answerDue.flatMap(CalendarDay.init(iso:))
            else { continue }
            let overdue = today > due
            let key = "suggestion-\(overdue ? "overdue" : "due"):\(id):\(suggestion.round):\(due)"
            let notification = Notification(
                kind: overdue ? .suggestionOverdue : .suggestionDue,
                title: (overdue ? "建言答复逾期：" : "请按时答复建言：") + suggestion.title,
                body: overdue
                    ? "\(suggestion.number)应于 \(due) 前答复，已逾期 \(due.days(until: today)) 天，请尽快答复。"
                    : "\(suggestion.number)请于 \(due) 前答复（会签单位须先会签）。",
                subject: Notification.Subject(type: "suggestion", id: id))
            if try await notifier.sendOnce(key: key, notification, toUnit: unitID, on: db) { sent += 1 }
        }
        return sent
    }
}
