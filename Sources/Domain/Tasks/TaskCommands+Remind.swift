import FluentKit
import Foundation

extension TaskCommands {
    /// 催报: the office reminds a unit of the task (its lead unit unless `unitID` names a
    /// co-operating one) to report — in the unit's inbox and group robot, recorded in the
    /// task's history — at most once a day per task and unit. Returns the unit's name.
    @discardableResult
    public func remindReport(_ id: UUID, unitID: UUID? = nil, by actor: Actor, on db: any Database) async throws
        -> String
    {
        try SupervisionPermissions.require(.supervise, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let task = try await WorkTask.require(id, on: tx)
            if task.status.isFinished { throw DomainError.conflict("任务已\(task.status.label)，不需要催报") }
            let target = unitID ?? task.$leadUnit.id
            if target != task.$leadUnit.id {
                let coUnit = try await TaskCoUnit.query(on: tx).filter(\.$task.$id == id).filter(\.$unit.$id == target)
                    .count()
                guard coUnit > 0 else { throw DomainError.invalid("unitId", "只能向任务的牵头单位或配合单位催报") }
            }
            let unit = try await OrgUnit.require(target, on: tx)
            let today = CalendarDay.today(clock)
            guard try await SentReminder.claim("remind-report:\(id):\(target):\(today)", at: clock.now, on: tx) else {
                throw DomainError.conflict("今天已向\(unit.name)催报过，明天可再催")
            }
            try await Notifier(clock: clock).send(
                Notification(
                    kind: .reportReminder, title: "催报：\(task.title)", body: Self.reminderText(task, today: today),
                    subject: Notification.Subject(type: "task", id: id)), toUnit: target, on: tx)
            try await audit.record(
                task, kind: .reminded, summary: "向\(unit.name)催报进展", action: "task.remind",
                changes: ["unit": AuditChange(before: nil, after: unit.name)])
            return unit.name
        }
    }

    /// What the reminder says: the report's due day and how late it is.
    static func reminderText(_ task: WorkTask, today: CalendarDay) -> String {
        guard let due = task.nextReportDue.flatMap(CalendarDay.init(iso:)) else {
            return "办公室提醒：请尽快报送本任务的最新进展。"
        }
        let late = due.days(until: today)
        return late > 0
            ? "办公室提醒：本期进展应于 \(due) 前报送，已逾期 \(late) 天，请尽快报送。"
            : "办公室提醒：请于 \(due) 前报送本期进展。"
    }
}
