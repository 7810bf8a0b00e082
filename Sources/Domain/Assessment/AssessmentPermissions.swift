import Foundation

/// Who may do what in the yearly assessment. Read the switch as the policy:
///
/// | move | office (admin) | leader | liaison | viewer | member |
/// |---|---|---|---|---|---|
/// | draft, issue, amend a scheme; bonus, deduction, veto; close, publish, finalise; answer appeals | ✓ | | | | |
/// | read every card and the ranking at any stage | ✓ | ✓ | | | |
/// | read its own unit's card | ✓ | ✓ | ✓ | ✓ | |
/// | read the cards it scores on (its unit named a scorer) | ✓ | ✓ | ✓ | | |
/// | read the ranking once published | ✓ | ✓ | ✓ | ✓ | |
/// | self-assess and appeal for its own unit | | | ✓ | | |
/// | score an indicator | ✓ (any) | | ✓ (its unit's, when named the scorer) | | |
public enum AssessmentPermissions {
    public enum Action: Sendable, CaseIterable {
        case manage
        case readAll
        case readOwn
        case readPublished
        case selfAssess
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.manage, let role): RoleRules.isOffice(role)
        case (.readAll, let role): RoleRules.readsAll(role)
        case (.readOwn, let role), (.readPublished, let role): RoleRules.readsWork(role)
        case (.selfAssess, .liaison): true
        case (.selfAssess, _): false
        }
    }

    /// Throws `.forbidden` unless `can(action, actor:)`.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden(message(action)) }
    }

    /// May `actor` read the card of `unitID`? `scorers` are the units named to score an
    /// indicator of the card's scheme: their liaisons read every card they score on.
    public static func canRead(cardOf unitID: UUID, actor: Actor, scorers: Set<UUID> = []) -> Bool {
        can(.readAll, actor: actor) || (can(.readOwn, actor: actor) && actor.belongs(to: unitID))
            || (actor.role == .liaison && actor.unitID.map(scorers.contains) == true)
    }

    /// May `actor` score an indicator whose scorer is `scorerUnitID`? The office scores any;
    /// a named scorer unit's liaison scores its own.
    public static func canScore(scorer scorerUnitID: UUID?, actor: Actor) -> Bool {
        can(.manage, actor: actor) || (actor.role == .liaison && scorerUnitID != nil && actor.belongs(to: scorerUnitID))
    }

    /// May `actor` self-assess or appeal for `unitID`?
    public static func canSpeak(for unitID: UUID, actor: Actor) -> Bool {
        can(.selfAssess, actor: actor) && actor.belongs(to: unitID)
    }

    private static func message(_ action: Action) -> String {
        switch action {
        case .manage: "只有办公室管理员可以管理考核"
        case .readAll: "只有办公室和领导可以查看全部考核结果"
        case .readOwn, .readPublished: "没有查看考核的权限"
        case .selfAssess: "只有本单位联络员可以自评和申诉"
        }
    }
}
