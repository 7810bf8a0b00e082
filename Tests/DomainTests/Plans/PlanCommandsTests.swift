import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct PlanCommandsTests {
    func commands(_ app: TestDomain) -> PlanCommands { PlanCommands(clock: app.clock.appClock) }

    @Test func createRecordsOneAuditEntryWithTheNewFields() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let before = try await app.auditEntries().count
            let actor = try await app.adminActor()
            let plan = try await commands(app).create(
                NewPlan(title: " 2026年统战工作要点 ", period: "2026—2027"), by: actor, on: app.db)
            #expect(plan.title == "2026年统战工作要点")
            #expect(plan.period.description == "2026-2027")
            #expect(plan.period.label == "2026—2027年")
            #expect(plan.status == .draft)
            let stored = try #require(try await Plan.find(plan.id, on: app.db))
            #expect(stored.period == plan.period)
            let entries = try await app.auditEntries()
            #expect(entries.count == before + 1)
            let entry = try #require(entries.last)
            #expect(entry.action == "plan.create")
            #expect(entry.actorID == actor.userID)
            #expect(entry.subjectID == plan.id?.uuidString)
            #expect(entry.changes["period"] == AuditChange(before: nil, after: "2026-2027"))
        }
    }

    @Test(arguments: ["", "26", "1999", "2027-2026", "2026-2036", "2026/2027", "二〇二六"])
    func badPeriodsAreRefusedAndNothingIsWritten(period: String) async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let plans = try await Plan.query(on: app.db).count()
            let entries = try await app.auditEntries().count
            do {
                _ = try await commands(app).create(NewPlan(title: "  ", period: period), by: .system, on: app.db)
                Issue.record("expected invalid")
            } catch DomainError.invalid(let errors) {
                #expect(Set(errors.map(\.field)) == ["title", "period"])
            }
            #expect(try await Plan.query(on: app.db).count() == plans)
            #expect(try await app.auditEntries().count == entries)
        }
    }

    @Test(arguments: ["2026", "2026年", "2026-2035", "2026至2027", "2026–2027"])
    func acceptedPeriods(period: String) {
        #expect(PlanPeriod(period) != nil)
    }

    @Test func issuingMovesDraftToIssuedOnceAndOnlyOnce() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let plan = try await commands(app).create(NewPlan(title: "年度要点", period: "2026"), by: .system, on: app.db)
            let issued = try await commands(app).issue(try plan.requireID(), by: .system, on: app.db)
            #expect(issued.status == .issued)
            let entries = try await app.auditEntries().count
            await #expect(throws: DomainError.conflict("状态不能从「已印发」改为「已印发」")) {
                _ = try await commands(app).issue(try plan.requireID(), by: .system, on: app.db)
            }
            #expect(try await Plan.find(plan.id, on: app.db)?.status == .issued)
            #expect(try await app.auditEntries().count == entries)
            #expect(try await app.auditEntries().last?.action == "plan.issue")
        }
    }

    @Test func onlyTheOfficeManagesPlans() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let unit = try await app.makeUnit("mzj")
            for role in Role.allCases where role != .admin {
                let user = try await app.makeUser("u\(role.rawValue)", role: role, unit: unit)
                await #expect(throws: DomainError.forbidden("只有办公室管理员可以管理工作计划和任务")) {
                    _ = try await commands(app).create(NewPlan(title: "计划", period: "2026"), by: user.actor, on: app.db)
                }
            }
            #expect(try await Plan.query(on: app.db).count() == 0)
        }
    }
}
