import FluentKit

/// The figures on a user's home page (工作台), read in one place for every role.
public struct HomeSummary: Sendable {
    public let role: Role
    public let activeUnits: Int
    /// Only for those who manage users.
    public let activeUsers: Int?
    /// The latest audit entries, only for those who may read the log.
    public let recentActivity: [AuditEntry]?

    /// Reads what `actor` may see.
    public static func load(for actor: Actor, on db: any Database) async throws -> HomeSummary {
        let units = try await OrgUnit.query(on: db).filter(\.$isActive == true).count()
        let users = UserPermissions.can(.manage, actor: actor, target: nil)
            ? try await User.query(on: db).filter(\.$isActive == true).count() : nil
        let recent = AuditPermissions.can(.read, actor: actor)
            ? try await AuditEntry.list(AuditFilter(), page: PageRequest(page: 1, per: 10), on: db).items : nil
        return HomeSummary(role: actor.role, activeUnits: units, activeUsers: users, recentActivity: recent)
    }
}
