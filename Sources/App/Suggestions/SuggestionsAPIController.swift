import Domain
import Vapor

/// `/api/v1/suggestions`: the channel (建言直通车) from a member's draft to the signers' rating.
/// Every move goes through ``SuggestionCommands``; a suggestion the caller may not see is 404.
struct SuggestionsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.suggestions), use: list)
        routes.upload(.api(.suggestions), maxSize: UploadLimit.suggestion, use: create)
        routes.get(.api(.suggestion(nil)), use: show)
        routes.get(.api(.suggestionFigures(nil)), use: figures)
        routes.post(.api(.similarSuggestions), use: similar)
        routes.upload(.api(.suggestion(nil)), method: .PUT, maxSize: UploadLimit.suggestion, use: update)
        routes.get(.api(.suggestionFile(nil)), use: SuggestionsController.download)
        routes.delete(.api(.suggestionFile(nil)), use: deleteFile)
        for move in SuggestionMoves.all {
            routes.post(.api(.suggestionMove(nil, move))) { req async throws -> SuggestionDTO in
                try await self.move(move, req)
            }
        }
    }

    @Sendable func list(req: Request) async throws -> ListDTO<SuggestionDTO> {
        let query = try req.query.decode(ListQuery.self)
        let status = try query.status.map { text in
            guard let status = SuggestionStatus(rawValue: text) else { throw DomainError.invalid("status", "没有这个状态") }
            return status
        }
        let category = try query.category.map { text in
            guard let category = SuggestionCategory(rawValue: text) else {
                throw DomainError.invalid("category", "没有这个类别")
            }
            return category
        }
        let order =
            try query.sort.map { text in
                guard let order = SuggestionFilter.Order(rawValue: text) else {
                    throw DomainError.invalid("sort", "只能按 submitted 或 due 排序")
                }
                return order
            } ?? .submitted
        guard query.dir == nil || ["asc", "desc"].contains(query.dir!) else {
            throw DomainError.invalid("dir", "只能是 asc 或 desc")
        }
        let filter = SuggestionFilter(
            status: status, category: category, handlingUnitID: query.unitId,
            overdueOn: query.overdue == true ? req.tongxin.today : nil,
            keyWithoutInstruction: query.uninstructed == true, waitingForReader: query.mine == true, order: order,
            descending: query.dir.map { $0 == "desc" })
        let page = try await Suggestion.visible(
            to: req.actor(), filter, page: PageRequest(page: query.page, per: query.per), on: req.db)
        return ListDTO(
            items: page.items.map { SuggestionDTO($0) }, total: page.total, page: page.request.page,
            per: page.request.per)
    }

    /// Each lead unit's figures for a year (`year`, default this one).
    @Sendable func figures(req: Request) async throws -> SuggestionFiguresDTO {
        let year = try req.query.decode(YearQuery.self).year ?? req.tongxin.today.components.year
        return SuggestionFiguresDTO(try await SuggestionFigures.load(year: year, for: req.actor(), on: req.db))
    }

    /// Earlier suggestions the caller may see that are like the text being written (the duplicate check).
    @Sendable func similar(req: Request) async throws -> [SimilarSuggestionDTO] {
        let body = try req.content.decode(SimilarQueryBody.self)
        let title = body.title ?? ""
        let text = body.body ?? ""
        guard title.count <= SuggestionCommands.maxTitleLength, text.count <= SuggestionCommands.maxBodyLength else {
            throw DomainError.invalid("body", "内容超过建言的长度限制")
        }
        let actor = try req.actor()
        return try await SuggestionIndex.similar(
            title: title, body: text, except: body.exceptId, for: actor, on: req.db
        )
        .map { SimilarSuggestionDTO($0, showScore: SuggestionPermissions.can(.readAll, actor: actor)) }
    }

    @Sendable func create(req: Request) async throws -> Response {
        let body = try req.content.decode(SuggestionBody.self)
        let suggestion = try await commands(req).create(
            body.draft, authorID: body.authorId, attachments: body.uploads(), by: req.actor(),
            on: req.db)
        return try await detail(suggestion.requireID(), req).encodeResponse(status: .created, for: req)
    }

    @Sendable func show(req: Request) async throws -> SuggestionDTO {
        try await detail(req.idParameter(), req)
    }

    @Sendable func update(req: Request) async throws -> SuggestionDTO {
        let id = try req.idParameter()
        _ = try await SuggestionAccess.readable(id, by: req.actor(), on: req.db)  // 404 unless the caller sees it
        let body = try req.content.decode(SuggestionBody.self)
        _ = try await commands(req).update(id, body.draft, attachments: body.uploads(), by: req.actor(), on: req.db)
        return try await detail(id, req)
    }

    /// Removes a file from a draft (its author); 204.
    @Sendable func deleteFile(req: Request) async throws -> HTTPStatus {
        _ = try await commands(req).detach(req.idParameter(), by: req.actor(), on: req.db)
        return .noContent
    }

    private func move(_ move: String, _ req: Request) async throws -> SuggestionDTO {
        let id = try req.idParameter()
        let (suggestion, stillReadable) = try await SuggestionMoves.perform(
            move, on: id, req.content.decode(SuggestionMoveBody.self), req)
        // Out of the caller's sight after its own move (a send-back, a refused co-signature): the
        // outcome as the move left it, without the lists the caller may no longer read.
        return stillReadable ? try await detail(id, req) : SuggestionDTO(suggestion)
    }

    private func detail(_ id: UUID, _ req: Request) async throws -> SuggestionDTO {
        SuggestionDTO(try await SuggestionDetail.load(id, for: req.actor(), on: req.db))
    }

    private func commands(_ req: Request) -> SuggestionCommands {
        SuggestionCommands(clock: req.tongxin.clock)
    }
}
