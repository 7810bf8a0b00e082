import Domain
import DomainTestSupport
import Foundation

/// A plan with two units and their liaisons, for task and report tests. Today is 2026-03-02.
struct TaskFixture {
    let app: TestDomain
    let admin: Actor
    let plan: Plan
    let unitA: OrgUnit
    let unitB: OrgUnit
    let unitC: OrgUnit
    let liaisonA: Actor
    let liaisonB: Actor
    let liaisonC: Actor

    var tasks: TaskCommands { TaskCommands(clock: app.clock.appClock) }
    var reports: ReportCommands { ReportCommands(clock: app.clock.appClock) }

    static func build(_ app: TestDomain) async throws -> TaskFixture {
        let admin = try await app.adminActor()
        let plan = try await PlanCommands(clock: app.clock.appClock).create(
            NewPlan(title: "2026年工作要点", period: "2026"),
            by: admin, on: app.db)
        let unitA = try await app.makeUnit("unit-a", name: "甲局")
        let unitB = try await app.makeUnit("unit-b", name: "乙局")
        let unitC = try await app.makeUnit("unit-c", name: "丙局")
        return TaskFixture(
            app: app, admin: admin, plan: plan, unitA: unitA, unitB: unitB, unitC: unitC,
            liaisonA: try await app.makeUser("liaison-a", role: .liaison, unit: unitA).actor,
            liaisonB: try await app.makeUser("liaison-b", role: .liaison, unit: unitB).actor,
            liaisonC: try await app.makeUser("liaison-c", role: .liaison, unit: unitC).actor)
    }

    /// A task led by A with B co-operating, due 2026-12-31.
    func draft(_ title: String = "建设民族团结进步示范区", deadline: String = "2026-12-31") -> TaskDraft {
        TaskDraft(
            planID: plan.id!, title: title, leadUnitID: unitA.id!, coUnits: [.init(unitID: unitB.id!, part: "提供场地")],
            leader: "王某 副市长", deadline: deadline,
            milestones: deadline > "2026-07-01" ? [(day: "2026-06-30", progress: 50)] : [])
    }

    func makeTask(_ title: String = "建设民族团结进步示范区", deadline: String = "2026-12-31") async throws -> WorkTask {
        try await tasks.create(draft(title, deadline: deadline), by: admin, on: app.db)
    }
}
