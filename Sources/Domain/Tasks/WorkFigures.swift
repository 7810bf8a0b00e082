import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// The supervision figures on the office's and leaders' home page, counted in one pass over
/// the tasks and cached until the work changes.
public struct WorkFigures: Sendable, Equatable {
    public let open: Int
    public let red: Int
    public let yellow: Int
    public let overdue: Int
    public let reportsAwaitingReview: Int

    static func load(today: CalendarDay, on db: any Database) async throws -> WorkFigures {
        try await WorkCache.value("figures|\(today)", on: db) {
            let sql = try sqlDatabase(db)
            let day = today.description
            let query: SQLQueryString = """
                SELECT
                  SUM(CASE WHEN status NOT IN ('done', 'closed') THEN 1 ELSE 0 END) AS open,
                  SUM(CASE WHEN status NOT IN ('done', 'closed') AND light = 'red' THEN 1 ELSE 0 END) AS red,
                  SUM(CASE WHEN status NOT IN ('done', 'closed') AND light = 'yellow' THEN 1 ELSE 0 END) AS yellow,
                  SUM(CASE WHEN status NOT IN ('done', 'closed', 'suspended')
                            AND (deadline < \(bind: day) OR next_report_due < \(bind: day)) THEN 1 ELSE 0 END) AS overdue
                FROM tasks
                """
            let row = try await sql.raw(query).first()
            func value(_ column: String) throws -> Int { try row?.decode(column: column, as: Int?.self) ?? 0 }
            let waiting = try await ProgressReport.query(on: db).filter(\.$status == .submitted).count()
            return WorkFigures(
                open: try value("open"), red: try value("red"), yellow: try value("yellow"),
                overdue: try value("overdue"), reportsAwaitingReview: waiting)
        }
    }
}
