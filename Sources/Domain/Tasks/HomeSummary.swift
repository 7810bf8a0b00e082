import FluentKit

/// The figures on a user's home page (工作台), read in one place for every role.
public struct HomeSummary: Sendable {
    public let role: Role
    public let activeUnits: Int
    /// Only for those who manage users.
    public let activeUsers: Int?
    /// The latest audit entries, only for those who may read the log.
    public let recentActivity: [AuditEntry]?
    /// The open tasks of the user's own unit, nearest deadline first (liaisons and viewers).
    public let unitTasks: Page<TaskRow>?
    /// Counts across all tasks, for those who see them all.
    public let work: WorkFigures?
    /// What waits for the user among the suggestions.
    public let suggestions: SuggestionTodo

    /// Reads what `actor` may see.
    public static func load(for actor: Actor, today: CalendarDay, on db: any Database) async throws -> HomeSummary {
        let units = try await OrgUnit.query(on: db).filter(\.$isActive == true).count()
        let users =
            UserPermissions.can(.manage, actor: actor, target: nil)
            ? try await User.query(on: db).filter(\.$isActive == true).count() : nil
        let recent =
            AuditPermissions.can(.read, actor: actor)
            ? try await AuditEntry.list(AuditFilter(), page: PageRequest(page: 1, per: 10), on: db).items : nil
        var unitTasks: Page<TaskRow>?
        var work: WorkFigures?
        if TaskPermissions.can(.readAll, actor: actor) {
            work = try await WorkFigures.load(today: today, on: db)
        } else if PlanPermissions.can(.read, actor: actor), let unitID = actor.unitID {
            unitTasks = try await WorkTask.list(
                TaskFilter(unitID: unitID, openOnly: true), for: actor, today: today,
                page: PageRequest(page: 1, per: 20), on: db)
        }
        return HomeSummary(
            role: actor.role, activeUnits: units, activeUsers: users, recentActivity: recent,
            unitTasks: unitTasks, work: work,
            suggestions: try await SuggestionTodo.load(for: actor, today: today, on: db))
    }
}
