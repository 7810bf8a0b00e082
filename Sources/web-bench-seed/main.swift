import App
import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

// Seeds the database named by the environment (TONGXIN_DATA / DATABASE_URL) for
// bench/web.sh: 200 units with a liaison each, one plan with 10 areas, 100,000 tasks with
// one or two co-operating units, milestones and history, and 1,000,000 progress reports.
//
// Rows go in through SQLKit multi-row inserts, with the same encoders Fluent reads them
// back with, in one transaction: the commands would take hours for a million rows, and
// a benchmark fixture needs no audit trail. Lights come from the domain's own rule.

let arguments = CommandLine.arguments
let taskCount = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
let reportsPerTask = arguments.count > 2 ? Int(arguments[2]) ?? 10 : 10
let unitCount = 200

let config = try AppConfig.fromEnvironment()
var env = Environment(name: "production", arguments: ["web-bench-seed"])
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
try await configure(app, config: config)
try await app.autoMigrate()
guard let sql = app.db as? any SQLDatabase else { fatalError("needs an SQL database") }

let started = Date()
let hasher = app.tongxin.hasher
let password = try await hasher.hash("bench-liaison-password")
try await app.db.transaction { tx in
    try await Seeder(taskCount: taskCount, reportsPerTask: reportsPerTask, unitCount: unitCount, passwordHash: password)
        .run(on: tx)
}
try? await sql.raw("ANALYZE").run()
let seconds = Date().timeIntervalSince(started)
print(
    "seeded \(unitCount) units, \(taskCount) tasks, \(taskCount * reportsPerTask) reports in \(String(format: "%.1f", seconds)) s"
)
try await app.asyncShutdown()

/// Inserts `rows` into `table` in chunks small enough for SQLite's bind limit.
func insert(_ table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]], on db: any SQLDatabase)
    async throws
{
    let chunk = max(1, 30_000 / columns.count)
    var start = 0
    while start < rows.count {
        let builder = db.insert(into: table).columns(columns)
        for row in rows[start..<min(start + chunk, rows.count)] { builder.values(row) }
        try await builder.run()
        start += chunk
    }
}

/// Writes the benchmark rows in one transaction.
struct Seeder {
    let taskCount: Int
    let reportsPerTask: Int
    let unitCount: Int
    let passwordHash: String

