/// Who may do what with plans and tasks. Read the switch as the policy.
public enum WorkPermissions {
    public enum Action: Sendable, CaseIterable {
        /// See plans and their structure.
        case readPlans
        /// Create, edit and issue plans.
        case managePlans
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.readPlans, .admin), (.readPlans, .leader), (.readPlans, .liaison), (.readPlans, .viewer): true
        // Party and federation members use the suggestion channel, not the work plans.
        case (.readPlans, .member): false
        case (.managePlans, .admin): true
        case (.managePlans, .leader), (.managePlans, .liaison), (.managePlans, .member), (.managePlans, .viewer): false
        }
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else {
            switch action {
            case .readPlans: throw DomainError.forbidden("没有查看工作计划的权限")
            case .managePlans: throw DomainError.forbidden("只有办公室管理员可以管理工作计划")
            }
        }
    }
}
