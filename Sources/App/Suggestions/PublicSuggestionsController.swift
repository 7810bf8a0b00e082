import Domain
import Vapor

/// The public page of published suggestions with their answers (no sign-in), as a page and
/// in the API. Only suggestions the office published with the author's consent appear, and
/// no person's name: the sending organisation, the handling unit, the text and the answer.
struct PublicSuggestionsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.publicSuggestions, use: index)
        routes.get(.publicSuggestion(nil), use: show)
        routes.get(.api(.publicSuggestions), use: list)
        routes.get(.api(.publicSuggestion(nil)), use: one)
    }

    struct ListQuery: Content {
        var page: Int?
        var per: Int?
    }

    @Sendable func index(req: Request) async throws -> Response {
        let query = try req.query.decode(ListQuery.self)
        let page = try await Suggestion.published(page: PageRequest(page: query.page, defaultPer: 25), on: req.db)
        return req.render(PublicSuggestionViews.index(page, unitNames: try await OrgUnit.names(on: req.db)))
    }

    @Sendable func show(req: Request) async throws -> Response {
        req.render(PublicSuggestionViews.show(try await dto(req.idParameter(), req)))
    }

    @Sendable func list(req: Request) async throws -> ListDTO<PublicSuggestionDTO> {
        let query = try req.query.decode(ListQuery.self)
        let page = try await Suggestion.published(page: PageRequest(page: query.page, per: query.per), on: req.db)
        var items: [PublicSuggestionDTO] = []
        for suggestion in page.items { items.append(try await dto(suggestion, req)) }
        return ListDTO(items: items, total: page.total, page: page.request.page, per: page.request.per)
    }

    @Sendable func one(req: Request) async throws -> PublicSuggestionDTO {
        try await dto(req.idParameter(), req)
    }

    private func dto(_ id: UUID, _ req: Request) async throws -> PublicSuggestionDTO {
        try await dto(Suggestion.published(id, on: req.db), req)
    }

    private func dto(_ suggestion: Suggestion, _ req: Request) async throws -> PublicSuggestionDTO {
        PublicSuggestionDTO(id: suggestion.id!, number: suggestion.number, title: suggestion.title, body: suggestion.body,
                            category: suggestion.category, categoryLabel: suggestion.category.label,
                            unitName: try await OrgUnit.names(on: req.db)[suggestion.$unit.id] ?? "",
                            leadUnitName: try await suggestion.leadUnitName(on: req.db), answer: suggestion.answer,
                            answerClass: suggestion.answerClass, adopted: suggestion.adopted, publishedAt: suggestion.publishedAt)
    }
}
