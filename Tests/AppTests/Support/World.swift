import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

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
    /// Files on reports of unit A's and unit B's tasks.
    let attachmentA: ReportAttachment
    let attachmentB: ReportAttachment
    /// Notices to unit A and unit B, and an inspection with one item for each.
    let noticeA: SupervisionNotice
    let noticeB: SupervisionNotice
    let inspection: Inspection
    let itemA: RectificationItem
    let itemB: RectificationItem
    /// A meeting with two participants, and a document it reviewed.
    let meeting: Meeting
    let document: OfficialDocument
    let documentFile: DocumentAttachment
    let assessment: AssessmentWorld

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
        let plan = try await PlanCommands(clock: clock).create(
            NewPlan(title: "2026年工作要点", period: "2026"), by: .system, on: app.db)
        let area = try await PlanCommands(clock: clock).addArea(to: plan.id!, title: "民生保障", by: .system, on: app.db)
        let tasks = TaskCommands(clock: clock)
        let taskA = try await tasks.create(
            TaskDraft(
                planID: plan.id!, areaID: area.id, title: "甲单位牵头的任务", leadUnitID: unitA.id,
                deadline: "2026-12-31"), by: .system, on: app.db)
        let taskB = try await tasks.create(
            TaskDraft(
                planID: plan.id!, title: "乙单位牵头的任务", leadUnitID: unitB.id,
                deadline: "2026-12-31"), by: .system, on: app.db)
        let reports = ReportCommands(clock: clock)
        let reportA = try await reports.submit(
            on: taskA.id!, ReportDraft(text: "已启动", progress: 10),
            attachments: [AttachmentUpload(filename: "方案.pdf", bytes: Data("%PDF-1.4".utf8))],
            by: users[.liaison]!.actor, on: app.db)
        let liaisonB = Actor(userID: nil, username: "liaison-b", unitID: unitB.id, role: .liaison)
        let reportB = try await reports.submit(
            on: taskB.id!, ReportDraft(text: "乙单位进展", progress: 10),
            attachments: [AttachmentUpload(filename: "台账.xlsx", bytes: Data("PK".utf8))],
            by: liaisonB, on: app.db)
        let attachmentA = try await ReportAttachment.query(on: app.db).filter(\.$report.$id == reportA.id!).first()!
        let attachmentB = try await ReportAttachment.query(on: app.db).filter(\.$report.$id == reportB.id!).first()!
        let notices = NoticeCommands(clock: clock)
        let noticeA = try await notices.issue(
            NoticeDraft(
                taskID: taskA.id, unitID: unitA.id, reason: "进度滞后", requiredAction: "说明原因",
                replyDue: "2026-04-30"), by: .system, on: app.db)
        let noticeB = try await notices.issue(
            NoticeDraft(
                unitID: unitB.id, reason: "台账缺失", requiredAction: "补齐台账",
                replyDue: "2026-04-30"), by: .system, on: app.db)
        let inspection = try await RectificationCommands(clock: clock).recordInspection(
            title: "一季度督查", day: "2026-03-01", inspectors: "督查组", summary: "",
            problems: [
                ProblemDraft(unitID: unitA.id, problem: "甲单位的问题", deadline: "2026-04-30"),
                ProblemDraft(unitID: unitB.id, problem: "乙单位的问题", deadline: "2026-04-30"),
            ], by: .system, on: app.db)
        let items = try await RectificationItem.query(on: app.db).sort(\.$position).all()
        let meetings = MeetingCommands(clock: clock)
        let meeting = try await meetings.create(
            MeetingInput(
                kind: MeetingKind.working.rawValue, name: "全市统战工作会议", day: "2026-02-20",
                hostUnitID: unitA.id, chair: "张三",
                participants: [
                    ParticipantFields(name: "张三", position: "市委副书记", roles: ["主持"]),
                    ParticipantFields(name: "李四", position: "统战部部长", roles: ["讲话"]),
                ],
                invitedUnitIDs: [unitA.id!], relayDue: "2026-03-10"),
            by: .system, on: app.db)
        let document = try await DocumentCommands(clock: clock).create(
            DocumentInput(
                title: "关于加强统战工作的实施意见", number: "示办发〔2026〕1号",
                meetingID: meeting.id),
            attachments: [AttachmentUpload(filename: "附件1.pdf", bytes: Data("%PDF-1.4 附件".utf8))],
            by: .system, on: app.db)
        let documentFile = try #require(try await DocumentAttachment.query(on: app.db).first())
        return World(
            app: app, office: office, unitA: unitA, unitB: unitB, usersA: users, userB: userB, peerA: peerA,
            plan: plan, area: area, taskA: taskA, taskB: taskB, reportA: reportA, attachmentA: attachmentA,
            attachmentB: attachmentB, noticeA: noticeA, noticeB: noticeB,
            inspection: inspection, itemA: items[0], itemB: items[1], meeting: meeting, document: document,
            documentFile: documentFile,
            assessment: try await AssessmentWorld.build(
                app, office: office, unitA: unitA, unitB: unitB, liaisonA: users[.liaison]!.actor))
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
