import ChineseText
import Domain
import DomainTestSupport
import FluentKit
import Foundation

/// One pass through every writer of the domain, each move made by the actor who may make
/// it, so that the inspector checks a write of each (see ``WritePathTests``).
struct WriterWalk {
    let app: TestDomain
    var clock: AppClock { app.clock.appClock }
    var db: any Database { app.db }

    init(_ app: TestDomain) {
        self.app = app
    }

    func run() async throws {
        // The demo city first (it needs an empty database), so the walk also writes among its records.
        _ = try await DemoCity.build(clock: clock, hasher: app.hasher, reader: try ReportReader(), on: db)
        let admin = try await app.adminActor()
        let (unit, liaison, member) = try await people(admin)
        let task = try await work(admin, unit: unit, liaison: liaison)
        try await supervision(admin, unit: unit, liaison: liaison, task: task)
        try await meetings(admin, unit: unit, liaison: liaison)
        try await imports(admin)
        try await suggestions(admin, unit: unit, liaison: liaison, member: member)
        try await jobs(unit: unit, liaison: liaison)
        try await assessment(admin, unit: unit, liaison: liaison)
    }

    private func people(_ admin: Actor) async throws -> (OrgUnit, Actor, Actor) {
        let units = UnitCommands(clock: clock)
        let unit = try await units.create(
            NewUnit(code: "walk", name: "示范局", kind: .memberUnit, parentID: nil), by: admin, on: db)
        let party = try await units.create(
            NewUnit(code: "walk-party", name: "示范党派", kind: .memberUnit, parentID: nil),
            by: admin, on: db)
        _ = try await units.update(unit.requireID(), UnitChanges(name: "示范市示范局"), by: admin, on: db)
        _ = try await units.reorder(party.requireID(), up: true, by: admin, on: db)
        _ = try await units.setActive(party.requireID(), true, by: admin, on: db)
        try await WebhookCommands(clock: clock).set(
            unitID: unit.requireID(), kind: .dingtalk,
            url: "https://oapi.dingtalk.com/robot/send?access_token=walk", by: admin, on: db)
        let users = UserCommands(clock: clock, hasher: app.hasher)
        let liaison = try await app.makeUser("walk-liaison", role: .liaison, unit: unit)
        let member = try await app.makeUser("walk-member", role: .member, unit: party)
        _ = try await users.update(liaison.requireID(), UserChanges(displayName: "联络员甲"), by: admin, on: db)
        try await users.resetPassword(member.requireID(), to: "member-password-2", by: admin, on: db)
        try await users.changeOwnPassword(
            current: "member-password-2", new: "member-password-3", by: member.actor, on: db)
        try await users.setPrefersTraditional(true, by: liaison.actor, on: db)
        let (token, _) = try await users.createToken(for: liaison.requireID(), name: "walk", by: admin, on: db)
        try await users.revokeToken(token.requireID(), by: admin, on: db)
        let signIn = SignIn(hasher: app.hasher, clock: clock)
        let signedIn = try await signIn.attempt(
            username: "walk-liaison", password: TestDomain.adminPassword, ip: "127.0.0.1", on: db)
        try await signIn.recordSignOut(signedIn.actor, on: db)
        return (unit, liaison.actor, member.actor)
    }

    private func work(_ admin: Actor, unit: OrgUnit, liaison: Actor) async throws -> WorkTask {
        let plans = PlanCommands(clock: clock)
        let plan = try await plans.create(NewPlan(title: "2026年工作要点", period: "2026"), by: admin, on: db)
        let area = try await plans.addArea(to: plan.requireID(), title: "一、加强组织领导", by: admin, on: db)
        _ = try await plans.addArea(to: plan.requireID(), title: "二、压实工作责任", by: admin, on: db)
        try await plans.moveArea(area.requireID(), up: false, by: admin, on: db)
        _ = try await plans.issue(plan.requireID(), by: admin, on: db)
        let tasks = TaskCommands(clock: clock)
        let draft = TaskDraft(
            planID: plan.id!, title: "建设示范区", leadUnitID: unit.id!, coUnits: [], leader: "王某",
            deadline: "2026-12-31")
        let task = try await tasks.create(draft, by: admin, on: db)
        let second = try await tasks.create(draft, by: admin, on: db)
        var changed = draft
        changed.title = "建设民族团结进步示范区"
        _ = try await tasks.update(task.requireID(), changed, by: admin, on: db)
        _ = try await tasks.move(second.requireID(), up: true, by: admin, on: db)
        try await tasks.instruct(task.requireID(), text: "抓紧推进", by: admin, on: db)
        try await tasks.remindReport(task.requireID(), by: admin, on: db)
        _ = try await tasks.setStatus(second.requireID(), to: .suspended, by: admin, on: db)
        let table = ResponsibilityImport.parse(
            [
                ["序号", "工作任务", "牵头单位", "配合单位", "责任领导", "完成时限"],
                ["1", "开展调研", unit.name, "", "李某", "2026-06-30"],
            ], units: [unit])
        _ = try await tasks.importTable(table, into: plan.requireID(), skippingBadRows: true, by: admin, on: db)
        let reports = ReportCommands(clock: clock)
        let report = try await reports.submit(
            on: task.requireID(), ReportDraft(text: "已完成选址", progress: 30), by: liaison, on: db)
        _ = try await reports.sendBack(report.requireID(), comment: "请补充进度", by: admin, on: db)
        let again = try await reports.submit(
            on: task.requireID(), ReportDraft(text: "已完成选址和设计", progress: 40),
            revising: report.requireID(), by: liaison, on: db)
        _ = try await reports.accept(again.requireID(), by: admin, on: db)
        return task
    }

    private func supervision(_ admin: Actor, unit: OrgUnit, liaison: Actor, task: WorkTask) async throws {
        let notices = NoticeCommands(clock: clock)
        let notice = try await notices.issue(
            NoticeDraft(
                taskID: task.id, unitID: unit.id, reason: "进度滞后", requiredAction: "说明原因",
                replyDue: "2026-03-20"), by: admin, on: db)
        _ = try await notices.answer(notice.requireID(), text: "已调整方案", by: liaison, on: db)
        _ = try await notices.sendBack(notice.requireID(), comment: "请列明节点", by: admin, on: db)
        _ = try await notices.answer(notice.requireID(), text: "3月底前完成", by: liaison, on: db)
        _ = try await notices.close(notice.requireID(), by: admin, on: db)
        let rectification = RectificationCommands(clock: clock)
        let inspection = try await rectification.recordInspection(
            title: "第一季度督查", day: "2026-03-01", inspectors: "督查组", summary: "发现问题一项",
            problems: [ProblemDraft(unitID: unit.id, problem: "台账不全", deadline: "2026-04-30")], by: admin, on: db)
        let item = try await RectificationItem.query(on: db).filter(\.$inspection.$id == inspection.requireID())
            .first()!
        _ = try await rectification.submit(item.requireID(), measures: "补齐台账", evidence: "台账扫描件", by: liaison, on: db)
        _ = try await rectification.sendBack(item.requireID(), comment: "请附佐证", by: admin, on: db)
        _ = try await rectification.submit(item.requireID(), measures: "补齐台账", evidence: "已附佐证", by: liaison, on: db)
        _ = try await rectification.signOff(item.requireID(), by: admin, on: db)
    }
}
