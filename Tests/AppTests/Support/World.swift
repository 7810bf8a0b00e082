import Domain
import Foundation
import TestSupport

/// A small organisation for access tests: the office, unit A and unit B, and one user
/// per role in unit A (the admin sits in the office), plus a viewer in B.
struct World {
    let app: TestApp
    let office: OrgUnit
    let unitA: OrgUnit
    let unitB: OrgUnit
    let usersA: [Role: User]
    /// A user in unit B, the "other unit" subject.
    let userB: User
    /// A second user in unit A, the "own unit" subject.
    let peerA: User
    /// A plan with an area, a task led by unit A and one led by unit B, and a report of A's
    /// liaison waiting for review.
    let plan: Plan
    let area: PlanArea
    let taskA: WorkTask
    let taskB: WorkTask
    let reportA: ProgressReport

    static let password = TestApp.adminPassword

    static func build(_ app: TestApp) async throws -> World {
        let office = try await app.officeUnit()
        let unitA = try await app.makeUnit("unit-a", name: "甲单位")
        let unitB = try await app.makeUnit("unit-b", name: "乙单位")
        var users: [Role: User] = [.admin: try await requireUser(app, "admin")]
        for role in [Role.leader, .liaison, .member, .viewer] {
            users[role] = try await app.makeUser("\(role.rawValue)-a", role: role, unit: unitA)
        }
        let userB = try await app.makeUser("viewer-b", role: .viewer, unit: unitB)
        let peerA = try await app.makeUser("peer-a", role: .viewer, unit: unitA)
        let clock = app.clock.appClock
        let plan = try await PlanCommands(clock: clock).create(NewPlan(title: "2026年工作要点", period: "2026"), by: .system, on: app.db)
        let area = try await PlanCommands(clock: clock).addArea(to: plan.id!, title: "民生保障", by: .system, on: app.db)
        let tasks = TaskCommands(clock: clock)
        let taskA = try await tasks.create(TaskDraft(planID: plan.id!, areaID: area.id, title: "甲单位牵头的任务", leadUnitID: unitA.id,
                                                     deadline: "2026-12-31"), by: .system, on: app.db)
        let taskB = try await tasks.create(TaskDraft(planID: plan.id!, title: "乙单位牵头的任务", leadUnitID: unitB.id,
                                                     deadline: "2026-12-31"), by: .system, on: app.db)
        let reportA = try await ReportCommands(clock: clock).submit(on: taskA.id!, ReportDraft(text: "已启动", progress: 10),
                                                                    by: users[.liaison]!.actor, on: app.db)
        return World(app: app, office: office, unitA: unitA, unitB: unitB, usersA: users, userB: userB, peerA: peerA,
                     plan: plan, area: area, taskA: taskA, taskB: taskB, reportA: reportA)
    }

    func user(_ role: Role) -> User { usersA[role]! }

    func client(_ role: Role) async throws -> TestClient {
        try await app.signedInClient(user(role).username, password: World.password)
    }
}

/// The user named `name`, or an error.
func requireUser(_ app: TestApp, _ name: String) async throws -> User {
    guard let user = try await User.find(username: name, on: app.db) else { throw WorldError.missing(name) }
    return user
}

enum WorldError: Error {
    case missing(String)
}
