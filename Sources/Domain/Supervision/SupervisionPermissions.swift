/// Who may supervise: issue and close notices (督办单), record inspections (督查) and sign
/// rectification off (销号). Units answer what is addressed to them. Read the switch as the policy.
public enum SupervisionPermissions {
    public enum Action: Sendable, CaseIterable {
        /// Issue and close supervision notices; record inspections and sign rectification off.
        case supervise
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.supervise, .admin): true
        case (.supervise, _): false
        }
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("只有办公室管理员可以督办") }
    }
}
