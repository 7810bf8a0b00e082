import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// One unit's figures in the per-unit completion table: the tasks it leads.
public struct UnitCompletion: Sendable, Equatable {
    public let unitID: UUID
    public let unitName: String
    public let total: Int
    public let finished: Int
    public let overdue: Int
    public let red: Int
    public let yellow: Int

    /// Finished tasks as a share of all, 0…1; 0 for a unit with no tasks.
    public var rate: Double { total == 0 ? 0 : Double(finished) / Double(total) }
}

extension UnitCompletion {
    /// Every unit that leads at least one task in scope, worst completion rate first.
    /// Counted in one grouped query, so the table costs the same for 100 or 100,000 tasks.
    public static func table(planID: UUID?, for actor: Actor, today: CalendarDay, on db: any Database) async throws
        -> [UnitCompletion]
    {
        try TaskPermissions.require(.readAll, actor: actor)
        return try await WorkCache.value("completion|\(planID?.uuidString ?? "")|\(today)", on: db) {
            try await read(planID: planID, today: today, on: db)
        }
    }

    private static func read(planID: UUID?, today: CalendarDay, on db: any Database) async throws -> [UnitCompletion] {
        let sql = try sqlDatabase(db)
        let overdue: SQLQueryString = """
            SUM(CASE WHEN status NOT IN ('done', 'closed', 'suspended') AND deadline < \(bind: today.description) THEN 1 ELSE 0 END)
            """
        let query = sql.select()
            .column("lead_unit_id", as: "unit_id")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "total")
            .column(SQLRaw("SUM(CASE WHEN status IN ('done', 'closed') THEN 1 ELSE 0 END)"), as: "finished")
            .column(overdue, as: "overdue")
            .column(SQLRaw("SUM(CASE WHEN light = 'red' THEN 1 ELSE 0 END)"), as: "red")
            .column(SQLRaw("SUM(CASE WHEN light = 'yellow' THEN 1 ELSE 0 END)"), as: "yellow")
            .from(WorkTask.schema)
            .groupBy("lead_unit_id")
        if let planID { query.where("plan_id", .equal, planID) }
        let names = try await OrgUnit.names(on: db)
        let rows = try await query.all()
        return try rows.map { row in
            let unitID = try row.decode(column: "unit_id", as: UUID.self)
            return UnitCompletion(
                unitID: unitID, unitName: names[unitID] ?? "",
                total: try row.decode(column: "total", as: Int.self),
                finished: try row.decode(column: "finished", as: Int?.self) ?? 0,
                overdue: try row.decode(column: "overdue", as: Int?.self) ?? 0,
                red: try row.decode(column: "red", as: Int?.self) ?? 0,
                yellow: try row.decode(column: "yellow", as: Int?.self) ?? 0)
        }.sorted { ($0.rate, $0.unitName) < ($1.rate, $1.unitName) }
    }
}
