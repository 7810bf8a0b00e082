import FluentKit
import Foundation
import SQLKit

/// How many rows an automatic figure counted for a unit, and how many of them met the rule.
public struct Tally: Sendable, Equatable, Codable {
    public var met: Int
    public var counted: Int

    public init(met: Int, counted: Int) {
        self.met = met
        self.counted = counted
    }

    /// “18 ÷ 20 = 90.00%”, or that nothing was due.
    public var text: String {
        guard counted > 0 else { return "无应计事项，按满分计" }
        return "\(met) ÷ \(counted) = \(Self.percent(met, of: counted))"
    }

    /// A share as a percentage with two decimals, rounded half up: “66.67%”.
    public static func percent(_ met: Int, of counted: Int) -> String {
        "\(Points(hundredths: 10_000).share(met, of: counted))%"
    }
}

/// A row an automatic figure counted, for the table behind the figure.
public struct CountedRow: Sendable, Equatable {
    /// The record's page.
    public let subject: Notification.Subject
    public let title: String
    /// The day the rule looks at: a deadline, a due day, a meeting's day.
    public let day: String
    public let met: Bool
}

/// The automatic indicators' figures: one definition per ``AutoMetric`` of which rows count
/// and which of them meet the rule, for the scheme's year up to a stated day. Tasks and
/// reports (the big tables) are counted in SQL grouped by unit; the rest are read and sorted here.
public enum AutoFigures {
    /// The most rows the table behind one figure lists.
    public static let rowLimit = 2_000

    /// The year's period up to `asOf`: nil when the year had not begun.
    static func period(year: Int, asOf: CalendarDay) -> ClosedRange<CalendarDay>? {
        let start = CalendarDay(year: year, month: 1, day: 1)!
        let end = min(asOf, CalendarDay(year: year, month: 12, day: 31)!)
        return start <= end ? start...end : nil
    }

    /// Every unit's tally for `metric`, or only `unitID`'s.
    public static func tallies(
        _ metric: AutoMetric, year: Int, asOf: CalendarDay, unitID: UUID? = nil, on db: any Database
    ) async throws -> [UUID: Tally] {
        guard let period = period(year: year, asOf: asOf) else { return [:] }
        switch metric {
        case .tasksOnTime, .reportsOnTime:
            let sql = try sqlDatabase(db)
            let query = try sqlQuery(metric, period: period, unitID: unitID, titles: false)
            var tallies: [UUID: Tally] = [:]
            for row in try await sql.raw(
                "SELECT unit, COUNT(*) AS counted, SUM(met) AS met FROM (\(query)) AS counted_rows GROUP BY unit"
            ).all() {
                tallies[try row.decode(column: "unit", as: UUID.self)] = Tally(
                    met: try row.decode(column: "met", as: Int?.self) ?? 0,
                    counted: try row.decode(column: "counted", as: Int.self))
            }
            return tallies
        default:
            var tallies: [UUID: Tally] = [:]
            for row in try await RecordRows.rows(metric, period: period, unitID: unitID, on: db) {
                var tally = tallies[row.unit] ?? Tally(met: 0, counted: 0)
                tally.counted += 1
                if row.counted.met { tally.met += 1 }
                tallies[row.unit] = tally
            }
            return tallies
        }
    }

    /// The rows `metric` counted for one unit, in the order of their days (at most ``rowLimit``).
    public static func rows(_ metric: AutoMetric, unitID: UUID, year: Int, asOf: CalendarDay, on db: any Database)
        async throws -> [CountedRow]
    {
        guard let period = period(year: year, asOf: asOf) else { return [] }
        switch metric {
        case .tasksOnTime, .reportsOnTime:
            let sql = try sqlDatabase(db)
            let query = try sqlQuery(metric, period: period, unitID: unitID, titles: true)
            return try await sql.raw("\(query) ORDER BY day, title LIMIT \(literal: rowLimit)").all().map {
                row in
                let day: String
                if metric == .reportsOnTime {
                    day = CalendarDay(try row.decode(column: "day", as: Date.self)).description
                } else {
                    day = try row.decode(column: "day", as: String.self)
                }
                return CountedRow(
                    subject: .task(try row.decode(column: "task", as: UUID.self)),
                    title: try row.decode(column: "title", as: String.self), day: day,
                    met: try row.decode(column: "met", as: Int.self) == 1)
            }
        default:
            return try await RecordRows.rows(metric, period: period, unitID: unitID, on: db)
                .map(\.counted).sorted { ($0.day, $0.title) < ($1.day, $1.title) }.prefix(rowLimit).map { $0 }
        }
    }

    /// The rows of tasks and reports as SQL: `unit`, `task`, `day`, `met` (1 or 0) and, with
    /// `titles`, the task's `title` (a report's needs a join that counting does without).
    private static func sqlQuery(_ metric: AutoMetric, period: ClosedRange<CalendarDay>, unitID: UUID?, titles: Bool)
        throws -> SQLQueryString
    {
        let first = period.lowerBound.description
        let last = period.upperBound.description
        switch metric {
        case .tasksOnTime:
            // A suspended task (暂缓) is the office's decision, not the unit's delay: not counted.
            var query: SQLQueryString = """
                SELECT lead_unit_id AS unit, id AS task, title, deadline AS day,
                  CASE WHEN status IN ('done', 'closed') AND (finished_on IS NULL OR finished_on <= deadline)
                    THEN 1 ELSE 0 END AS met
                FROM tasks WHERE deadline >= \(bind: first) AND deadline <= \(bind: last) AND status <> 'suspended'
                """
            if let unitID { query = query + " AND lead_unit_id = \(bind: unitID)" }
            return query
        case .reportsOnTime:
            let join: SQLQueryString =
                titles
                ? ", t.title AS title FROM progress_reports r JOIN tasks t ON t.id = r.task_id"
                : " FROM progress_reports r"
            var query: SQLQueryString = """
                SELECT r.unit_id AS unit, r.task_id AS task, r.submitted_at AS day,
                  CASE WHEN r.on_time = \(bind: false) THEN 0 ELSE 1 END AS met\(join)
                WHERE r.submitted_at >= \(bind: period.lowerBound.startDate)
                  AND r.submitted_at < \(bind: period.upperBound.adding(days: 1).startDate)
                """
            if let unitID { query = query + " AND r.unit_id = \(bind: unitID)" }
            return query
        default:
            throw DomainError.conflict("\(metric.label)不按SQL计数")
        }
    }
}
