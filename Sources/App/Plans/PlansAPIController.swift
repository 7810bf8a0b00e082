import Domain
import Fluent
import Vapor

/// `/api/v1` for plans: the same commands and checks as the pages.
struct PlansAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.plans), use: plans)
        routes.post(.api(.plans), use: createPlan)
        routes.get(.api(.plan(nil)), use: plan)
        routes.get(.api(.responsibility(nil, .xlsx)), use: responsibility)
        routes.get(.api(.responsibilityWord(nil)), use: PlansController().exportWord)
    }

    @Sendable func plans(req: Request) async throws -> ListDTO<PlanDTO> {
        try PlanPermissions.require(.read, actor: req.actor())
        let plans = try await Plan.newestFirst(on: req.db)
        return ListDTO(items: plans.map(PlanDTO.init), total: plans.count)
    }

    @Sendable func createPlan(req: Request) async throws -> Response {
        try PlanPermissions.require(.manage, actor: req.actor())
        let body = try req.content.decode(CreatePlanBody.self)
        let plan = try await req.tongxin.plans.create(
            NewPlan(title: body.title, period: body.period), by: req.actor(), on: req.db)
        return try await PlanDTO(plan).encodeResponse(status: .created, for: req)
    }

    @Sendable func plan(req: Request) async throws -> PlanDTO {
        try PlanPermissions.require(.read, actor: req.actor())
        return PlanDTO(try await Plan.require(req.idParameter(), on: req.db))
    }

    @Sendable func responsibility(req: Request) async throws -> Response {
        try XLSXExport.response(ResponsibilityView.spreadsheet(try await PlansController.table(req)))
    }
}
