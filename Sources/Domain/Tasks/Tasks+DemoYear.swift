import FluentKit
import Foundation

/// A clock the demo moves through the year, so that its reports carry the days they would
/// have been written on.
final class DemoTimeline: @unchecked Sendable {
    private let lock = NSLock()
    private var moment: Date

    init(_ start: Date) { moment = start }

    var clock: AppClock { AppClock { [self] in lock.withLock { moment } } }

    /// Moves to `hour` o'clock on `day`, but never past `latest` (now): nothing is written in the future.
    func set(_ day: CalendarDay, hour: Int, notAfter latest: Date) {
        lock.withLock { moment = min(day.startDate.addingTimeInterval(TimeInterval(hour * 3_600)), latest) }
    }
}

extension DemoCity {
    /// The plan's areas and the year's tasks, each reported on month by month since the plan was
    /// deployed and accepted by the office, up to its pace: so the progress line and the lights
    /// by unit have a shape. A few ran past their deadline and are red; a few lag a milestone.
    mutating func yearOfWork() async throws {
        let timeline = DemoTimeline(clock.now)
        let deployed = CalendarDay(year: year, month: 2, day: 20)!
        let months = max(0, today.components.month - 2)  // months since the plan was deployed
        let (plans, tasks, reports) = (
            PlanCommands(clock: timeline.clock), TaskCommands(clock: timeline.clock, thresholds: thresholds),
            ReportCommands(clock: timeline.clock, thresholds: thresholds)
        )
        timeline.set(min(deployed, today), hour: 10, notAfter: clock.now)
        var index = 0
        for area in DemoContent.areas {
            let areaID = try await plans.addArea(to: planID!, title: area.title, by: actor, on: db).requireID()
            for entry in area.tasks {
                index += 1
                timeline.set(min(deployed, today), hour: 11, notAfter: clock.now)
                var draft = TaskDraft(
                    planID: planID!, areaID: areaID, title: entry.title, leadUnitID: unitIDs[entry.lead],
                    startDay: min(deployed, today).description, deadline: "\(year)-12-31")
                // Every ninth task was due weeks ago and is not done: it shows red.
                let late = index % 9 == 0 && entry.pace < 100
                if late {
                    draft.startDay = day(-120)
                    draft.deadline = day(-20)
                }
                let id = try await tasks.create(draft, by: actor, on: db).requireID()
                let liaison = liaisons[entry.lead] ?? stand(in: entry.lead)
                // The 25th of each month since March; two tasks in three have also reported
                // this month already, the third's report is due.
                var days = (1...max(1, months)).compactMap { CalendarDay(year: year, month: 2 + $0, day: 25) }
                    .filter { $0 < today }
                let yesterday = today.adding(days: -1)
                if index % 3 != 0, yesterday.components.month == today.components.month,
                    days.last.map({ $0 < yesterday }) ?? true
                {
                    days.append(yesterday)
                }
                for (number, written) in days.enumerated() {
                    let progress = min(100, entry.pace * (number + 1) / days.count)
                    guard progress > 0, months > 0 else { continue }
                    timeline.set(written, hour: 16, notAfter: clock.now)
                    let report = try await reports.submit(
                        on: id,
                        ReportDraft(
                            text: "本月按计划推进\(entry.title)，完成阶段性工作。", progress: progress, nextSteps: "下月继续推进"),
                        by: liaison, on: db)
                    timeline.set(written.adding(days: 2), hour: 9, notAfter: clock.now)
                    _ = try await reports.accept(report.requireID(), by: actor, on: db)
                    if progress == 100 { break }
                }
            }
        }
    }

    /// The unit's liaison as the reports name them, for units without a demo account.
    private func stand(in code: String) -> Actor {
        let name = DemoContent.moreUnits.first { $0.code == code }?.name ?? code
        return Actor(userID: nil, username: "\(name)联络员", unitID: unitIDs[code], role: .liaison)
    }
}
