/// Who may report progress and who reviews it. Read the switch as the policy.
public enum ReportPermissions {
    public enum Action: Sendable, CaseIterable {
        /// Accept or return progress reports.
        case review
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.review, .admin): true
        case (.review, _): false
        }
    }

    /// Whether the actor may report progress on a task: the liaison of the lead unit, or of
    /// a co-operating unit for its part.
    public static func canReport(_ involvement: TaskInvolvement, actor: Actor) -> Bool {
        actor.role == .liaison && involvement != .none
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("只有办公室管理员可以审核进展报告") }
    }

    /// Throws `.forbidden` unless the actor may report on the task.
    public static func requireReport(_ involvement: TaskInvolvement, actor: Actor) throws {
        guard canReport(involvement, actor: actor) else {
            throw DomainError.forbidden("只有牵头单位或配合单位的联络员可以报送进展")
        }
    }
}