    func run(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        var random = SystemRandomNumberGenerator()
        let today = CalendarDay(Date())
        let now = Date()
        let password = passwordHash
        var unitIDs: [UUID] = []
        var unitRows: [[any Encodable & Sendable]] = []
        var userRows: [[any Encodable & Sendable]] = []
        for index in 1...unitCount {
            let id = UUID()
            unitIDs.append(id)
            unitRows.append([
                id, String(format: "u%03d", index), "测试成员单位\(index)", UnitKind.memberUnit.rawValue, index, true, now,
                now,
            ])
            userRows.append([
                UUID(), String(format: "liaison%03d", index), "联络员\(index)", id, Role.liaison.rawValue, password, true,
                false, now, now,
            ])
        }
        try await insert(
            OrgUnit.schema, ["id", "code", "name", "kind", "sort_order", "is_active", "created_at", "updated_at"],
            unitRows, on: sql)
        try await insert(
            User.schema,
            [
                "id", "username", "display_name", "unit_id", "role", "password_hash", "is_active",
                "prefers_traditional", "created_at", "updated_at",
            ], userRows, on: sql)

        let planID = UUID()
        try await insert(
            Plan.schema, ["id", "title", "period", "status", "created_at", "updated_at"],
            [
                [
                    planID, "\(today.components.year)年重点工作", String(today.components.year), PlanStatus.issued.rawValue,
                    now, now,
                ]
            ], on: sql)
        var areaIDs: [UUID] = []
        var areaRows: [[any Encodable & Sendable]] = []
        for index in 1...10 {
            let id = UUID()
            areaIDs.append(id)
            areaRows.append([id, planID, "第\(index)方面工作", index])
        }
        try await insert(PlanArea.schema, ["id", "plan_id", "title", "sort_order"], areaRows, on: sql)

        let statuses: [TaskStatus] = [.inProgress, .inProgress, .inProgress, .notStarted, .done, .closed, .suspended]
        var batchTasks: [[any Encodable & Sendable]] = []
        var batchCo: [[any Encodable & Sendable]] = []
        var batchMilestones: [[any Encodable & Sendable]] = []
        var batchEvents: [[any Encodable & Sendable]] = []
        var batchReports: [[any Encodable & Sendable]] = []
        func flush() async throws {
            try await insert(
                WorkTask.schema,
                [
                    "id", "plan_id", "area_id", "sort_order", "title", "description", "lead_unit_id", "leader",
                    "start_day", "deadline", "report_frequency", "next_report_due", "status", "progress",
                    "light", "red_since", "tags", "finished_on", "created_at", "updated_at",
                ], batchTasks, on: sql)
            try await insert(TaskCoUnit.schema, ["id", "task_id", "unit_id", "part"], batchCo, on: sql)
            try await insert(
                TaskMilestone.schema, ["id", "task_id", "day", "expected_progress"], batchMilestones, on: sql)
            try await insert(
                TaskEvent.schema, ["id", "task_id", "at", "actor_name", "kind", "summary"], batchEvents, on: sql)
            try await insert(
                ProgressReport.schema,
                [
                    "id", "task_id", "unit_id", "author_name", "text", "progress", "problems",
                    "next_steps", "status", "review_comment", "submitted_at", "reviewed_at", "on_time",
                ], batchReports, on: sql)
            batchTasks = []
            batchCo = []
            batchMilestones = []
            batchEvents = []
            batchReports = []
        }
        for index in 0..<taskCount {
            let id = UUID()
            let lead = unitIDs[index % unitCount]
            let start = today.adding(days: -Int.random(in: 30...300, using: &random))
            let deadline = today.adding(days: Int.random(in: -60...400, using: &random))
            let end = max(deadline, start.adding(days: 1))
            let status = statuses[index % statuses.count]
            let progress = status.isFinished ? 100 : Int.random(in: 0...95, using: &random)
            let middle = start.adding(days: start.days(until: end) / 2)
            let milestones = middle > start && middle < end ? [Milestone(day: middle, expectedProgress: 50)] : []
            let due = ReportFrequency.monthly.nextDue(
                after: today.adding(days: -Int.random(in: 0...40, using: &random)),
                milestones: [], deadline: end)
            let light = TaskSchedule(
                status: status, progress: progress, start: start, deadline: end, milestones: milestones,
                reportOverdue: due < today
            ).light(on: today)
            batchTasks.append([
                id, planID, areaIDs[index % 10], index / 10 + 1, "第\(index + 1)项重点任务：推进专项工作落实", "",
                lead, "分管领导", start.description, end.description, ReportFrequency.monthly.rawValue,
                status.isFinished ? nil : due.description, status.rawValue, progress, light.rawValue,
                light == .red ? today.description : nil, "",
                // Finished tasks: most by their deadline, some a few weeks late (for the assessment's figures).
                status.isFinished
                    ? min(today, end.adding(days: Int.random(in: -40...20, using: &random))).description : nil,
                now, now,
            ])
            for offset in 1...(1 + index % 2) {
                batchCo.append([UUID(), id, unitIDs[(index + offset * 37) % unitCount], "配合推进"])
            }
            for milestone in milestones {
                batchMilestones.append([UUID(), id, milestone.day.description, milestone.expectedProgress])
            }
            batchEvents.append([UUID(), id, now, "admin", TaskEventKind.created.rawValue, "创建任务"])
            for report in 0..<reportsPerTask {
                let at = now.addingTimeInterval(-Double((reportsPerTask - report) * 86_400 * 20))
                let pending = report == reportsPerTask - 1 && index % 5 == 0
                batchReports.append([
                    UUID(), id, lead, "liaison", "本月推进情况：按计划推进，完成阶段目标。", min(100, report * 10),
                    "", "", pending ? ReportStatus.submitted.rawValue : ReportStatus.accepted.rawValue, "", at,
                    pending ? nil : at.addingTimeInterval(3600), Int.random(in: 0..<5, using: &random) > 0,
                ])
            }
            if batchTasks.count == 2_000 { try await flush() }
        }
        try await flush()
    }
}
