/// Who may do what with meetings. Read the switch as the policy.
public enum MeetingPermissions {
    public enum Action: Sendable, CaseIterable {
        /// See meetings, their participants and documents.
        case read
        /// Record, edit and delete meetings.
        case manage
        /// Answer an invitation for one's own unit (confirm attendance or send apologies) and
        /// report how the unit relayed the meeting (传达落实).
        case respond
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch action {
        // Meetings deploy work to every unit; whoever reads plans reads where they came from.
        case .read: RoleRules.readsWork(actor.role)
        case .manage: RoleRules.isOffice(actor.role)
        case .respond: actor.role == .liaison
        }
    }

    /// Throws `.forbidden` unless the actor may.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("没有权限进行此操作") }
    }
}
