import FluentKit
import Foundation

/// Every write to tasks: validate, authorise, change rows, write the history line and the
/// audit entry in one transaction.
public struct TaskCommands: Sendable {
    let write: DomainWrite
    let clock: AppClock
    private let thresholds: LightThresholds

    public init(clock: AppClock, thresholds: LightThresholds = LightThresholds()) {
        write = DomainWrite(clock: clock)
        self.clock = clock
        self.thresholds = thresholds
    }

    private var today: CalendarDay { CalendarDay.today(clock) }
    public static let maxInstructionLength = 2_000

    /// Creates a task in a plan.
    public func create(_ draft: TaskDraft, by actor: Actor, on db: any Database) async throws -> WorkTask {
        try await createMany([draft], by: actor, on: db)[0]
    }

    /// Creates tasks in one transaction: all of them or, at the first bad one, none.
    /// Errors name the draft's position (“第3项”), or its entry in `labels` (“第12行”), when
    /// there is more than one.
    public func createMany(
        _ drafts: [TaskDraft], labels: [String]? = nil, by actor: Actor,
        on db: any Database
    ) async throws -> [WorkTask] {
        let names = labels ?? drafts.indices.map { "第\($0 + 1)项" }
        try TaskPermissions.require(.manage, actor: actor)
        let today = today
        var checked: [CheckedTaskDraft] = []
        for (index, draft) in drafts.enumerated() {
            do {
                checked.append(try TaskRules.check(draft, today: today))
            } catch DomainError.invalid(let problems) where drafts.count > 1 {
                throw DomainError.invalid(problems.map { FieldError($0.field, "\(names[index])：\($0.message)") })
            }
        }
        let items = checked
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let context = try await TaskWriteContext.load(on: tx)
            var created: [WorkTask] = []
            var coUnits: [TaskCoUnit] = []
            var milestones: [TaskMilestone] = []
            var events: [TaskEvent] = []
            let now = clock.now
            for (index, item) in items.enumerated() {
                do {
                    try await context.validate(item, editing: nil, on: tx)
                } catch DomainError.invalid(let problems) where drafts.count > 1 {
                    throw DomainError.invalid(problems.map { FieldError($0.field, "\(names[index])：\($0.message)") })
                }
                let task = WorkTask()
                task.id = UUID()
                task.sortOrder = try await context.nextSortOrder(
                    plan: item.draft.planID, area: item.draft.areaID,
                    parent: item.draft.parentID, on: tx)
                task.status = .notStarted
                task.progress = 0
                task.light = .green
                task.redSince = nil
                apply(item, to: task)
                // From today for a task entered after it started: no report is missing on day one.
                task.nextReportDue =
                    task.reportFrequency.nextDue(
                        after: max(item.start, today), milestones: item.milestones.map(\.day),
                        deadline: item.deadline
                    ).description
                task.refreshLight(milestones: item.milestones, today: today, thresholds: thresholds)
                let taskID = task.id!
                coUnits += item.draft.coUnits.map {
                    TaskCoUnit(
                        taskID: taskID, unitID: $0.unitID, part: $0.part.trimmingCharacters(in: .whitespacesAndNewlines)
                    )
                }
                milestones += item.milestones.map { TaskMilestone(taskID: taskID, milestone: $0) }
                events.append(
                    TaskEvent(
                        taskID: taskID, at: now, actor: actor, kind: .created,
                        summary: "创建任务“\(task.title)”，完成时限 \(task.deadline)"))
                created.append(task)
            }
            // New rows go in with multi-row inserts: an import of 1,000 tasks is a few dozen statements.
            try await insertInChunks(created, on: tx)
            try await insertInChunks(coUnits, on: tx)
            try await insertInChunks(milestones, on: tx)
            try await insertInChunks(events, on: tx)
            try await audit.record(
                created.map {
                    (
                        subject: AuditSubject(type: "task", id: $0.id, label: $0.title), action: "task.create",
                        changes: AuditLog.diff(before: nil, after: $0.auditSnapshot)
                    )
                })
            return created
        }
    }

    /// Replaces the task's fields with `draft` (the plan stays the same).
    public func update(_ id: UUID, _ draft: TaskDraft, by actor: Actor, on db: any Database) async throws -> WorkTask {
        try TaskPermissions.require(.manage, actor: actor)
        let item = try TaskRules.check(draft, today: today)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let task = try await WorkTask.require(id, on: tx)
            guard task.$plan.id == draft.planID else { throw DomainError.invalid("planId", "任务不能移到另一个计划") }
            let context = try await TaskWriteContext.load(on: tx)
            try await context.validate(item, editing: task, on: tx)
            let before = task.auditSnapshot
            let beforeCo = try await coUnitSummary(task, on: tx)
            let beforeMilestones = try await milestoneSummary(task, on: tx)
            let beforeFrequency = task.reportFrequency
            if task.$area.id != draft.areaID || task.$parent.id != draft.parentID {
                task.sortOrder = try await context.nextSortOrder(
                    plan: draft.planID, area: draft.areaID, parent: draft.parentID, on: tx)
            }
            apply(item, to: task)
            try await replaceParts(of: task, with: item, on: tx)
            var changes = AuditLog.diff(before: before, after: task.auditSnapshot)
            let afterCo = try await coUnitSummary(task, on: tx)
            if beforeCo != afterCo { changes["coUnits"] = AuditChange(before: beforeCo, after: afterCo) }
            let afterMilestones = try await milestoneSummary(task, on: tx)
            if beforeMilestones != afterMilestones {
                changes["milestones"] = AuditChange(before: beforeMilestones, after: afterMilestones)
            }
            guard !changes.isEmpty else { return task }
            if !task.status.isFinished {
                // A new rhythm starts from today; otherwise the due day only moves in to a nearer deadline.
                let due = task.nextReportDue.flatMap(CalendarDay.init(iso:))
                if task.reportFrequency != beforeFrequency || due == nil {
                    task.nextReportDue =
                        task.reportFrequency.nextDue(
                            after: today, milestones: item.milestones.map(\.day),
                            deadline: item.deadline
                        ).description
                } else if let due, due > item.deadline {
                    task.nextReportDue = item.deadline.description
                }
            }
            task.refreshLight(milestones: item.milestones, today: today, thresholds: thresholds)
            try await task.save(on: tx)
            let fields = changes.keys.compactMap { TaskFieldLabels.label[$0] }.sorted().joined(separator: "、")
            try await audit.record(
                task, kind: .edited, summary: "修改了\(fields.isEmpty ? "任务" : fields)",
                action: "task.update", changes: changes)
            return task
        }
    }

    /// Moves a task's status along ``TaskStatus`` (e.g. 暂缓, 已完成, 已销号).
    public func setStatus(_ id: UUID, to status: TaskStatus, by actor: Actor, on db: any Database) async throws
        -> WorkTask
    {
        try TaskPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let task = try await WorkTask.require(id, on: tx)
            let before = task.auditSnapshot
            let from = task.status
            task.status = try task.status.moved(to: status)
            if status == .done || status == .closed { task.progress = 100 }
            // The day it was finished: kept through 销号, forgotten when the task reopens.
            task.finishedOn = status.isFinished ? task.finishedOn ?? CalendarDay.today(clock).description : nil
            try await refresh(task, on: tx)
            try await task.save(on: tx)
            try await audit.record(
                task, kind: .status, summary: "状态由“\(from.label)”改为“\(status.label)”",
                action: "task.status", changes: AuditLog.diff(before: before, after: task.auditSnapshot))
            return task
        }
    }

    /// Signs off a co-operating unit's part (配合事项销号); signing it off twice is a conflict.
    public func signOffCoUnit(_ taskID: UUID, unitID: UUID, by actor: Actor, on db: any Database) async throws {
        try TaskPermissions.require(.manage, actor: actor)
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let task = try await WorkTask.require(taskID, on: tx)
            guard
                let part = try await TaskCoUnit.query(on: tx).filter(\.$task.$id == taskID).filter(
                    \.$unit.$id == unitID
                ).first()
            else {
                throw DomainError.invalid("unitId", "这个单位不是本任务的配合单位")
            }
            let unit = try await OrgUnit.require(unitID, on: tx)
            if part.signedOffAt != nil { throw DomainError.conflict("“\(unit.name)”的配合事项已经销号") }
            part.signedOffAt = clock.now
            try await part.save(on: tx)
            try await audit.record(
                task, kind: .signedOff, summary: "“\(unit.name)”的配合事项销号", action: "task.cosignoff",
                changes: ["coUnitSignedOff": AuditChange(before: nil, after: unit.name)])
        }
    }

    /// Adds a leader's instruction (批示) to the task's history.
    public func instruct(_ id: UUID, text: String, by actor: Actor, on db: any Database) async throws {
        try TaskPermissions.require(.instruct, actor: actor)
        let text = try RequiredText("text", "批示内容", limit: Self.maxInstructionLength).checked(text)
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let task = try await WorkTask.require(id, on: tx)
            try await audit.record(
                task, kind: .instruction, summary: text, action: "task.instruct",
                changes: ["instruction": AuditChange(before: nil, after: text)])
        }
    }

    /// Swaps a task with the previous (`up`) or next sibling; the 序号 follow the new order.
    public func move(_ id: UUID, up: Bool, by actor: Actor, on db: any Database) async throws -> WorkTask {
        try TaskPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let task = try await WorkTask.require(id, on: tx)
            var siblings = try await TaskWriteContext.siblings(
                plan: task.$plan.id, area: task.$area.id, parent: task.$parent.id, on: tx)
            guard let index = siblings.firstIndex(where: { $0.id == id }) else { return task }
            let target = up ? index - 1 : index + 1
            guard siblings.indices.contains(target) else { return task }
            siblings.swapAt(index, target)
            for (position, sibling) in siblings.enumerated() where sibling.sortOrder != position + 1 {
                sibling.sortOrder = position + 1
                try await sibling.save(on: tx)
            }
            try await audit.record(
                AuditSubject(type: "task", id: task.id, label: task.title), action: "task.move",
                changes: ["position": AuditChange(before: String(index + 1), after: String(target + 1))])
            return task
        }
    }

    // MARK: shared with the report commands

    /// Recomputes the light from the stored milestones.
    func refresh(_ task: WorkTask, on db: any Database) async throws {
        let milestones = try await TaskMilestone.query(on: db).filter(\.$task.$id == task.requireID()).all().map(
            \.milestone)
        task.refreshLight(milestones: milestones, today: today, thresholds: thresholds)
    }

}

/// Field names as the history line shows them.
enum TaskFieldLabels {
    static let label: [String: String] = [
        "title": "工作任务", "description": "任务说明", "leadUnitId": "牵头单位", "coUnits": "配合单位", "leader": "责任领导",
        "startDay": "开始日期", "deadline": "完成时限", "reportFrequency": "报送频次", "tags": "标签", "areaId": "所属方面",
        "parentId": "上级任务", "milestones": "进度节点",
    ]
}
