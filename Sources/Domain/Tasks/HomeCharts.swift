import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// The figures behind the charts on the office's and leaders' home page: the open tasks' lights
/// by lead unit, reports on time by lead unit, and the year's plan's progress month by month
/// (from the reports the office accepted). Kept until the work changes.
public struct HomeCharts: Sendable {
    public struct UnitLights: Sendable, Equatable {
        public let unitName: String
        public let green: Int
        public let yellow: Int
        public let red: Int
    }

    /// A unit's open tasks, and those whose next report is not past due.
    public struct UnitReporting: Sendable, Equatable {
        public let unitName: String
        public let open: Int
        public let onTime: Int
    }

    /// The plan's state at the end of a month (or today, for this month).
    public struct ProgressPoint: Sendable, Equatable {
        /// `2026-03`.
        public let month: String
        /// Mean progress of the plan's tasks, 0…100.
        public let averageProgress: Double
        /// Tasks at 100 % by then.
        public let finished: Int
    }

    public let lights: [UnitLights]
    public let reporting: [UnitReporting]
    /// The plan the line follows: this year's, else the newest.
    public let planTitle: String?
    public let taskCount: Int
    public let progress: [ProgressPoint]

    public static func load(today: CalendarDay, on db: any Database) async throws -> HomeCharts {
        try await WorkCache.value("charts|\(today)", on: db) {
            let names = try await OrgUnit.names(on: db)
            let sql = try sqlDatabase(db)
            let day = today.description
            let rows = try await sql.raw(
                """
                SELECT lead_unit_id AS unit,
                  SUM(CASE WHEN light = 'green' THEN 1 ELSE 0 END) AS green,
                  SUM(CASE WHEN light = 'yellow' THEN 1 ELSE 0 END) AS yellow,
                  SUM(CASE WHEN light = 'red' THEN 1 ELSE 0 END) AS red,
                  SUM(CASE WHEN next_report_due IS NULL OR next_report_due >= \(bind: day) THEN 1 ELSE 0 END) AS on_time,
                  COUNT(*) AS open
                FROM tasks WHERE status NOT IN ('done', 'closed') GROUP BY lead_unit_id
                """
            ).all()
            var lights: [UnitLights] = []
            var reporting: [UnitReporting] = []
            for row in rows {
                let name = names[try row.decode(column: "unit", as: UUID.self)] ?? ""
                func value(_ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }
                lights.append(
                    UnitLights(
                        unitName: name, green: try value("green"), yellow: try value("yellow"), red: try value("red")))
                reporting.append(UnitReporting(unitName: name, open: try value("open"), onTime: try value("on_time")))
            }
            // Most red first, then most yellow; the weakest reporters first.
            lights.sort { ($1.red, $1.yellow, $0.unitName) < ($0.red, $0.yellow, $1.unitName) }
            reporting.sort {
                ($0.onTime * $1.open, $0.unitName) < ($1.onTime * $0.open, $1.unitName)
            }
            let (plan, count, points) = try await progress(today: today, on: db)
            return HomeCharts(
                lights: lights, reporting: reporting, planTitle: plan?.title, taskCount: count, progress: points)
        }
    }

    /// Past months' sums by plan and day: a month that has ended never changes (a report is
    /// accepted at the moment it is, never back-dated), so the one pass over the reports runs
    /// once a day, not after every write.
    private static let pastMonths = RecentCache<[(month: String, sum: Int, finished: Int)]>(capacity: 64)

