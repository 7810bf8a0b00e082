/// Who may do what with units. Read the switch as the policy.
public enum UnitPermissions {
    public enum Action: Sendable, CaseIterable {
        /// See the unit tree and any unit's page (unit names are a shared directory).
        case read
        /// Create, edit, move, reorder, deactivate.
        case manage
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.read, _): true
        case (.manage, .admin): true
        case (.manage, .leader), (.manage, .liaison), (.manage, .member), (.manage, .viewer): false
        }
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("只有办公室管理员可以管理单位") }
    }
}
