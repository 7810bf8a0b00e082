import Foundation

@testable import App
@testable import Domain

extension TaskListChoices {
    static let mock = TaskListChoices(
        plans: [Choice(id: PlanSummary.mock.id, label: PlanSummary.mock.title)], units: Mock.tree,
        areas: [Choice(id: Mock.id(52), label: "加强组织领导", owner: PlanSummary.mock.id)])
}

extension TaskIndexView.Model {
    static let mock = Self(
        tasks: Page(items: [TaskLine.mock], total: 1, request: PageRequest(page: 1, per: 25)),
        filter: TaskListQuery(light: "yellow", sort: "deadline"), choices: .mock, overdueOnly: false,
        canManage: true)
    static let overdue = Self(
        tasks: Page(items: [.mock], total: 1, request: PageRequest(page: 1, per: 25)), filter: TaskListQuery(),
        choices: .mock, overdueOnly: true, canManage: true)
}

extension TaskFormChoices {
    static let mock = TaskFormChoices(
        plans: [Choice(id: PlanSummary.mock.id, label: "2026年统一战线工作要点（2026年）")],
        areas: [Choice(id: Mock.id(52), label: "加强组织领导")],
        keyTasks: [Choice(id: Mock.id(41), label: "建设民族团结进步示范区")], units: Mock.tree,
        meetings: [Choice(id: Mock.id(61), label: "2026-02-20 全市统战工作会议")],
        documents: [Choice(id: Mock.id(62), label: "《关于加强统战工作的实施意见》 示办发〔2026〕1号")])
}

extension TaskFormView.Model {
    static let mock: Self = {
        var values = TaskForm(planID: PlanSummary.mock.id)
        values.areaId = Mock.id(52).uuidString
        values.title = "制定示范区建设方案"
        values.leadUnitId = Mock.mzj.id.uuidString
        values.coUnitId = [Mock.tzb.id.uuidString]
        values.coPart = ["提供政策指导"]
        values.milestoneDay = ["2026-04-30"]
        values.milestoneProgress = ["50"]
        return Self(
            values: values, editing: (Mock.id(42), "制定示范区建设方案"), choices: .mock,
            errors: [FieldError("deadline", "请填写完成时限，如 2026-06-30")])
    }()
    static let new = Self(values: TaskForm(planID: PlanSummary.mock.id), editing: nil, choices: .mock, errors: [])
}

extension TaskShowView.Model {
    static let mock = Self(
        task: .init(
            id: Mock.id(41), title: "建设民族团结进步示范区", description: "在全市创建一批民族团结进步示范单位。", leader: "王某某 副市长",
            startDay: "2026-01-01", deadline: "2026-12-31", status: .inProgress, progress: 40, light: .yellow,
            reportFrequency: .monthly, nextReportDue: "2026-03-01", tags: ["民族团结", "示范创建"]),
        plan: (PlanSummary.mock.id, PlanSummary.mock.title), areaTitle: "加强组织领导", parent: nil,
        subtasks: [
            TaskLine(
                id: Mock.id(42), title: "制定示范区建设方案", leadUnitName: "", deadline: "2026-06-30", status: .done,
                progress: 100, light: .green)
        ],
        leadUnitName: "市民族宗教局",
        coUnits: [TaskDetail.CoUnit(unitID: Mock.tzb.id, name: "市委统战部", part: "提供政策指导", signedOffAt: nil)],
        basis: TaskBasis(meeting: .init(id: Mock.id(61), label: "全市统战工作会议（2026-02-20）"), document: nil),
        milestones: [Milestone(day: CalendarDay(iso: "2026-06-30")!, expectedProgress: 50)],
        reports: [
            .init(
                id: Mock.id(71), unitName: "市民族宗教局", authorName: "li-mzj", submittedAt: Mock.now, status: .submitted,
                progress: 40, text: "已完成选址和方案设计。", problems: "资金尚未到位。", nextSteps: "3月底前开工。", reviewComment: "",
                attachments: [AttachmentInfo(id: Mock.id(72), filename: "选址方案.pdf", size: 123_456)])
        ],
        events: [.init(at: Mock.now, kind: .created, actorName: "admin", summary: "创建任务“建设民族团结进步示范区”，完成时限 2026-12-31")],
        today: CalendarDay(iso: "2026-03-02")!, isLead: true, ownReport: .none, canManage: true, canReport: false,
        canReview: true,
        canInstruct: true, typed: nil, errors: [])
}

extension TaskShowView.Model {
    /// The lead unit's liaison, whose last report was sent back.
    static let liaison: Self = {
        var model = mock
        (model.canManage, model.canReview, model.canInstruct, model.canReport) = (false, false, false, true)
        var returned = model.reports[0]
        returned.status = .returned
        returned.reviewComment = "请补充资金到位情况"
        model.reports = [returned]
        model.ownReport = .returned(returned)
        return model
    }()
}
