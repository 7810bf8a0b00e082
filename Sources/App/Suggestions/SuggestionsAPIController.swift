import Domain
import Vapor

/// `/api/v1/suggestions`: the channel (建言直通车) from a member's draft to the signers' rating.
/// Every move goes through ``SuggestionCommands``; a suggestion the caller may not see is 404.
struct SuggestionsAPIController {
    /// The moves, by the last segment of their path.
    static let moves = ["submit", "cosign", "accept", "decline", "merge", "route", "return", "countersign", "answer", "review", "rate"]

    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.suggestions), use: list)
        routes.post(.api(.suggestions), use: create)
        routes.get(.api(.suggestion(nil)), use: show)
        routes.put(.api(.suggestion(nil)), use: update)
        for move in Self.moves {
            routes.post(.api(.suggestionMove(nil, move))) { req async throws -> SuggestionDTO in try await self.move(move, req) }
        }
    }

    struct ListQuery: Content {
        var status: String?
        var page: Int?
        var per: Int?
    }

    @Sendable func list(req: Request) async throws -> ListDTO<SuggestionDTO> {
        let query = try req.query.decode(ListQuery.self)
        let status = try query.status.map { text in
            guard let status = SuggestionStatus(rawValue: text) else { throw DomainError.invalid("status", "没有这个状态") }
            return status
        }
        let page = try await Suggestion.visible(to: req.actor(), status: status, page: PageRequest(page: query.page, per: query.per),
                                                on: req.db)
        return ListDTO(items: page.items.map { SuggestionDTO($0) }, total: page.total, page: page.request.page, per: page.request.per)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let body = try req.content.decode(SuggestionBody.self)
        let suggestion = try await commands(req).create(body.draft, authorID: body.authorId, by: req.actor(), on: req.db)
        return try await detail(suggestion.requireID(), req).encodeResponse(status: .created, for: req)
    }

    @Sendable func show(req: Request) async throws -> SuggestionDTO {
        try await detail(req.idParameter(), req)
    }

    @Sendable func update(req: Request) async throws -> SuggestionDTO {
        let id = try req.idParameter()
        try await requireVisible(id, req)
        _ = try await commands(req).update(id, req.content.decode(SuggestionBody.self).draft, by: req.actor(), on: req.db)
        return try await detail(id, req)
    }

    private func move(_ move: String, _ req: Request) async throws -> SuggestionDTO {
        let id = try req.idParameter()
        try await requireVisible(id, req)
        let body = try req.content.decode(SuggestionMoveBody.self)
        let commands = commands(req), actor = try req.actor(), db = req.db
        switch move {
        case "submit": _ = try await commands.submit(id, cosigners: body.cosignerIds ?? [], by: actor, on: db)
        case "cosign": _ = try await commands.cosign(id, confirm: body.confirm ?? true, by: actor, on: db)
        case "accept": _ = try await commands.accept(id, isKey: body.isKey ?? false, by: actor, on: db)
        case "decline": _ = try await commands.decline(id, reason: body.reason ?? "", by: actor, on: db)
        case "merge":
            guard let into = body.intoId else { throw DomainError.invalid("intoId", "请选择并入的建言") }
            _ = try await commands.merge(id, into: into, by: actor, on: db)
        case "route":
            guard let lead = body.leadUnitId else { throw DomainError.invalid("leadUnitId", "请选择主办单位") }
            _ = try await commands.route(id, lead: lead, coUnits: body.coUnitIds ?? [], due: body.answerDue ?? "", by: actor, on: db)
        case "return": _ = try await commands.sendBack(id, reason: body.reason ?? "", by: actor, on: db)
        case "countersign": _ = try await commands.countersign(id, part: body.part ?? "", by: actor, on: db)
        case "answer": _ = try await commands.answer(id, text: body.text ?? "", answerClass: body.answerClass ?? "", by: actor, on: db)
        case "review": _ = try await commands.review(id, send: body.send ?? false, comment: body.comment ?? "", by: actor, on: db)
        case "rate": _ = try await commands.rate(id, body.rating ?? "", comment: body.comment ?? "", by: actor, on: db)
        default: throw Abort(.notFound)
        }
        return try await detail(id, req)
    }

    /// 404 unless the caller may see the suggestion, before any move is tried.
    private func requireVisible(_ id: UUID, _ req: Request) async throws {
        _ = try await SuggestionDetail.load(id, for: req.actor(), on: req.db)
    }

    private func detail(_ id: UUID, _ req: Request) async throws -> SuggestionDTO {
        SuggestionDTO(try await SuggestionDetail.load(id, for: req.actor(), on: req.db))
    }

    private func commands(_ req: Request) -> SuggestionCommands {
        SuggestionCommands(clock: req.tongxin.clock)
    }
}
