import Domain
import Fluent
import Vapor

/// Plan pages: the list, a new plan, the plan's responsibility table with its areas,
/// issuing, exports and imports.
struct PlansController {
    func register(_ routes: any RoutesBuilder) {
        routes.recordPages(
            list: .plans, new: .newPlan, record: .plan(nil), .init(index: index, new: new, create: create, show: show))
        routes.post(.issuePlan(nil), use: issue)
        routes.post(.planAreas(nil), use: addArea)
        routes.post(.moveArea(nil), use: moveArea)
        routes.get(.responsibility(nil, .xlsx), use: exportXLSX)
        routes.get(.responsibility(nil, .csv), use: exportCSV)
        routes.get(.responsibilityWord(nil), use: exportWord)
        PlanImportController().register(routes)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        try PlanPermissions.require(.read, actor: actor)
        let plans = try await Plan.newestFirst(on: req.db).map(PlanSummary.init)
        return req.render(PlanIndexView.page(plans, canManage: PlanPermissions.can(.manage, actor: actor)))
    }

    @Sendable func new(req: Request) async throws -> Response {
        try PlanPermissions.require(.manage, actor: req.actor())
        return req.render(
            PlanIndexView.form(PlanForm(title: "", period: String(req.tongxin.today.components.year)), errors: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        try PlanPermissions.require(.manage, actor: req.actor())
        let values = try req.content.decode(PlanForm.self)
        return try await req.saveForm {
            let plan = try await req.tongxin.plans.create(
                NewPlan(title: values.title ?? "", period: values.period ?? ""),
                by: req.actor(), on: req.db)
            return (.plan(plan.id), "已新建工作计划“\(plan.title)”")
        } reshow: { errors, status in
            req.render(PlanIndexView.form(values, errors: errors), status: status)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        req.render(ResponsibilityView.page(try await .query(req.idParameter(), for: req.actor(), on: req.db)))
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let plan = try await req.tongxin.plans.issue(req.idParameter(), by: req.actor(), on: req.db)
        return req.redirect(to: .plan(plan.id), flash: "已印发“\(plan.title)”")
    }

    @Sendable func addArea(req: Request) async throws -> Response {
        let planID = try req.idParameter()
        let form = try req.content.decode(AreaForm.self)
        return try await req.runForm(back: { .plan(planID) }) {
            let area = try await req.tongxin.plans.addArea(
                to: planID, title: form.title ?? "", by: req.actor(), on: req.db)
            return (.plan(planID), "已添加方面“\(area.title)”")
        }
    }

    @Sendable func moveArea(req: Request) async throws -> Response {
        let form = try req.content.decode(MoveForm.self)
        let id = try req.idParameter()
        try await req.tongxin.plans.moveArea(id, up: form.up, by: req.actor(), on: req.db)
        guard let area = try await PlanArea.find(id, on: req.db) else { throw Abort(.notFound) }
        return req.redirect(to: .plan(area.$plan.id))
    }

    @Sendable func exportXLSX(req: Request) async throws -> Response {
        try XLSXExport.response(ResponsibilityView.spreadsheet(try await Self.table(req)))
    }

    @Sendable func exportCSV(req: Request) async throws -> Response {
        ResponsibilityView.spreadsheet(try await Self.table(req)).csv.response()
    }

    @Sendable func exportWord(req: Request) async throws -> Response {
        let table = try await Self.table(req)
        return try .word(
            ResponsibilityView.word(table), filename: "\(table.plan.title)责任分工方案.docx", fallback: "responsibility.docx")
    }

    /// The table as exports show it (the meeting it comes from is not among its columns).
    static func table(_ req: Request) async throws -> ResponsibilityView.Model {
        let table = try await ResponsibilityTable.load(req.idParameter(), for: req.actor(), on: req.db)
        return ResponsibilityView.Model(table, source: nil, canManage: false)
    }
}
