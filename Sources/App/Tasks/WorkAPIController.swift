import Domain
import Fluent
import Vapor

/// `/api/v1` for plans, tasks and progress reports: the same commands and checks as the pages.
struct WorkAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.plans), use: plans)
        routes.post(.api(.plans), use: createPlan)
        routes.get(.api(.plan(nil)), use: plan)
        routes.get(.api(.responsibility(nil, .xlsx)), use: responsibility)
        routes.get(.api(.tasks), use: tasks)
        routes.post(.api(.tasks), use: createTask)
        routes.get(.api(.task(nil)), use: task)
        routes.get(.api(.taskReports(nil)), use: reports)
        routes.upload(.api(.taskReports(nil)), maxSize: UploadLimit.report, use: submitReport)
        routes.get(.api(.attachment(nil)), use: ReportsController.download)
        routes.post(.api(.acceptReport(nil)), use: accept)
        routes.post(.api(.returnReport(nil)), use: sendBack)
        routes.post(.api(.coUnitSignOff(nil)), use: signOffCoUnit)
    }

    struct CoUnitBody: Content {
        let unitId: UUID
    }

    @Sendable func signOffCoUnit(req: Request) async throws -> TaskDTO {
        let id = try req.idParameter()
        let body = try req.content.decode(CoUnitBody.self)
        try await req.tongxin.tasks.signOffCoUnit(id, unitID: body.unitId, by: req.actor(), on: req.db)
        return TaskDTO(try await TaskDetail.load(id, for: req.actor(), on: req.db))
    }

    @Sendable func plans(req: Request) async throws -> ListDTO<PlanDTO> {
        try PlanPermissions.require(.read, actor: req.actor())
        let plans = try await Plan.newestFirst(on: req.db)
        return ListDTO(items: plans.map(PlanDTO.init), total: plans.count)
    }

    @Sendable func createPlan(req: Request) async throws -> Response {
        try TaskPermissions.require(.manage, actor: req.actor())
        let body = try req.content.decode(CreatePlanBody.self)
        let plan = try await req.tongxin.plans.create(NewPlan(title: body.title, period: body.period), by: req.actor(), on: req.db)
        return try await PlanDTO(plan).encodeResponse(status: .created, for: req)
    }

    @Sendable func plan(req: Request) async throws -> PlanDTO {
        try PlanPermissions.require(.read, actor: req.actor())
        return PlanDTO(try await Plan.require(req.idParameter(), on: req.db))
    }

    @Sendable func responsibility(req: Request) async throws -> Response {
        try XLSXExport.response(ResponsibilityView.spreadsheet(try await PlansController.table(req)))
    }

    @Sendable func tasks(req: Request) async throws -> ListDTO<TaskDTO> {
        let query = try req.query.decode(TaskListQuery.self)
        let page = try await WorkTask.list(query.filter(overdueOnly: req.query[Bool.self, at: "overdue"] == true), for: req.actor(),
                                           today: req.tongxin.today, page: PageRequest(page: query.page, per: query.per, defaultPer: 25),
                                           on: req.db)
        return ListDTO(page) { row in
            TaskDTO(row.task, leadUnitName: row.leadUnitName,
                    coUnits: row.coUnits.map { TaskDTO.CoUnit(unitId: $0.unitID, name: $0.name, part: $0.part) })
        }
    }

    @Sendable func createTask(req: Request) async throws -> Response {
        try TaskPermissions.require(.manage, actor: req.actor())
        let body = try req.content.decode(CreateTaskBody.self)
        let task = try await req.tongxin.tasks.create(body.draft, by: req.actor(), on: req.db)
        let detail = try await TaskDetail.load(task.requireID(), for: req.actor(), on: req.db)
        return try await TaskDTO(detail).encodeResponse(status: .created, for: req)
    }

    @Sendable func task(req: Request) async throws -> TaskDTO {
        TaskDTO(try await TaskDetail.load(req.idParameter(), for: req.actor(), on: req.db))
    }

    @Sendable func reports(req: Request) async throws -> ListDTO<ReportDTO> {
        let detail = try await TaskDetail.load(req.idParameter(), for: req.actor(), on: req.db)
        return ListDTO(items: detail.reports.map { ReportDTO($0.report, attachments: $0.attachments) }, total: detail.reports.count)
    }

    @Sendable func submitReport(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateReportBody.self)
        let report = try await req.tongxin.reports.submit(
            on: req.idParameter(),
            ReportDraft(text: body.text, progress: body.progress, problems: body.problems ?? "", nextSteps: body.nextSteps ?? ""),
            attachments: body.uploads(), revising: body.reportId, by: req.actor(), on: req.db)
        return try await ReportDTO(report).encodeResponse(status: .created, for: req)
    }

    @Sendable func accept(req: Request) async throws -> ReportDTO {
        ReportDTO(try await req.tongxin.reports.accept(req.idParameter(), by: req.actor(), on: req.db))
    }

    @Sendable func sendBack(req: Request) async throws -> ReportDTO {
        let body = try req.content.decode(ReturnReportBody.self)
        return ReportDTO(try await req.tongxin.reports.sendBack(req.idParameter(), comment: body.comment, by: req.actor(), on: req.db))
    }
}
