/// Role rules that several modules' permissions share, named once so that each module's
/// switch reads as its policy.
enum RoleRules {
    /// Whoever takes part in the work: the office, leaders, units' liaisons and viewers — not
    /// party and federation members, who use the suggestion channel.
    static func readsWork(_ role: Role) -> Bool {
        role != .member
    }

    /// The office and leaders, who follow every unit's work.
    static func readsAll(_ role: Role) -> Bool {
        role == .admin || role == .leader
    }

    /// The office (its staff are admins).
    static func isOffice(_ role: Role) -> Bool {
        role == .admin
    }
}
