import Domain
import Fluent
import Foundation
import Vapor

/// Writes the demo city through the same commands as the pages, so every record is valid and
/// audited. Days are set around today, so the lights come out the same whenever it runs.
struct DemoBuilder {
    let app: Application
    let db: any Database
    let today: CalendarDay
    let actor = Actor.system
    var unitIDs: [String: UUID] = [:]
    var liaisons: [String: Actor] = [:]
    /// Every demo user by username.
    var people: [String: Actor] = [:]
    private var planID: UUID?
    private var tasksByStory: [DemoContent.Story: UUID] = [:]

    /// `db` is the transaction the whole demo is written in: all of it, or nothing.
    init(app: Application, db: any Database) async throws {
        self.app = app
        self.db = db
        today = app.tongxin.today
        guard let office = try await OrgUnit.find(code: FirstStart.officeCode, on: db) else { throw DemoError("no office unit") }
        unitIDs["office"] = office.id
    }

    private var year: Int { today.components.year }

    func day(_ offset: Int) -> String { CalendarDay(ordinal: today.ordinal + offset).description }

    mutating func units() async throws {
        for unit in DemoContent.units {
            let created = try await app.tongxin.units.create(
                NewUnit(code: unit.code, name: unit.name, kind: UnitKind(rawValue: unit.kind) ?? .memberUnit, parentID: unitIDs["office"]),
                by: actor, on: db)
            unitIDs[unit.code] = created.id
        }
    }

    /// Creates the users; returns each username with its password.
    mutating func users() async throws -> [(String, String)] {
        var passwords: [(String, String)] = []
        for user in DemoContent.users {
            let password = FirstStart.generatePassword()
            let created = try await app.tongxin.users.create(
                NewUser(username: user.username, displayName: user.name, unitID: unitIDs[user.unit]!, role: Role(rawValue: user.role)!,
                        password: password), by: actor, on: db)
            if created.role == .liaison { liaisons[user.unit] = created.actor }
            people[user.username] = created.actor
            passwords.append((user.username, password))
        }
        return passwords
    }

    /// The year's plan: imported from the deployment meeting's report, with its requirements
    /// assigned, then tasks added by hand and taken through their stories.
    mutating func plan() async throws {
        let imports = app.tongxin.imports
        let (record, _) = try await imports.start(bytes: Array(DemoContent.deploymentReport(year: year).utf8), filename: nil,
                                                  by: actor, on: db)
        var draft = try record.draft
        draft.kind = MeetingKind.working.rawValue
        draft.place = "市行政中心第一会议室"
        draft.hostUnitId = unitIDs["tzb"]
        draft.planTitle = "示范市\(year)年统一战线工作要点"
        draft.requirements = draft.requirements?.enumerated().map { index, requirement in
            var assigned = requirement
            assigned.leadUnitId = DemoContent.requirementLeads.indices.contains(index) ? unitIDs[DemoContent.requirementLeads[index]] : nil
            assigned.deadline = "\(year)-12-31"
            return assigned
        }
        let result = try await imports.confirm(try record.requireID(), draft: draft, by: actor, on: db)
        planID = result.planId
        for (title, lead, story) in DemoContent.tasks {
            tasksByStory[story] = try await task(title, lead: lead, story: story)
        }
    }

    private func task(_ title: String, lead: String, story: DemoContent.Story) async throws -> UUID {
        var draft = TaskDraft(planID: planID!, title: title, leadUnitID: unitIDs[lead], deadline: "\(year)-12-31")
        switch story {
        case .behindMilestone:
            draft.startDay = day(-60)
            draft.deadline = day(10)
            draft.milestones = [(day(-5), 60)]
        case .overdue:
            draft.startDay = day(-90)
            draft.deadline = day(-12)
        case .closed:
            draft.startDay = day(-120)
            draft.deadline = day(-30)
        default:
            break
        }
        let tasks = app.tongxin.tasks, reports = app.tongxin.reports
        let id = try await tasks.create(draft, by: actor, on: db).requireID()
        let liaison = liaisons[lead] ?? actor
        func report(_ text: String, _ progress: Int) async throws -> UUID {
            try await reports.submit(on: id, ReportDraft(text: text, progress: progress, nextSteps: "按计划推进"), by: liaison, on: db).requireID()
        }
        switch story {
        case .notStarted:
            break
        case .onTrack:
            _ = try await reports.accept(report("已完成选址和方案论证，研究团队组建到位。", 40), by: actor, on: db)
        case .behindMilestone:
            _ = try await reports.accept(report("线路初稿已形成，沿线点位尚在对接。", 20), by: actor, on: db)
        case .overdue:
            _ = try await reports.accept(report("问卷已发放，回收率偏低。", 30), by: actor, on: db)
        case .done, .closed:
            _ = try await reports.accept(report("全部完成，材料已归档。", 100), by: actor, on: db)
            if story == .closed { _ = try await tasks.setStatus(id, to: .closed, by: actor, on: db) }
        case .suspended:
            _ = try await tasks.setStatus(id, to: .suspended, by: actor, on: db)
        case .reportPending:
            _ = try await report("活动方案已报批，首批企业家名单已确定。", 30)
        case .reportReturned:
            _ = try await reports.sendBack(report("正在推进。", 10), comment: "请写明已完成的具体工作和时间节点。", by: actor, on: db)
        }
        return id
    }

