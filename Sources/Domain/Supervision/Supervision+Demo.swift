import FluentKit
import Foundation

extension DemoCity {
    /// Notices in each state, and an inspection whose items are open, submitted and signed off.
    func supervision() async throws {
        let notices = NoticeCommands(clock: clock)
        let overdue = tasksByStory[.overdue]!
        _ = try await notices.issue(
            NoticeDraft(
                taskID: overdue, unitID: unitIDs["mzj"], reason: "任务已超过完成时限", requiredAction: "说明原因并提出整改时限",
                replyDue: day(5)), by: actor, on: db)
        let answered = try await notices.issue(
            NoticeDraft(
                taskID: tasksByStory[.behindMilestone], unitID: unitIDs["wlj"],
                reason: "进度落后于节点要求", requiredAction: "报送加快推进的措施", replyDue: day(7)),
            by: actor, on: db)
        _ = try await notices.answer(answered.requireID(), text: "已调整工作专班，计划两周内完成沿线点位对接。", by: liaisons["wlj"]!, on: db)
        let closed = try await notices.issue(
            NoticeDraft(
                unitID: unitIDs["gsl"], reason: "月度报送不及时", requiredAction: "完善报送机制",
                replyDue: day(2)), by: actor, on: db)
        _ = try await notices.answer(closed.requireID(), text: "已明确专人负责，每月25日前报送。", by: liaisons["gsl"]!, on: db)
        _ = try await notices.close(closed.requireID(), by: actor, on: db)

        let rectification = RectificationCommands(clock: clock)
        let inspection = try await rectification.recordInspection(
            title: "\(year)年统一战线工作专项督查", day: day(-20), inspectors: "市委统战部督查组", summary: "抽查成员单位工作台账和落实情况",
            problems: [
                ProblemDraft(unitID: unitIDs["mzj"], problem: "宗教活动场所安全检查记录不完整", deadline: day(20)),
                ProblemDraft(unitID: unitIDs["jyj"], problem: "民族团结教育课时未落实", deadline: day(15)),
                ProblemDraft(unitID: unitIDs["gsl"], problem: "会员企业联系台账未及时更新", deadline: day(-2)),
            ],
            by: actor, on: db)
        let items = try await RectificationItem.query(on: db).filter(\.$inspection.$id == inspection.requireID()).sort(
            \.$position
        ).all()
        _ = try await rectification.submit(
            items[1].requireID(), measures: "已调整课表，每学期安排4课时。", evidence: "课表及教案",
            by: liaisons["jyj"]!, on: db)
        let signed = try await rectification.submit(
            items[2].requireID(), measures: "台账已补齐并建立月度更新制度。", evidence: "更新后的台账",
            by: liaisons["gsl"]!, on: db)
        _ = try await rectification.signOff(signed.requireID(), by: actor, on: db)
    }
}
