/// Who may do what with plans (工作要点) and their areas. Read the switch as the policy.
public enum PlanPermissions {
    public enum Action: Sendable, CaseIterable {
        /// See plans and their structure (the tasks in them are filtered by ``TaskPermissions``).
        case read
        /// Create, edit and issue plans, add and order their areas, import responsibility tables.
        case manage
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch action {
        case .read: RoleRules.readsWork(actor.role)
        case .manage: RoleRules.isOffice(actor.role)
        }
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else {
            switch action {
            case .read: throw DomainError.forbidden("没有查看工作计划的权限")
            case .manage: throw DomainError.forbidden("只有办公室管理员可以管理工作计划和任务")
            }
        }
    }
}
