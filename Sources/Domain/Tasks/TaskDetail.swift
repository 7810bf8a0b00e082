import FluentKit
import Foundation

/// Who may see a task is decided from how the actor's unit stands to it.
public enum TaskAccess {
    /// Lead, co-operating or none, for the actor's unit.
    public static func involvement(of actor: Actor, in task: WorkTask, on db: any Database) async throws
        -> TaskInvolvement
    {
        var coUnits: [UUID] = []
        if let unitID = actor.unitID, task.$leadUnit.id != unitID {
            // Only the actor's own unit matters: read just that row, if it exists.
            coUnits = try await TaskCoUnit.query(on: db).filter(\.$task.$id == task.requireID()).filter(
                \.$unit.$id == unitID
            )
            .all(\.$unit.$id)
        }
        return involvement(of: actor, lead: task.$leadUnit.id, coUnits: coUnits)
    }

    /// How the actor's unit stands to a task led by `lead` with `coUnits` co-operating.
    static func involvement(of actor: Actor, lead: UUID, coUnits: [UUID]) -> TaskInvolvement {
        guard let unitID = actor.unitID else { return .none }
        return lead == unitID ? .lead : coUnits.contains(unitID) ? .coOperating : .none
    }

    /// The task, when the actor may see it; `.forbidden` otherwise.
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> (
        WorkTask, TaskInvolvement
    ) {
        try PlanPermissions.require(.read, actor: actor)
        let task = try await WorkTask.require(id, on: db)
        let involvement = try await involvement(of: actor, in: task, on: db)
        try TaskPermissions.requireRead(involvement, actor: actor)
        return (task, involvement)
    }
}

/// Everything the task page shows.
public struct TaskDetail: Sendable {
    public struct CoUnit: Sendable {
        public let unitID: UUID
        public let name: String
        public let part: String
        public let signedOffAt: Date?
    }

    public struct Report: Sendable {
        public let report: ProgressReport
        public let unitName: String
        public let attachments: [AttachmentInfo]
    }

    public let task: WorkTask
    public let plan: Plan
    public let area: PlanArea?
    public let parent: WorkTask?
    public let subtasks: [WorkTask]
    public let leadUnitName: String
    public let coUnits: [CoUnit]
    /// The meeting or document the task cites (依据).
    public let basis: TaskBasis
    public let milestones: [Milestone]
    /// Newest first.
    public let reports: [Report]
    /// Oldest first.
    public let events: [TaskEvent]
    public let involvement: TaskInvolvement

    /// Reads a task the actor may see, with its parts. The parts are cached until the work
    /// changes; who may see them is decided for each actor.
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> TaskDetail {
        try PlanPermissions.require(.read, actor: actor)
        let detail = try await WorkCache.value("task|\(id)", on: db) { try await read(id, on: db) }
        let involvement = TaskAccess.involvement(
            of: actor, lead: detail.task.$leadUnit.id, coUnits: detail.coUnits.map(\.unitID))
        try TaskPermissions.requireRead(involvement, actor: actor)
        return detail.with(involvement)
    }

    private func with(_ involvement: TaskInvolvement) -> TaskDetail {
        TaskDetail(
            task: task, plan: plan, area: area, parent: parent, subtasks: subtasks, leadUnitName: leadUnitName,
            coUnits: coUnits, basis: basis, milestones: milestones, reports: reports, events: events,
            involvement: involvement)
    }

    private static func read(_ id: UUID, on db: any Database) async throws -> TaskDetail {
        let task = try await WorkTask.require(id, on: db)
        let involvement = TaskInvolvement.none
        let taskID = try task.requireID()
        let names = try await OrgUnit.names(on: db)
        let coUnits = try await TaskCoUnit.query(on: db).filter(\.$task.$id == taskID).all()
        let reports = try await ProgressReport.query(on: db).filter(\.$task.$id == taskID)
            .sort(\.$submittedAt, .descending).range(..<200).all()
        let files = try await ReportAttachment.infos(for: reports.compactMap(\.id), on: db)
        return TaskDetail(
            task: task,
            plan: try await Plan.require(task.$plan.id, on: db),
            area: try await task.$area.get(on: db),
            parent: try await task.$parent.get(on: db),
            subtasks: try await WorkTask.query(on: db).filter(\.$parent.$id == taskID).sort(\.$sortOrder).all(),
            leadUnitName: names[task.$leadUnit.id] ?? "",
            coUnits: coUnits.map {
                CoUnit(unitID: $0.$unit.id, name: names[$0.$unit.id] ?? "", part: $0.part, signedOffAt: $0.signedOffAt)
            }
            .sorted { $0.name < $1.name },
            basis: try await TaskBasis.load(for: [task], on: db)[taskID] ?? .none,
            milestones: try await TaskMilestone.query(on: db).filter(\.$task.$id == taskID).sort(\.$day).all().map(
                \.milestone),
            reports: reports.map {
                Report(report: $0, unitName: names[$0.$unit.id] ?? "", attachments: files[$0.id!] ?? [])
            },
            events: try await TaskEvent.query(on: db).filter(\.$task.$id == taskID).sort(\.$at).sort(\.$id).range(
                ..<1000
            ).all(),
            involvement: involvement)
    }
}
