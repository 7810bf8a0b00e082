import Domain
import DomainTestSupport
import Foundation
import Testing

/// The figures behind the home page's charts, on SQLite and PostgreSQL alike.
@Suite struct HomeChartsTests {
    @Test func theProgressLineCountsEachTasksLeadReportsByMonth() async throws {
        try await withTestDomain { app in
            let clock = app.clock.appClock
            let (lead, other) = (try await app.makeUnit("lead", name: "牵头局"), try await app.makeUnit("co", name: "配合局"))
            let liaison = try await app.makeUser("li-lead", role: .liaison, unit: lead).actor
            let coLiaison = try await app.makeUser("li-co", role: .liaison, unit: other).actor
            let admin = try await app.adminActor()
            let plan = try await PlanCommands(clock: clock).create(
                NewPlan(title: "年度要点", period: "2026"), by: admin, on: app.db)
            let tasks = TaskCommands(clock: clock)
            func task(_ title: String) async throws -> UUID {
                try await tasks.create(
                    TaskDraft(
                        planID: plan.id!, title: title, leadUnitID: lead.id, coUnits: [.init(unitID: other.id!)],
                        deadline: "2026-12-31"), by: admin, on: app.db
                ).requireID()
            }
            let (first, second) = (try await task("甲任务"), try await task("乙任务"))
            let reports = ReportCommands(clock: clock)
            func accepted(_ task: UUID, _ progress: Int, by actor: Actor) async throws {
                let report = try await reports.submit(
                    on: task, ReportDraft(text: "进展", progress: progress), by: actor, on: app.db)
                _ = try await reports.accept(report.requireID(), by: admin, on: app.db)
            }
            try await accepted(first, 40, by: liaison)
            // A co-operating unit's report is its part, not the task's progress.
            try await accepted(second, 90, by: coLiaison)
            var charts = try await HomeCharts.load(today: CalendarDay.today(clock), on: app.db)
            #expect(charts.planTitle == "年度要点" && charts.taskCount == 2)
            #expect(charts.progress.map(\.month) == ["2026-01", "2026-02", "2026-03"])
            #expect(charts.progress.map(\.averageProgress) == [0, 0, 20])
            try await accepted(second, 100, by: liaison)
            charts = try await HomeCharts.load(today: CalendarDay.today(clock), on: app.db)
            #expect(charts.progress.last?.averageProgress == 70 && charts.progress.last?.finished == 1)
            #expect(charts.lights.map(\.unitName) == ["牵头局"] && charts.lights.first?.green == 1)
            #expect(charts.reporting.first?.open == 1)
        }
    }
}
