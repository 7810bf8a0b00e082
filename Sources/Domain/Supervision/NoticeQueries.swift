import FluentKit
import Foundation

extension SupervisionNotice {
    /// Whether the actor may see this notice: the office and leaders see all, a unit's
    /// liaison and viewers see the notices sent to their unit.
    public static func canRead(_ notice: SupervisionNotice, actor: Actor) -> Bool {
        TaskPermissions.can(.readAll, actor: actor)
            || (PlanPermissions.can(.read, actor: actor) && actor.belongs(to: notice.$unit.id))
    }

    /// The notice, when the actor may see it.
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> SupervisionNotice {
        let notice = try await require(id, on: db)
        guard canRead(notice, actor: actor) else { throw DomainError.forbidden("这份督办单不是发给本单位的") }
        return notice
    }

    /// The notices the actor may see, newest first; `openOnly` leaves out closed ones.
    public static func list(for actor: Actor, openOnly: Bool, page: PageRequest, on db: any Database) async throws
        -> Page<SupervisionNotice>
    {
        try PlanPermissions.require(.read, actor: actor)
        let query = SupervisionNotice.query(on: db)
        if let unit = TaskPermissions.unitScope(of: actor) { query.filter(\.$unit.$id == unit) }
        if openOnly { query.filter(\.$status != .closed) }
        let total = try await query.count()
        let items = try await query.sort(\.$createdAt, .descending).sort(\.$sequence, .descending)
            .range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }
}
