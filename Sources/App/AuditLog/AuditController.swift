import Domain
import Vapor

/// The audit log: a filterable page and `GET /api/v1/audit`. There is no route that changes it.
struct AuditController {
    func register(html: any RoutesBuilder, api: any RoutesBuilder) {
        html.get(.audit, use: index)
        api.get(.api(.audit), use: apiIndex)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try AuditPermissions.require(.read, actor: req.actor())
        let query = try req.query.decode(AuditQuery.self)
        if let format = query.format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            let all = try await AuditEntry.list(try query.filter(), page: .export, on: req.db)
            return try AuditView.spreadsheet(try await AuditView.Entry.load(all.items, on: req.db)).response(format)
        }
        let model = try await AuditView.Model.query(
            query, page: ListPrint.pageRequest(format: query.format, page: query.page),
            on: req.db)
        return req.render(ListPrint.marked(AuditView.page(model), format: query.format))
    }

    @Sendable func apiIndex(req: Request) async throws -> ListDTO<AuditEntryDTO> {
        try AuditPermissions.require(.read, actor: req.actor())
        let query = try req.query.decode(AuditQuery.self)
        let page = try await AuditEntry.list(
            try query.filter(), page: PageRequest(page: query.page, per: query.per), on: req.db)
        return ListDTO(page, transform: AuditEntryDTO.init)
    }
}
