import Foundation

/// How the actor's unit stands to a task.
public enum TaskInvolvement: Sendable, Equatable {
    /// The actor's unit leads the task (牵头单位).
    case lead
    /// The actor's unit co-operates on it (配合单位).
    case coOperating
    /// The actor's unit has no part in it.
    case none
}

/// Who may do what with plans, tasks and reports. Read the switches as the policy.
public enum WorkPermissions {
    public enum Action: Sendable, CaseIterable {
        /// See plans and their structure (the tasks in them are filtered by ``canRead(_:actor:)``).
        case readPlans
        /// Create, edit and issue plans; create, edit and sign off tasks.
        case managePlans
        /// Accept or return progress reports.
        case reviewReports
        /// See every task, whatever the unit.
        case readAllTasks
        /// Write a leader's instruction (批示) on a task.
        case instruct
        /// Issue and close supervision notices; record inspections and sign rectification off.
        case supervise
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.readPlans, .admin), (.readPlans, .leader), (.readPlans, .liaison), (.readPlans, .viewer): true
        // Party and federation members use the suggestion channel, not the work plans.
        case (.readPlans, .member): false
        case (.managePlans, .admin), (.reviewReports, .admin), (.supervise, .admin): true
        case (.managePlans, _), (.reviewReports, _), (.supervise, _): false
        case (.readAllTasks, .admin), (.readAllTasks, .leader): true
        case (.readAllTasks, _): false
        case (.instruct, .leader), (.instruct, .admin): true
        case (.instruct, _): false
        }
    }

    /// The one unit whose work the actor sees, or nil when they see every unit's. An actor
    /// without a unit gets an id no unit has, so their lists come back empty.
    public static func unitScope(of actor: Actor) -> UUID? {
        can(.readAllTasks, actor: actor) ? nil : (actor.unitID ?? UUID())
    }

    /// Whether the actor may see a task (and everything of it: reports, history, files).
    /// A liaison or viewer sees only tasks their unit leads or co-operates on.
    public static func canRead(_ involvement: TaskInvolvement, actor: Actor) -> Bool {
        if can(.readAllTasks, actor: actor) { return true }
        guard can(.readPlans, actor: actor) else { return false }
        return involvement != .none
    }

    /// Whether the actor may report progress on a task: the liaison of the lead unit, or of
    /// a co-operating unit for its part.
    public static func canReport(_ involvement: TaskInvolvement, actor: Actor) -> Bool {
        actor.role == .liaison && involvement != .none
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else {
            switch action {
            case .readPlans, .readAllTasks: throw DomainError.forbidden("没有查看工作计划的权限")
            case .managePlans: throw DomainError.forbidden("只有办公室管理员可以管理工作计划和任务")
            case .reviewReports: throw DomainError.forbidden("只有办公室管理员可以审核进展报告")
            case .instruct: throw DomainError.forbidden("只有领导可以批示")
            case .supervise: throw DomainError.forbidden("只有办公室管理员可以督办")
            }
        }
    }

    /// Throws `.forbidden` unless the actor may see the task.
    public static func requireRead(_ involvement: TaskInvolvement, actor: Actor) throws {
        guard canRead(involvement, actor: actor) else { throw DomainError.forbidden("本单位不承担这项任务，无权查看") }
    }

    /// Throws `.forbidden` unless the actor may report on the task.
    public static func requireReport(_ involvement: TaskInvolvement, actor: Actor) throws {
        guard canReport(involvement, actor: actor) else {
            throw DomainError.forbidden("只有牵头单位或配合单位的联络员可以报送进展")
        }
    }
}
