/// Who may do what with users and their tokens. Read the switch as the policy.
public enum UserPermissions {
    public enum Action: Sendable, CaseIterable {
        /// See a user's name, unit and role.
        case read
        /// Create, edit, deactivate, reset a password.
        case manage
        /// Create and revoke a user's API tokens.
        case manageTokens
    }

    /// Whether `actor` may do `action` to `target` (nil `target` asks about users in general).
    public static func can(_ action: Action, actor: Actor, target: User?) -> Bool {
        let isSelf = target != nil && target?.id == actor.userID
        let sameUnit = target.map { actor.belongs(to: $0.$unit.id) } ?? false
        switch (action, actor.role) {
        case (.read, .admin), (.read, .leader): return true
        case (.read, .liaison), (.read, .viewer): return target == nil || sameUnit
        case (.read, .member): return target == nil || isSelf
        case (.manage, .admin): return true
        case (.manage, _): return false
        case (.manageTokens, .admin): return true
        case (.manageTokens, _): return isSelf
        }
    }

    /// Throws `.forbidden` unless `can(...)`.
    public static func require(_ action: Action, actor: Actor, target: User?) throws {
        guard can(action, actor: actor, target: target) else {
            throw DomainError.forbidden("没有权限查看或修改该用户")
        }
    }
}
