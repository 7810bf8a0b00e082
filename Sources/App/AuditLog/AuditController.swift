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
            return try AuditView.spreadsheet(all.items.map(AuditView.Entry.init)).response(format)
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

/// Filters for the audit log; `from` and `to` are days (`2026-11-21`), both inclusive.
struct AuditQuery: Content {
    var actor: String?
    var action: String?
    var subjectType: String?
    var subjectId: String?
    var from: String?
    var to: String?
    var page: Int?
    var per: Int?
    /// `xlsx` or `csv` exports the filtered entries (HTML page only).
    var format: String?

    /// The filter, or 400 when a date is not `YYYY-MM-DD`.
    func filter() throws -> AuditFilter {
        func day(_ text: String?) throws -> Date? {
            guard let text, !text.isEmpty else { return nil }
            guard let date = Formats.day.date(from: text) else { throw PublicError(.badRequest, "日期格式应为 2026-01-31") }
            return date
        }
        return AuditFilter(
            actorName: actor, action: action, subjectType: subjectType, subjectID: subjectId,
            from: try day(from), to: try day(to).map { $0.addingTimeInterval(86_400) })
    }

    var queryItems: [(String, String)] {
        [
            ("actor", actor), ("action", action), ("subjectType", subjectType), ("subjectId", subjectId),
            ("from", from), ("to", to),
        ].compactMap { key, value in value.flatMap { $0.isEmpty ? nil : (key, $0) } }
    }
}

/// An audit entry as the API shows it.
struct AuditEntryDTO: Content {
    let id: UUID
    let at: Date
    let actorId: UUID?
    let actorName: String
    let action: String
    let subjectType: String
    let subjectId: String
    let subjectLabel: String
    let changes: [String: AuditChange]

    init(_ entry: AuditEntry) {
        id = entry.id!
        at = entry.at
        actorId = entry.actorID
        actorName = entry.actorName
        action = entry.action
        subjectType = entry.subjectType
        subjectId = entry.subjectID
        subjectLabel = entry.subjectLabel
        changes = entry.changes
    }
}
