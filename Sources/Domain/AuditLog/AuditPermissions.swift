/// Who may read the audit log. Nobody may change it: there is no action for that.
public enum AuditPermissions {
    public enum Action: Sendable, CaseIterable {
        case read
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.read, .admin): true
        case (.read, .leader), (.read, .liaison), (.read, .member), (.read, .viewer): false
        }
    }

    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("只有办公室管理员可以查看操作日志") }
    }
}
