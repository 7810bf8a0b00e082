/// Who may read meeting reports into drafts and confirm them (which creates a meeting and a
/// draft plan). Read the switch as the policy.
public enum ImportPermissions {
    public enum Action: Sendable, CaseIterable {
        /// Read reports, one or many at once, review the drafts and confirm them.
        case importReports
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.importReports, .admin): true
        case (.importReports, _): false
        }
    }

    /// Throws `.forbidden` unless the actor may.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("没有权限进行此操作") }
    }
}
