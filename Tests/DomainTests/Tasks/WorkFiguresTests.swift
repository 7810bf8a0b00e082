import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct WorkFiguresTests {
    @Test func theCompletionTableCountsEachLeadUnitAndFollowsChanges() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let today = CalendarDay(year: 2026, month: 3, day: 2)!
            let first = try await world.makeTask("一", deadline: "2026-12-31")
            _ = try await world.makeTask("二", deadline: "2026-12-31")
            var late = world.draft("三", deadline: "2026-03-01")
            late.startDay = "2026-01-01"
            late.leadUnitID = world.unitB.id
            late.coUnits = []
            _ = try await world.tasks.create(late, by: world.admin, on: app.db)
            func table() async throws -> [String] {
                try await UnitCompletion.table(planID: nil, for: world.admin, today: today, on: app.db).map {
                    "\($0.unitName) \($0.finished)/\($0.total) overdue \($0.overdue) red \($0.red)"
                }
            }
            #expect(try await table() == ["乙局 0/1 overdue 1 red 1", "甲局 0/2 overdue 0 red 0"])
            _ = try await world.tasks.setStatus(first.id!, to: .done, by: world.admin, on: app.db)
            #expect(try await table() == ["乙局 0/1 overdue 1 red 1", "甲局 1/2 overdue 0 red 0"])
            _ = try await UnitCommands(clock: app.clock.appClock).update(
                world.unitA.id!, UnitChanges(name: "甲局（新）"), by: .system, on: app.db)
            #expect(try await table().last == "甲局（新） 1/2 overdue 0 red 0")
            await #expect(throws: DomainError.self) {
                try await UnitCompletion.table(planID: nil, for: world.liaisonA, today: today, on: app.db)
            }
        }
    }

    @Test func aCachedTaskPageShowsTheNextChange() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            #expect(try await TaskDetail.load(task.id!, for: world.liaisonA, on: app.db).reports.isEmpty)
            _ = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "进展", progress: 10), by: world.liaisonA, on: app.db)
            let detail = try await TaskDetail.load(task.id!, for: world.liaisonA, on: app.db)
            #expect(detail.reports.count == 1 && detail.involvement == .lead)
            #expect(try await TaskDetail.load(task.id!, for: world.liaisonB, on: app.db).involvement == .coOperating)
            await #expect(throws: DomainError.self) {
                try await TaskDetail.load(task.id!, for: world.liaisonC, on: app.db)
            }
        }
    }
}
