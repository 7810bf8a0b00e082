import FluentKit
import Foundation

extension DemoCity {
    func task(_ title: String, lead: String, story: DemoContent.Story) async throws -> UUID {
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
        let tasks = TaskCommands(clock: clock, thresholds: thresholds)
        let reports = ReportCommands(clock: clock, thresholds: thresholds)
        let id = try await tasks.create(draft, by: actor, on: db).requireID()
        let liaison = liaisons[lead] ?? actor
        func report(_ text: String, _ progress: Int) async throws -> UUID {
            try await reports.submit(
                on: id, ReportDraft(text: text, progress: progress, nextSteps: "按计划推进"), by: liaison, on: db
            ).requireID()
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
}
