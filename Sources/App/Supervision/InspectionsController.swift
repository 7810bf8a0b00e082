import Domain
import Fluent
import Vapor

/// Inspections (督查) and the rectification ledger (整改台账): recording an inspection with
/// its problem list, the ledger with its export, and each item's submit / sign-off / return.
struct InspectionsController {
    func register(_ routes: any RoutesBuilder) {
        routes.recordPages(
            list: .inspections, new: .newInspection, record: .inspection(nil),
            .init(index: index, new: new, create: create, show: show))
        routes.get(.ledger, use: ledger)
        routes.post(.submitRectification(nil), use: submit)
        routes.post(.signOffRectification(nil), use: signOff)
        routes.post(.returnRectification(nil), use: sendBack)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        try PlanPermissions.require(.read, actor: actor)
        let inspections = try await Inspection.query(on: req.db).sort(\.$day, .descending).range(..<500).all()
            .map(InspectionSummary.init)
        let format = req.query[String.self, at: "format"]
        if let spreadsheet = format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            return try InspectionViews.spreadsheet(inspections).response(spreadsheet)
        }
        return req.render(
            ListPrint.marked(
                InspectionViews.index(inspections, canRecord: SupervisionPermissions.can(.supervise, actor: actor)),
                format: format))
    }

    @Sendable func new(req: Request) async throws -> Response {
        try SupervisionPermissions.require(.supervise, actor: req.actor())
        return req.render(InspectionViews.form(InspectionForm(), units: try await OrgUnit.tree(on: req.db), errors: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        try SupervisionPermissions.require(.supervise, actor: req.actor())
        let values = try req.content.decode(InspectionForm.self)
        do {
            let inspection = try await RectificationCommands(clock: req.tongxin.clock).recordInspection(
                title: values.title ?? "", day: values.day ?? "", inspectors: values.inspectors ?? "",
                summary: values.summary ?? "",
                problems: values.problems, by: req.actor(), on: req.db)
            return req.redirect(to: .inspection(inspection.id), flash: "已记录督查“\(inspection.title)”")
        } catch let error as DomainError {
            return req.render(
                InspectionViews.form(values, units: try await OrgUnit.tree(on: req.db), errors: fieldErrors(error)),
                status: status(error))
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        let inspection = try await Inspection.require(req.idParameter(), on: req.db)
        let ledger = try await RectificationLedger.load(for: actor, inspectionID: inspection.id, on: req.db)
        return req.render(
            InspectionViews.show(
                InspectionSummary(inspection),
                lines: RectificationLine.lines(ledger, for: actor, today: req.tongxin.today)))
    }

    @Sendable func ledger(req: Request) async throws -> Response {
        let actor = try req.actor()
        let status = req.query[String.self, at: "status"].flatMap(RectificationStatus.init(rawValue:))
        let ledger = try await RectificationLedger.load(for: actor, status: status, on: req.db)
        let lines = RectificationLine.lines(ledger, for: actor, today: req.tongxin.today)
        if let format = req.query[String.self, at: "format"].flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            return try InspectionViews.spreadsheet(lines).response(format)
        }
        return req.render(InspectionViews.ledger(lines, status: status))
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let form = try req.content.decode(ItemForm.self)
        return try await changing(req, success: "整改情况已报送") { id in
            try await RectificationCommands(clock: req.tongxin.clock).submit(
                id, measures: form.measures ?? "", evidence: form.evidence ?? "",
                by: req.actor(), on: req.db)
        }
    }

    @Sendable func signOff(req: Request) async throws -> Response {
        try await changing(req, success: "已销号") { id in
            try await RectificationCommands(clock: req.tongxin.clock).signOff(id, by: req.actor(), on: req.db)
        }
    }

    @Sendable func sendBack(req: Request) async throws -> Response {
        let form = try req.content.decode(ItemForm.self)
        return try await changing(req, success: "已退回整改") { id in
            try await RectificationCommands(clock: req.tongxin.clock).sendBack(
                id, comment: form.comment ?? "", by: req.actor(), on: req.db)
        }
    }

    /// Runs an item command and returns to its inspection; a validation problem is shown there.
    private func changing(
        _ req: Request, success: String,
        _ command: (UUID) async throws -> RectificationItem
    ) async throws -> Response {
        let id = try req.idParameter()
        return try await req.runForm(back: {
            .inspection(try await RectificationItem.require(id, on: req.db).$inspection.id)
        }) {
            (.inspection(try await command(id).$inspection.id), success)
        }
    }
}
