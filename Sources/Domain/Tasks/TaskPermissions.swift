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

/// Who may do what with tasks. Read the switch as the policy; a task is seen by whoever sees
/// every task, or by the units it involves (``canRead(_:actor:)``).
public enum TaskPermissions {
    public enum Action: Sendable, CaseIterable {
        /// Create, edit, move and sign off tasks, and change their status.
        case manage
        /// See every task, whatever the unit.
        case readAll
        /// Write a leader's instruction (批示) on a task.
        case instruct
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.manage, .admin): true
        case (.manage, _): false
        case (.readAll, .admin), (.readAll, .leader): true
        case (.readAll, _): false
        case (.instruct, .leader), (.instruct, .admin): true
        case (.instruct, _): false
        }
    }

    /// The one unit whose work the actor sees, or nil when they see every unit's. An actor
    /// without a unit gets an id no unit has, so their lists come back empty.
    public static func unitScope(of actor: Actor) -> UUID? {
        can(.readAll, actor: actor) ? nil : (actor.unitID ?? UUID())
    }

    /// Whether the actor may see a task (and everything of it: reports, history, files).
    /// A liaison or viewer sees only tasks their unit leads or co-operates on.
    public static func canRead(_ involvement: TaskInvolvement, actor: Actor) -> Bool {
        if can(.readAll, actor: actor) { return true }
        guard PlanPermissions.can(.read, actor: actor) else { return false }
        return involvement != .none
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else {
            switch action {
            case .manage: throw DomainError.forbidden("只有办公室管理员可以管理工作计划和任务")
            case .readAll: throw DomainError.forbidden("没有查看工作计划的权限")
            case .instruct: throw DomainError.forbidden("只有领导可以批示")
            }
        }
    }

    /// Throws `.forbidden` unless the actor may see the task.
    public static func requireRead(_ involvement: TaskInvolvement, actor: Actor) throws {
        guard canRead(involvement, actor: actor) else { throw DomainError.forbidden("本单位不承担这项任务，无权查看") }
    }
}
