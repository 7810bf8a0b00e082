@testable import App
@testable import Domain

/// Every page, by the route that answers it, rendered from its `.mock` model.
enum PageSnapshots {
    static let all: [PageSnapshot] = [
        PageSnapshot("GET /units", "units-index") { UnitIndexView.page(.mock) },
        PageSnapshot("GET /units/:id", "units-show") { UnitShowView.page(.mock) },
        PageSnapshot("GET /units/new", "units-new") {
            UnitFormView.page(.init(values: .init(), editing: nil, tree: Mock.tree, errors: []))
        },
        PageSnapshot("GET /units/:id/edit", "units-edit") { UnitFormView.page(.mock) },
        PageSnapshot("GET /units/:id/deactivate", "units-deactivate") {
            UnitShowView.confirmDeactivate((Mock.tzb.id, "市委统战部"))
        },
        PageSnapshot("GET /users", "users-index") { UserIndexView.page(.mock) },
        PageSnapshot("GET /users/:id", "users-show") { UserShowView.page(.mock) },
        PageSnapshot("GET /users/new", "users-new") { UserFormView.page(.new) },
        PageSnapshot("GET /users/:id/edit", "users-edit") { UserFormView.page(.mock) },
        PageSnapshot("GET /account/password", "account-password") {
            PasswordView.page(errors: [FieldError("newPassword", "密码至少需要 10 个字符")])
        },
        PageSnapshot("GET /signin", "signin") {
            SignInView.page(.init(username: "li-tzb", next: "/tasks", notice: "登录已过期，请重新登录", error: "用户名或密码不正确"))
        },
        PageSnapshot("GET /", "home-office") { HomeView.page(.office) },
        PageSnapshot("GET /", "home-liaison") { HomeView.page(.liaison) },
        PageSnapshot("GET /", "home-member") { HomeView.page(.member) },
        PageSnapshot("GET /todo", "todo") { TodoView.page(.mock) },
        PageSnapshot("GET /meetings/calendar", "meetings-calendar") { CalendarView.page(.mock) },
        PageSnapshot("GET /inbox", "inbox") { InboxView.page(.mock) },
        PageSnapshot("GET /audit", "audit") { AuditView.page(.mock) },
        PageSnapshot("GET /plans", "plans-index") { PlanIndexView.page([.mock], canManage: true) },
        PageSnapshot("GET /plans/new", "plans-new") {
            PlanIndexView.form(.init(title: "", period: "2026"), errors: [FieldError("title", "请填写计划名称")])
        },
        PageSnapshot("GET /plans/:id", "plans-show") { ResponsibilityView.page(.mock) },
        PageSnapshot("GET /plans/:id/import", "plans-import") {
            PlanImportView.page(.mock, problems: ["第3行：牵头单位“市侨办”不存在"], offerSkip: true)
        },
        PageSnapshot("GET /tasks", "tasks-index") { TaskIndexView.page(.mock) },
        PageSnapshot("GET /tasks/overdue", "tasks-overdue") { TaskIndexView.page(.overdue) },
        PageSnapshot("GET /tasks/completion", "tasks-completion") {
            CompletionView.page(
                [
                    UnitCompletion(
                        unitID: Mock.mzj.id, unitName: "市民族宗教局", total: 6, finished: 4, overdue: 1, red: 1,
                        yellow: 1)
                ],
                plans: [Choice(id: PlanSummary.mock.id, label: PlanSummary.mock.title)], planID: nil)
        },
        PageSnapshot("GET /tasks/new", "tasks-new") { TaskFormView.page(.new) },
        PageSnapshot("GET /tasks/:id/edit", "tasks-edit") { TaskFormView.page(.mock) },
        PageSnapshot("GET /tasks/:id", "tasks-show-office") { TaskShowView.page(.mock) },
        PageSnapshot("GET /tasks/:id", "tasks-show-liaison") { TaskShowView.page(.liaison) },
        PageSnapshot("GET /notices", "notices-index") {
            NoticeViews.index(
                Page(items: [.mock], total: 1, request: PageRequest(page: 1, per: 25)), openOnly: true, canIssue: true)
        },
        PageSnapshot("GET /notices/new", "notices-new") {
            NoticeViews.form(
                .init(taskId: Mock.id(41).uuidString, unitId: Mock.mzj.id.uuidString, reason: "进度滞后"),
                task: (Mock.id(41), "建设民族团结进步示范区"), units: Mock.tree,
                errors: [FieldError("replyDue", "请填写答复时限，如 2026-06-30")])
        },
        PageSnapshot("GET /notices/:id", "notices-show") {
            NoticeViews.show(.mock, task: (Mock.id(41), "建设民族团结进步示范区"), canAnswer: false, canReview: true)
        },
        PageSnapshot("GET /inspections", "inspections-index") { InspectionViews.index([.mock], canRecord: true) },
        PageSnapshot("GET /inspections/new", "inspections-new") {
            InspectionViews.form(
                .init(
                    title: "第一季度督查", problemUnitId: [Mock.mzj.id.uuidString], problem: ["工作台账不完整"],
                    problemDeadline: [""]),
                units: Mock.tree, errors: [FieldError("day", "请填写督查日期")])
        },
        PageSnapshot("GET /inspections/:id", "inspections-show") {
            InspectionViews.show(.mock, lines: [.open, .submitted])
        },
        PageSnapshot("GET /rectification", "rectification-ledger") {
            InspectionViews.ledger([.open, .submitted], status: nil)
        },
        PageSnapshot("GET /meetings", "meetings-index") {
            MeetingViews.index(
                Page(items: [.mock], total: 1, request: PageRequest(page: 1, per: 25)),
                query: .init(q: "统战"), canManage: true, canImport: true)
        },
        PageSnapshot("GET /meetings/new", "meetings-new") {
            var values = MeetingsController.MeetingForm()
            (values.kind, values.day, values.invitedUnitIds) = (
                "working", "2026-03-20", [Mock.tzb.id.uuidString.lowercased()]
            )
            return MeetingViews.form(values, editing: nil, units: Mock.tree, errors: [FieldError("name", "请填写会议名称")])
        },
        PageSnapshot("GET /meetings/:id/edit", "meetings-edit") {
            var values = MeetingsController.MeetingForm()
            (values.name, values.kind, values.day) = ("全市统战工作会议", "working", "2026-02-20")
            (values.participants, values.recurrence) = ("张某某｜市委常委、统战部部长｜主持、讲话", "quarterly")
            return MeetingViews.form(values, editing: Mock.id(61), units: Mock.tree, errors: [])
        },
        PageSnapshot("GET /meetings/:id", "meetings-show-office") { MeetingViews.show(.mock) },
        PageSnapshot("GET /meetings/:id", "meetings-show-liaison") { MeetingViews.show(.liaison) },
        PageSnapshot("GET /relays", "relays") {
            RelayViews.index(
                [
                    .init(
                        meetingID: Mock.id(61), meetingName: "全市统战工作会议", meetingDay: "2026-02-20", unitName: "市教育局",
                        relayDue: "2026-03-10", state: .overdue(days: 2), relayedOn: "")
                ], overdueOnly: true)
        },
        PageSnapshot("GET /documents", "documents-index") {
            DocumentViews.index(
                Page(items: [.mock], total: 1, request: PageRequest(page: 1, per: 25)),
                query: .init(kind: "opinion"), canManage: true)
        },
        PageSnapshot("GET /documents/new", "documents-new") {
            DocumentViews.form(
                .init(), editing: nil, units: Mock.tree, meetings: [], plans: [],
                files: [], errors: [FieldError("title", "请填写文件标题")])
        },
        PageSnapshot("GET /documents/:id/edit", "documents-edit") {
            DocumentViews.form(
                .mock, editing: Mock.id(62), units: Mock.tree,
                meetings: [Choice(id: Mock.id(61), label: "2026-02-20 全市统战工作会议")],
                plans: [Choice(id: PlanSummary.mock.id, label: PlanSummary.mock.title)],
                files: [AttachmentInfo(id: Mock.id(64), filename: "实施意见.pdf", size: 204_800)], errors: [])
        },
        PageSnapshot("GET /documents/:id", "documents-show") {
            DocumentViews.show(
                .mock, meeting: Choice(id: Mock.id(61), label: "全市统战工作会议"),
                plan: Choice(id: PlanSummary.mock.id, label: PlanSummary.mock.title),
                files: [AttachmentInfo(id: Mock.id(64), filename: "实施意见.pdf", size: 204_800)], canManage: true)
        },
        PageSnapshot("GET /imports", "imports-index") {
            ImportViews.start(
                recent: [.draft], batches: [.mock], text: "", errors: [FieldError("text", "请粘贴报道全文或上传文件")])
        },
        PageSnapshot("GET /imports/:id", "imports-review") {
            ImportViews.review(
                .draft, draft: .mock, units: Mock.tree, today: CalendarDay(iso: "2026-03-02")!, errors: [])
        },
        PageSnapshot("GET /imports/:id", "imports-confirmed") {
            var record = ImportRecord.draft
            record.result = ReportImportResult(
                meetingId: Mock.id(61), planId: PlanSummary.mock.id, taskIds: [Mock.id(41)], documentIds: [])
            return ImportViews.review(
                record, draft: .mock, units: Mock.tree, today: CalendarDay(iso: "2026-03-02")!, errors: [])
        },
        PageSnapshot("GET /imports/batches/:id", "imports-batch") { ImportBatchViews.show(.mock) },
        PageSnapshot("GET /suggestions", "suggestions-index") {
            SuggestionIndexView.page(
                Page(items: [.mock, .published], total: 2, request: PageRequest(page: 1, per: 25)),
                filter: SuggestionFilter(status: .routed), units: Mock.tree, waitingLabel: nil, canWrite: false,
                canSeeFigures: true)
        },
        PageSnapshot("GET /suggestions/new", "suggestions-new") {
            var values = SuggestionsController.SuggestionForm()
            (values.title, values.category, values.cosignerIds) = (
                "关于优化营商环境的建议", "economy", [Mock.id(133).uuidString.lowercased()]
            )
            return SuggestionViews.form(
                values, members: [Choice(id: Mock.id(133), label: "成员乙（民建示范市委会）")], forOffice: true,
                errors: [FieldError("body", "请填写建言内容")])
        },
        PageSnapshot("GET /suggestions/:id", "suggestions-show-office") { SuggestionViews.show(.office) },
        PageSnapshot("GET /suggestions/:id", "suggestions-show-lead-unit") { SuggestionViews.show(.leadUnit) },
        PageSnapshot("GET /suggestions/:id", "suggestions-show-author") { SuggestionViews.show(.author) },
        PageSnapshot("GET /suggestions/figures", "suggestions-figures") { SuggestionFiguresView.page(.mock) },
        PageSnapshot("GET /public/suggestions", "public-suggestions") {
            PublicSuggestionViews.index(Page(items: [.published], total: 1, request: PageRequest(page: 1, per: 25)))
        },
        PageSnapshot("GET /public/suggestions/:id", "public-suggestion") { PublicSuggestionViews.show(.mock) },
        PageSnapshot("GET /assessments", "assessments-index") {
            AssessmentViews.index([AssessmentMock.scheme(.issued)], canManage: true, thisYear: 2026)
        },
        PageSnapshot("GET /assessments/:id", "assessments-scheme") {
            AssessmentViews.scheme(AssessmentMock.page, units: Mock.tree)
        },
        PageSnapshot("GET /assessments/indicators/:id/edit", "assessments-indicator") {
            AssessmentForms.editIndicator(
                AssessmentMock.indicator(1, manual: true), scheme: AssessmentMock.scheme(.draft), units: Mock.tree)
        },
        PageSnapshot("GET /assessments/cards/:id", "assessments-card") { ScorecardViews.card(AssessmentMock.card) },
        PageSnapshot("GET /assessments/entries/:id/rows", "assessments-rows") {
            ScorecardViews.rows(AssessmentMock.rows)
        },
        PageSnapshot("GET /assessments/:id/ranking", "assessments-ranking") {
            RankingViews.ranking(AssessmentMock.ranking)
        },
        PageSnapshot("GET /assessments/queue", "assessments-queue") {
            RankingViews.queue([
                QueueLine(
                    ScoringQueue.Item(
                        entryID: Mock.id(351), cardID: Mock.id(321), year: 2026, unitName: "市民族宗教局",
                        indicatorName: "理论学习中心组专题学习", appealID: nil))
            ])
        },
    ]
}