    /// The year's plan's progress at each month's end since January, and now for this month: a
    /// task counts its highest accepted progress reported by its lead unit by then (progress
    /// only grows), 0 before its first; this month reads the tasks' progress as it stands.
    static func progress(today: CalendarDay, on db: any Database) async throws -> (Plan?, Int, [ProgressPoint]) {
        let plans = try await Plan.newestFirst(on: db)
        let year = today.components.year
        guard
            let plan = plans.first(where: { $0.period.firstYear <= year && year <= $0.period.lastYear }) ?? plans.first
        else { return (nil, 0, []) }
        let planID = try plan.requireID()
        let sql = try sqlDatabase(db)
        let now = try await sql.raw(
            """
            SELECT COUNT(*) AS tasks, CAST(SUM(progress) AS BIGINT) AS total,
              SUM(CASE WHEN progress = 100 THEN 1 ELSE 0 END) AS finished
            FROM tasks WHERE plan_id = \(bind: planID) AND parent_id IS NULL
            """
        ).first()
        func value(_ row: (any SQLRow)?, _ column: String) throws -> Int {
            try row?.decode(column: column, as: Int?.self) ?? 0
        }
        let count = try value(now, "tasks")
        guard count > 0 else { return (plan, 0, []) }
        // The count is in the key: a task added to the plan today changes the past months' sums.
        let key = "\(planID)|\(today)|\(count)"
        let past: [(month: String, sum: Int, finished: Int)]
        if !db.inTransaction, let kept = pastMonths.get(key) {
            past = kept
        } else {
            past = try await endedMonths(of: planID, year: year, today: today, on: sql)
            if !db.inTransaction { pastMonths.put(key, past) }
        }
        let thisMonth = String(format: "%04d-%02d", year, today.components.month)
        let points =
            past.map {
                ProgressPoint(month: $0.month, averageProgress: Double($0.sum) / Double(count), finished: $0.finished)
            }
            + [
                ProgressPoint(
                    month: thisMonth, averageProgress: Double(try value(now, "total")) / Double(count),
                    finished: try value(now, "finished"))
            ]
        return (plan, count, points)
    }

    /// For each month of `year` that has ended by `today`: the sum over the plan's tasks of
    /// their progress at its end, and how many were at 100 %, in one pass over the reports.
    private static func endedMonths(of planID: UUID, year: Int, today: CalendarDay, on sql: any SQLDatabase)
        async throws -> [(month: String, sum: Int, finished: Int)]
    {
        var ends: [(month: String, cutoff: Date)] = []
        var monthEnd = CalendarDay(year: year, month: 1, day: 31)!
        while monthEnd < today && monthEnd.components.year == year {
            ends.append(
                (String(format: "%04d-%02d", year, monthEnd.components.month), monthEnd.adding(days: 1).startDate))
            monthEnd = monthEnd.endOfMonth(after: 1)
        }
        guard !ends.isEmpty else { return [] }
        var perTask: [SQLQueryString] = []
        var totals: [SQLQueryString] = []
        for (index, end) in ends.enumerated() {
            perTask.append(
                "MAX(CASE WHEN r.reviewed_at < \(bind: end.cutoff) THEN r.progress END) AS m\(literal: index)")
            totals.append(
                // Progress is a bigint on PostgreSQL, whose SUM is numeric: cast back on both databases.
                "CAST(SUM(COALESCE(m\(literal: index), 0)) AS BIGINT) AS s\(literal: index), CAST(SUM(CASE WHEN m\(literal: index) = 100 THEN 1 ELSE 0 END) AS BIGINT) AS f\(literal: index)"
            )
        }
        let query: SQLQueryString = """
            SELECT \(totals.joined(separator: ", ")) FROM (
              SELECT r.task_id, \(perTask.joined(separator: ", "))
              FROM progress_reports r JOIN tasks t ON t.id = r.task_id AND t.lead_unit_id = r.unit_id
              WHERE t.plan_id = \(bind: planID) AND t.parent_id IS NULL AND r.status = 'accepted'
                AND r.reviewed_at IS NOT NULL
              GROUP BY r.task_id
            ) per_task
            """
        let row = try await sql.raw(query).first()
        return try ends.enumerated().map { index, end in
            (
                end.month, try row?.decode(column: "s\(index)", as: Int?.self) ?? 0,
                try row?.decode(column: "f\(index)", as: Int?.self) ?? 0
            )
        }
    }
}
