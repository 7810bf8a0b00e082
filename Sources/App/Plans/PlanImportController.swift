import Domain
import Fluent
import Vapor

/// Importing a responsibility table (.xlsx or .csv) into a plan: upload, then either every
/// row is valid and all are created, or the bad rows are listed and the user may import
/// the good ones only.
struct PlanImportController {
    /// Largest file accepted, in bytes.
    static let maxFileSize = 900 * 1024

    func register(_ routes: any RoutesBuilder) {
        routes.get(.importTasks(nil), use: form)
        routes.post(.importTasks(nil), use: upload)
    }

    @Sendable func form(req: Request) async throws -> Response {
        try PlanPermissions.require(.manage, actor: req.actor())
        let plan = try await Plan.require(req.idParameter(), on: req.db)
        return req.render(PlanImportView.page(PlanSummary(plan), problems: []))
    }

    @Sendable func upload(req: Request) async throws -> Response {
        try PlanPermissions.require(.manage, actor: req.actor())
        let plan = try await Plan.require(req.idParameter(), on: req.db)
        let upload = try req.content.decode(Upload.self)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            return req.render(
                PlanImportView.page(PlanSummary(plan), problems: ["请选择要导入的 .xlsx 或 .csv 文件"]),
                status: .unprocessableEntity)
        }
        guard file.data.readableBytes <= Self.maxFileSize else {
            return req.render(
                PlanImportView.page(PlanSummary(plan), problems: ["文件太大，请不要超过 900 KB"]), status: .payloadTooLarge)
        }
        do {
            let outcome = try await TaskImport.run(
                Array(buffer: file.data), into: plan, skippingBadRows: upload.skipBadRows == "1",
                by: req.actor(), on: req.db, services: req.tongxin)
            var message = "已导入 \(outcome.tasksCreated) 项任务"
            if outcome.areasCreated > 0 { message += "、\(outcome.areasCreated) 个方面" }
            if !outcome.skipped.isEmpty { message += "；跳过 \(outcome.skipped.count) 行有问题的数据" }
            return req.redirect(to: .plan(plan.id), flash: message)
        } catch DomainError.invalid(let errors) {
            return req.render(
                PlanImportView.page(PlanSummary(plan), problems: errors.map(\.message), offerSkip: true),
                status: .unprocessableEntity)
        }
    }
}

/// Reading a file and importing it, shared by the page and the API.
enum TaskImport {
    static func run(
        _ bytes: [UInt8], into plan: Plan, skippingBadRows: Bool, by actor: Actor, on db: any Database,
        services: AppServices
    ) async throws -> ImportOutcome {
        let rows: [[String]]
        do {
            rows = try SpreadsheetReader.rows(bytes)
        } catch let failure as SpreadsheetReader.Failure {
            throw DomainError.invalid("file", failure.description)
        }
        let units = try await OrgUnit.query(on: db).all()
        let parsed = ResponsibilityImport.parse(rows, units: units)
        return try await services.tasks.importTable(
            parsed, into: plan.requireID(), skippingBadRows: skippingBadRows, by: actor, on: db)
    }
}