    /// A quarterly consultation meeting series (协商座谈会): this year's meetings held so far,
    /// the latest recurring (the reminder job then schedules the next one) and asking for relay
    /// reports, one unit reported and one not; and the year's documents.
    func meetingsAndDocuments() async throws {
        let meetings = app.tongxin.meetings
        let documents = app.tongxin.documents
        let quarters = [(1, 3), (2, 6), (3, 9), (4, 12)].map { (quarter: $0, day: CalendarDay(year: year, month: $1, day: 20)!) }
        let held = quarters.filter { $0.day <= today }
        for quarter in held.isEmpty ? [quarters[0]] : held {
            let latest = quarter.day == (held.last ?? quarters[0]).day
            let meeting = try await meetings.create(MeetingInput(
                kind: MeetingKind.consultation.rawValue, name: "\(year)年第\(quarter.quarter)季度政党协商座谈会", day: quarter.day.description,
                time: "15:00", place: "市委统战部会议室", hostUnitID: unitIDs["tzb"], chair: "周明远",
                agenda: "通报本季度统一战线工作情况；听取民主党派、工商联意见建议",
                participants: [ParticipantFields(name: "周明远", position: "市委副书记", roles: ["主持", "讲话"]),
                               ParticipantFields(name: "林素华", position: "市委常委、统战部部长", roles: ["出席", "报告"]),
                               ParticipantFields(name: "何建平", position: "民建示范市委会主委", roles: ["发言"], unitID: unitIDs["mj"])],
                invitedUnitIDs: latest ? ["mzj", "jyj", "gsl"].compactMap { unitIDs[$0] } : [],
                recurrence: (latest ? MeetingRecurrence.quarterly : .none).rawValue,
                relayDue: latest ? quarter.day.adding(days: 10).description : ""),
                by: actor, on: db)
            if latest, quarter.day <= today, let liaison = liaisons["gsl"] {
                _ = try await meetings.reportRelay(meeting.requireID(), relayedOn: min(quarter.day.adding(days: 3), today).description,
                                                   text: "召开执委会议传达学习座谈会精神，梳理形成3条建议报市委统战部。", by: liaison, on: db)
            }
        }
        _ = try await documents.create(DocumentInput(
            title: "关于进一步加强民族团结进步创建工作的实施意见", number: "示办发〔\(year)〕5号", kind: DocumentKind.opinion.rawValue,
            issuingUnitID: unitIDs["office"], day: "\(year)-03-01", body: "为深入推进民族团结进步创建工作，结合本市实际，提出如下意见。", planID: planID),
            by: actor, on: db)
        _ = try await documents.create(DocumentInput(
            title: "关于报送上半年统一战线工作进展情况的通知", number: "示统办〔\(year)〕12号", kind: DocumentKind.notice.rawValue,
            issuingUnitID: unitIDs["office"], day: "\(year)-06-10", body: "请各成员单位于6月30日前报送上半年工作进展。"), by: actor, on: db)
    }

    /// Notices in each state, and an inspection whose items are open, submitted and signed off.
    func supervision() async throws {
        let clock = app.tongxin.clock
        let notices = NoticeCommands(clock: clock)
        let overdue = tasksByStory[.overdue]!
        _ = try await notices.issue(NoticeDraft(taskID: overdue, unitID: unitIDs["mzj"], reason: "任务已超过完成时限", requiredAction: "说明原因并提出整改时限",
                                                replyDue: day(5)), by: actor, on: db)
        let answered = try await notices.issue(NoticeDraft(taskID: tasksByStory[.behindMilestone], unitID: unitIDs["wlj"],
                                                           reason: "进度落后于节点要求", requiredAction: "报送加快推进的措施", replyDue: day(7)),
                                               by: actor, on: db)
        _ = try await notices.answer(answered.requireID(), text: "已调整工作专班，计划两周内完成沿线点位对接。", by: liaisons["wlj"]!, on: db)
        let closed = try await notices.issue(NoticeDraft(unitID: unitIDs["gsl"], reason: "月度报送不及时", requiredAction: "完善报送机制",
                                                         replyDue: day(2)), by: actor, on: db)
        _ = try await notices.answer(closed.requireID(), text: "已明确专人负责，每月25日前报送。", by: liaisons["gsl"]!, on: db)
        _ = try await notices.close(closed.requireID(), by: actor, on: db)

        let rectification = RectificationCommands(clock: clock)
        let inspection = try await rectification.recordInspection(
            title: "\(year)年统一战线工作专项督查", day: day(-20), inspectors: "市委统战部督查组", summary: "抽查成员单位工作台账和落实情况",
            problems: [ProblemDraft(unitID: unitIDs["mzj"], problem: "宗教活动场所安全检查记录不完整", deadline: day(20)),
                       ProblemDraft(unitID: unitIDs["jyj"], problem: "民族团结教育课时未落实", deadline: day(15)),
                       ProblemDraft(unitID: unitIDs["gsl"], problem: "会员企业联系台账未及时更新", deadline: day(-2))],
            by: actor, on: db)
        let items = try await RectificationItem.query(on: db).filter(\.$inspection.$id == inspection.requireID()).sort(\.$position).all()
        _ = try await rectification.submit(items[1].requireID(), measures: "已调整课表，每学期安排4课时。", evidence: "课表及教案",
                                           by: liaisons["jyj"]!, on: db)
        let signed = try await rectification.submit(items[2].requireID(), measures: "台账已补齐并建立月度更新制度。", evidence: "更新后的台账",
                                                    by: liaisons["gsl"]!, on: db)
        _ = try await rectification.signOff(signed.requireID(), by: actor, on: db)
    }
}
