import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Which tasks a list shows; nil fields do not filter.
public struct TaskFilter: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case deadline, progress, light, updated, number
    }

    public var planID: UUID?
    /// Tasks this unit leads or co-operates on.
    public var unitID: UUID?
    public var areaID: UUID?
    public var status: TaskStatus?
    public var light: Light?
    public var deadlineFrom: CalendarDay?
    public var deadlineTo: CalendarDay?
    /// Words in the title.
    public var words: String?
    /// Only tasks past their deadline or with a report past due.
    public var overdueOnly = false
    /// Only tasks not yet done or closed.
    public var openOnly = false
    public var sort: Sort = .deadline
    public var descending = false

    public init(
        planID: UUID? = nil, unitID: UUID? = nil, areaID: UUID? = nil, status: TaskStatus? = nil, light: Light? = nil,
        deadlineFrom: CalendarDay? = nil, deadlineTo: CalendarDay? = nil, words: String? = nil,
        overdueOnly: Bool = false, openOnly: Bool = false, sort: Sort = .deadline, descending: Bool = false
    ) {
        self.planID = planID
        self.unitID = unitID
        self.areaID = areaID
        self.status = status
        self.light = light
        self.deadlineFrom = deadlineFrom
        self.deadlineTo = deadlineTo
        self.words = words
        self.overdueOnly = overdueOnly
        self.openOnly = openOnly
        self.sort = sort
        self.descending = descending
    }
}

/// A task in a list, with the names a table shows.
public struct TaskRow: Sendable {
    public let task: WorkTask
    public let leadUnitName: String
    /// By name.
    public let coUnits: [TaskDetail.CoUnit]

    public var coUnitNames: [String] { coUnits.map(\.name) }
}

extension WorkTask {
    /// One page of the tasks the actor may see that match `filter`. A liaison or viewer
    /// only ever gets tasks their unit leads or co-operates on.
    public static func list(
        _ filter: TaskFilter, for actor: Actor, today: CalendarDay, page: PageRequest,
        on db: any Database
    ) async throws -> Page<TaskRow> {
        try PlanPermissions.require(.read, actor: actor)
        var scope: UUID?? = .none
        if !TaskPermissions.can(.readAll, actor: actor) { scope = .some(actor.unitID) }
        // Exports read up to 20,000 rows: not worth keeping, and too large to keep many of.
        guard page.per <= PageRequest.maxPerPage else {
            return try await read(filter, scope: scope, today: today, page: page, on: db)
        }
        let key = "list|\(String(describing: scope))|\(filter)|\(today)|\(page.page)|\(page.per)"
        return try await WorkCache.value(key, on: db) {
            try await read(filter, scope: scope, today: today, page: page, on: db)
        }
    }

    private static func read(
        _ filter: TaskFilter, scope: UUID??, today: CalendarDay, page: PageRequest,
        on db: any Database
    ) async throws -> Page<TaskRow> {
        let sql = try sqlDatabase(db)
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            applying(filter, scope: scope, today: today, to: builder)
        }
        let countRow = try await filtered(
            sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(schema)
        ).first()
        let total = try countRow?.decode(column: "n", as: Int.self) ?? 0
        let select = filtered(sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(schema))).from(schema))
        let direction: SQLDirection = filter.descending ? .descending : .ascending
        switch filter.sort {
        case .deadline: select.orderBy("deadline", direction)
        case .progress: select.orderBy("progress", direction)
        case .updated: select.orderBy("updated_at", direction)
        case .light: select.orderBy(SQLRaw("CASE light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END"), direction)
        case .number: select.orderBy("sort_order", direction)
        }
        let tasks = try await select.orderBy("sort_order").orderBy("id").limit(page.per).offset(page.offset)
            .all(decodingFluent: WorkTask.self)
        return Page(items: try await rows(for: tasks, on: db), total: total, request: page)
    }

    /// Table rows for tasks: lead and co-operating unit names in two queries, whatever the count.
    public static func rows(for tasks: [WorkTask], on db: any Database) async throws -> [TaskRow] {
        guard !tasks.isEmpty else { return [] }
        let names = try await OrgUnit.names(on: db)
        let coUnits = try await TaskCoUnit.query(on: db).filter(\.$task.$id ~~ tasks.compactMap(\.id)).all()
        let coByTask = Dictionary(grouping: coUnits, by: { $0.$task.id })
        return tasks.map { task in
            TaskRow(
                task: task, leadUnitName: names[task.$leadUnit.id] ?? "",
                coUnits: (coByTask[task.id!] ?? []).map {
                    TaskDetail.CoUnit(
                        unitID: $0.$unit.id, name: names[$0.$unit.id] ?? "", part: $0.part, signedOffAt: $0.signedOffAt)
                }.sorted { $0.name < $1.name })
        }
    }

    private static func applying(_ filter: TaskFilter, scope: UUID??, today: CalendarDay, to builder: SQLSelectBuilder)
        -> SQLSelectBuilder
    {
        if case .some(let unit) = scope {
            // An actor without a unit sees nothing; the impossible id keeps the query shape.
            involving(unit ?? UUID(), builder)
        }
        if let unit = filter.unitID { involving(unit, builder) }
        if let plan = filter.planID { builder.where("plan_id", .equal, plan) }
        if let area = filter.areaID { builder.where("area_id", .equal, area) }
        if let status = filter.status { builder.where("status", .equal, status.rawValue) }
        if let light = filter.light { builder.where("light", .equal, light.rawValue) }
        if let from = filter.deadlineFrom { builder.where("deadline", .greaterThanOrEqual, from.description) }
        if let to = filter.deadlineTo { builder.where("deadline", .lessThanOrEqual, to.description) }
        if let words = filter.words?.trimmingCharacters(in: .whitespaces), !words.isEmpty {
            builder.where(SQLRaw("title"), .like, SQLBind(containsPattern(words)))
        }
        if filter.openOnly { builder.where("status", .notIn, [TaskStatus.done.rawValue, TaskStatus.closed.rawValue]) }
        if filter.overdueOnly {
            let finished = [TaskStatus.done.rawValue, TaskStatus.closed.rawValue]
            builder.where("status", .notIn, finished + [TaskStatus.suspended.rawValue])
            builder.where(group: { group in
                group.where("deadline", .lessThan, today.description).orWhere(
                    "next_report_due", .lessThan, today.description)
            })
        }
        return builder
    }

    private static func involving(_ unit: UUID, _ builder: SQLSelectBuilder) {
        builder.where(group: { group in
            group.where("lead_unit_id", .equal, unit)
                .orWhere(
                    "id", .in,
                    SQLSubquery.select { $0.column("task_id").from(TaskCoUnit.schema).where("unit_id", .equal, unit) })
        })
    }
}

/// The SQL interface of a Fluent database (SQLite and PostgreSQL both have one).
func sqlDatabase(_ db: any Database) throws -> any SQLDatabase {
    guard let sql = db as? any SQLDatabase else { throw DomainError.conflict("数据库不支持 SQL 查询") }
    return sql
}
