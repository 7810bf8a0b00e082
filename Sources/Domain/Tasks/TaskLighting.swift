import Foundation

extension WorkTask {
    /// The schedule the light rule reads.
    func schedule(milestones: [Milestone], today: CalendarDay) -> TaskSchedule {
        let overdue = nextReportDue.flatMap(CalendarDay.init(iso:)).map { $0 < today } ?? false
        return TaskSchedule(
            status: status, progress: progress, start: start, deadline: deadlineDay,
            milestones: milestones, reportOverdue: overdue)
    }

    /// Recomputes the stored light for `today`, and when the current red spell began.
    /// Returns true when the light changed.
    @discardableResult
    func refreshLight(milestones: [Milestone], today: CalendarDay, thresholds: LightThresholds) -> Bool {
        let before = light
        light = schedule(milestones: milestones, today: today).light(on: today, thresholds: thresholds)
        if light == .red {
            if redSince == nil { redSince = today.description }
        } else {
            redSince = nil
        }
        return before != light
    }

    /// True when the next progress report is past due on `today`.
    public func reportOverdue(on today: CalendarDay) -> Bool {
        guard !status.isFinished, status != .suspended, let due = nextReportDue.flatMap(CalendarDay.init(iso:)) else {
            return false
        }
        return due < today
    }
}
