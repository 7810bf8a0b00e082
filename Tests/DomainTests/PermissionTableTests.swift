import Domain
import Foundation
import Testing

/// The permission types read as tables: role × action (× own/other unit) → allowed.
@Suite struct PermissionTableTests {
    let ownUnit = UUID()
    let otherUnit = UUID()

    func actor(_ role: Role) -> Actor {
        Actor(userID: UUID(), username: role.rawValue, unitID: ownUnit, role: role)
    }

    func user(in unit: UUID, id: UUID = UUID()) -> User {
        let user = User(id: id, username: "x", displayName: "x", unitID: unit, role: .viewer, passwordHash: "")
        return user
    }

    @Test(arguments: [
        (Role.admin, true, true), (.leader, true, false), (.liaison, true, false), (.member, true, false),
        (.viewer, true, false),
    ])
    func units(role: Role, read: Bool, manage: Bool) {
        #expect(UnitPermissions.can(.read, actor: actor(role)) == read)
        #expect(UnitPermissions.can(.manage, actor: actor(role)) == manage)
    }

    @Test(arguments: [
        // role, read own unit, read other unit, manage, tokens of someone else
        (Role.admin, true, true, true, true),
        (.leader, true, true, false, false),
        (.liaison, true, false, false, false),
        (.member, false, false, false, false),
        (.viewer, true, false, false, false),
    ])
    func users(role: Role, readOwnUnit: Bool, readOtherUnit: Bool, manage: Bool, othersTokens: Bool) {
        let actor = actor(role)
        #expect(UserPermissions.can(.read, actor: actor, target: user(in: ownUnit)) == readOwnUnit)
        #expect(UserPermissions.can(.read, actor: actor, target: user(in: otherUnit)) == readOtherUnit)
        #expect(UserPermissions.can(.manage, actor: actor, target: user(in: ownUnit)) == manage)
        #expect(UserPermissions.can(.manageTokens, actor: actor, target: user(in: ownUnit)) == othersTokens)
        // Everyone may read themselves and manage their own tokens.
        let me = user(in: ownUnit, id: actor.userID!)
        #expect(UserPermissions.can(.read, actor: actor, target: me))
        #expect(UserPermissions.can(.manageTokens, actor: actor, target: me))
    }

    @Test(arguments: [
        // role, manage, read every card, read own card, self-assess and appeal for own unit, score (office / named unit)
        (Role.admin, true, true, true, false, true, true),
        (.leader, false, true, true, false, false, false),
        (.liaison, false, false, true, true, false, true),
        (.member, false, false, false, false, false, false),
        (.viewer, false, false, true, false, false, false),
    ])
    func assessment(
        role: Role, manage: Bool, readAll: Bool, readOwn: Bool, speak: Bool, scoreOffice: Bool, scoreNamed: Bool
    ) {
        let actor = actor(role)
        #expect(AssessmentPermissions.can(.manage, actor: actor) == manage)
        #expect(AssessmentPermissions.canRead(cardOf: otherUnit, actor: actor) == readAll)
        #expect(AssessmentPermissions.canRead(cardOf: ownUnit, actor: actor) == readOwn)
        #expect(AssessmentPermissions.canSpeak(for: ownUnit, actor: actor) == speak)
        #expect(!AssessmentPermissions.canSpeak(for: otherUnit, actor: actor))
        // The office's indicators are scored by its admins; a named unit's by that unit's liaison.
        #expect(AssessmentPermissions.canScore(scorer: otherUnit, actor: actor) == scoreOffice)
        #expect(AssessmentPermissions.canScore(scorer: ownUnit, actor: actor) == scoreNamed)
        // A named scorer's liaison reads the cards of the scheme it scores on.
        #expect(
            AssessmentPermissions.canRead(cardOf: otherUnit, actor: actor, scorers: [ownUnit])
                == (readAll || scoreNamed))
    }

    @Test(arguments: [(Role.admin, true), (.leader, false), (.liaison, false), (.member, false), (.viewer, false)])
    func auditLog(role: Role, read: Bool) {
        #expect(AuditPermissions.can(.read, actor: actor(role)) == read)
    }

    @Test(arguments: [
        (Role.admin, true, true), (.leader, true, false), (.liaison, true, false), (.member, false, false),
        (.viewer, true, false),
    ])
    func work(role: Role, readPlans: Bool, managePlans: Bool) {
        #expect(PlanPermissions.can(.read, actor: actor(role)) == readPlans)
        #expect(PlanPermissions.can(.manage, actor: actor(role)) == managePlans)
        #expect(TaskPermissions.can(.manage, actor: actor(role)) == managePlans)
        #expect(SupervisionPermissions.can(.supervise, actor: actor(role)) == managePlans)
    }

    @Test(arguments: [
        // role, review reports, read all tasks, instruct
        (Role.admin, true, true, true), (.leader, false, true, true), (.liaison, false, false, false),
        (.member, false, false, false), (.viewer, false, false, false),
    ])
    func tasks(role: Role, review: Bool, readAll: Bool, instruct: Bool) {
        #expect(ReportPermissions.can(.review, actor: actor(role)) == review)
        #expect(TaskPermissions.can(.readAll, actor: actor(role)) == readAll)
        #expect(TaskPermissions.can(.instruct, actor: actor(role)) == instruct)
    }

    @Test(arguments: [
        // role, read (lead, co, none), report (lead, co, none)
        (Role.admin, [true, true, true], [false, false, false]),
        (.leader, [true, true, true], [false, false, false]),
        (.liaison, [true, true, false], [true, true, false]),
        (.member, [false, false, false], [false, false, false]),
        (.viewer, [true, true, false], [false, false, false]),
    ])
    func taskByInvolvement(role: Role, read: [Bool], report: [Bool]) {
        let involvements: [TaskInvolvement] = [.lead, .coOperating, .none]
        #expect(involvements.map { TaskPermissions.canRead($0, actor: actor(role)) } == read)
        #expect(involvements.map { ReportPermissions.canReport($0, actor: actor(role)) } == report)
    }
}
