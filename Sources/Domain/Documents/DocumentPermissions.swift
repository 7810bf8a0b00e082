/// Who may do what with documents (文件) and their files. Read the switch as the policy.
public enum DocumentPermissions {
    public enum Action: Sendable, CaseIterable {
        /// See documents and download their files.
        case read
        /// Record, edit and delete documents and their files.
        case manage
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch action {
        case .read: RoleRules.readsWork(actor.role)
        case .manage: RoleRules.isOffice(actor.role)
        }
    }

    /// Throws `.forbidden` unless the actor may.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("没有权限进行此操作") }
    }
}
