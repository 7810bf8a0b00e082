@testable import App
@testable import Domain

extension InboxView.Model {
    static let mock = Self(
        messages: Page(
            items: [
                .init(
                    id: Mock.id(31), kind: .reportDue, title: "请报送进展：建设民族团结进步示范区", body: "本月进展请于 2026-03-05 前报送。",
                    createdAt: Mock.now, readAt: nil),
                .init(
                    id: Mock.id(32), kind: .noticeIssued, title: "督办〔2026〕1号", body: "进度滞后，请说明原因并提出赶进措施。",
                    createdAt: Mock.now, readAt: Mock.now),
            ], total: 2, request: PageRequest(page: 1, per: 25)), unreadOnly: false)
}

extension AuditView.Entry {
    static let mock = Self(
        at: Mock.now, actorName: "系统管理员", action: "修改任务", subjectType: "任务",
        subjectLabel: "建设民族团结进步示范区",
        changes: [AuditView.Change(field: "完成时限", before: "2026-06-30", after: "2026-12-31")])
}

extension AuditView.Model {
    static let mock = Self(
        entries: Page(items: [.mock], total: 1, request: PageRequest(page: 1, per: 25)),
        filter: AuditQuery(actor: "admin", action: "task.update"),
        actions: [(code: "task.create", label: "新建任务"), (code: "task.update", label: "修改任务")])
}

extension HomeView.Model {
    static let office = Self(
        role: .admin, activeUnits: 12, activeUsers: 30, todo: .mock,
        work: WorkFigures(open: 54, red: 2, yellow: 5, overdue: 3, reportsAwaitingReview: 4),
        unitTasks: nil,
        suggestions: [SuggestionTodo.Item(label: "待受理", count: 2, filter: SuggestionFilter(status: .submitted))],
        ownSuggestions: nil,
        charts: (
            HomeCharts(
                lights: [.init(unitName: "市民族宗教局", green: 3, yellow: 1, red: 2)],
                reporting: [.init(unitName: "市民族宗教局", open: 6, onTime: 4)], planTitle: "2026年工作要点", taskCount: 6,
                progress: [
                    .init(month: "2026-01", averageProgress: 10, finished: 0),
                    .init(month: "2026-02", averageProgress: 25.5, finished: 1),
                ]),
            SuggestionFigures.mock.rows
        ), recentActivity: [.mock])
    static let liaison = Self(
        role: .liaison, activeUnits: 12, activeUsers: nil,
        todo: HomeView.Todo(lines: [TodoView.Line.reportDue], total: 1, counts: [("report_due", "进展待报送", 1)]),
        work: nil,
        unitTasks: Page(items: [TaskLine.mock], total: 1, request: PageRequest(page: 1, per: 20)),
        suggestions: [], ownSuggestions: nil, recentActivity: nil)
    static let member = Self(
        role: .member, activeUnits: 12, activeUsers: nil,
        todo: HomeView.Todo(lines: [], total: 0, counts: []), work: nil, unitTasks: nil,
        suggestions: [SuggestionTodo.Item(label: "待我评价", count: 0, filter: SuggestionFilter(status: .answered))],
        ownSuggestions: [
            SuggestionLine(
                id: Mock.id(61), number: "建言〔2026〕3号", title: "关于加快老旧小区加装电梯的建议", category: .livelihood,
                status: .routed, senderName: "", leadUnitName: "", answerDue: "2026-04-30", submittedAt: Mock.now,
                answerClass: nil, answeredOnTime: nil, publishedAt: nil)
        ], recentActivity: nil)
}

extension TodoView.Line {
    static let reportToReview = Self(
        kind: "进展待审核", title: "建设民族团结进步示范区", detail: "市民族宗教局", since: "2026-02-27", due: nil, overdue: false,
        path: .task(Mock.id(41)))
    static let reportDue = Self(
        kind: "进展待报送", title: "建设民族团结进步示范区", detail: "2026-12-31", since: "2026-03-01", due: "2026-03-01",
        overdue: true, path: .task(Mock.id(41)))
}

extension HomeView.Todo {
    static let mock = Self(
        lines: [.reportToReview], total: 12,
        counts: [("report_to_review", "进展待审核", 4), ("notice_to_close", "督办答复待办结", 8)])
}

extension TodoView.Model {
    static let mock = Self(
        lines: Page(items: [.reportToReview, .reportDue], total: 2, request: PageRequest(page: 1, per: 50)), kind: nil,
        counts: [(value: "report_to_review", label: "进展待审核（1）"), (value: "report_due", label: "进展待报送（1）")])
}

extension TaskLine {
    static let mock = TaskLine(
        id: Mock.id(41), title: "建设民族团结进步示范区", leadUnitName: "市民族宗教局", coUnitNames: ["市委统战部"],
        deadline: "2026-12-31", nextReportDue: "2026-04-05", status: .inProgress, progress: 40, light: .yellow)
}
