import Foundation

@testable import App
@testable import Domain

extension MeetingSummary {
    static let mock = MeetingSummary(
        id: Mock.id(61), name: "全市统战工作会议", day: "2026-02-20", kind: .working,
        hostUnitName: "市委统战部", chair: "张某某", isInSeries: false)
}

extension MeetingViews.ShowModel {
    static let mock = Self(
        id: Mock.id(61), name: "全市统战工作会议", kind: .working, day: "2026-02-20", time: "09:00", place: "市委第一会议室",
        hostUnitName: "市委统战部", chair: "张某某", agenda: "传达全国统战部长会议精神；部署2026年工作。", minutes: "", decisions: "",
        recurrence: .quarterly, relayDue: "2026-03-10", previous: nil, next: (Mock.id(63), "2026-05-20", "全市统战工作会议"),
        participants: [.init(name: "张某某", position: "市委常委、统战部部长", roles: ["主持", "讲话"], unitName: "市委统战部")],
        invitations: [
            .init(
                unitName: "市民族宗教局", attendance: .confirmed, note: "局长参会",
                relayState: .reported(relayedOn: "2026-02-25"),
                relayedOn: "2026-02-25", relayText: "召开党组会传达学习。"),
            .init(
                unitName: "市教育局", attendance: .invited, note: "", relayState: .overdue(days: 2), relayedOn: nil,
                relayText: nil),
        ],
        ownInvitation: nil, documents: [Choice(id: Mock.id(62), label: "关于加强统战工作的实施意见")],
        plans: [Choice(id: PlanSummary.mock.id, label: PlanSummary.mock.title)],
        topics: [
            .init(id: Mock.id(101), number: "建言〔2026〕1号", title: "关于优化营商环境的建议", status: .accepted, readable: true)
        ],
        candidates: [Choice(id: Mock.id(102), label: "建言〔2026〕2号 关于加强社区养老服务的建议")],
        today: CalendarDay(iso: "2026-03-12")!, canManage: true, canChooseTopics: true)

    /// An invited unit's liaison, who answers and reports the relay.
    static let liaison: Self = {
        var model = mock
        (model.canManage, model.canChooseTopics, model.candidates) = (false, false, [])
        model.ownInvitation = model.invitations[1]
        return model
    }()
}

extension CalendarView.Model {
    static let mock = Self(
        month: CalendarDay(iso: "2026-03-01")!, today: CalendarDay(iso: "2026-03-02")!,
        items: [
            .init(
                id: Mock.id(71), day: "2026-03-02", time: "09:30", name: "领导小组全体会议", place: "第一会议室", kind: "工作会议",
                isFuture: false),
            .init(
                id: Mock.id(72), day: "2026-03-20", time: "", name: "第一季度政党协商座谈会", place: "", kind: "协商会议",
                isFuture: true),
        ], feedActive: true)
}
