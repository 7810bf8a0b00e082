import Domain
import Foundation
import Testing

/// The light rule at its boundaries, on fixed days.
@Suite struct TaskLightTests {
    let start = CalendarDay(year: 2026, month: 1, day: 1)!
    let deadline = CalendarDay(year: 2026, month: 6, day: 30)!

    func schedule(
        _ status: TaskStatus = .inProgress, progress: Int, milestones: [Milestone] = [],
        reportOverdue: Bool = false
    ) -> TaskSchedule {
        TaskSchedule(
            status: status, progress: progress, start: start, deadline: deadline,
            milestones: milestones, reportOverdue: reportOverdue)
    }

    @Test func behindTheLineTurnsYellowOnlyWithinFifteenDays() {
        let behind = schedule(progress: 10)
        #expect(behind.light(on: deadline.adding(days: -16)) == .green)
        #expect(behind.light(on: deadline.adding(days: -15)) == .yellow)
        #expect(behind.light(on: deadline) == .yellow)
    }

    @Test func redTheDayAfterTheDeadlineUnlessFinished() {
        #expect(schedule(progress: 99).light(on: deadline.adding(days: 1)) == .red)
        #expect(schedule(.done, progress: 100).light(on: deadline.adding(days: 30)) == .green)
        #expect(schedule(.closed, progress: 100).light(on: deadline.adding(days: 30)) == .green)
        #expect(schedule(.suspended, progress: 0).light(on: deadline.adding(days: 30)) == .green)
        #expect(schedule(.notStarted, progress: 0).light(on: deadline.adding(days: 1)) == .red)
    }

    @Test func anOverdueReportTurnsYellowAtAnyTime() {
        #expect(schedule(progress: 90, reportOverdue: true).light(on: start.adding(days: 10)) == .yellow)
        #expect(schedule(progress: 90, reportOverdue: true).light(on: deadline.adding(days: 1)) == .red)
    }

    @Test func onTheLineIsGreenJustBelowIsYellow() {
        // Milestone: 80 % by 2026-06-10; the line rises from 80 to 100 over the last 20 days.
        let milestone = Milestone(day: CalendarDay(year: 2026, month: 6, day: 10)!, expectedProgress: 80)
        let day = CalendarDay(year: 2026, month: 6, day: 20)!  // 10 days left: expected 90 %
        #expect(schedule(progress: 0, milestones: [milestone]).expectedProgress(on: day) == 90)
        #expect(schedule(progress: 90, milestones: [milestone]).light(on: day) == .green)
        #expect(schedule(progress: 89, milestones: [milestone]).light(on: day) == .yellow)
    }

    @Test func thresholdsAreConfigurable() {
        let behind = schedule(progress: 10)
        let day = deadline.adding(days: -20)
        #expect(behind.light(on: day) == .green)
        #expect(behind.light(on: day, thresholds: LightThresholds(dueSoonDays: 30)) == .yellow)
    }

    @Test func calendarDaysFollowChinaTime() {
        // 2026-11-21 16:30 UTC is 2026-11-22 00:30 in Beijing.
        let moment = Date(timeIntervalSince1970: 1_795_278_600)
        #expect(CalendarDay(moment).description == "2026-11-22")
        #expect(CalendarDay(iso: "2024-02-29")?.adding(days: 1).description == "2024-03-01")
        #expect(CalendarDay(iso: "2026-02-29") == nil)
        #expect(CalendarDay(iso: "2026-2-1") == nil)
        #expect(CalendarDay(year: 1969, month: 12, day: 31)!.ordinal == -1)
    }
}
