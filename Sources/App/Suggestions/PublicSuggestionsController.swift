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

    /// At most this many a page: the public list is open to anyone.
    static let maxPerPage = 50

    @Sendable func index(req: Request) async throws -> Response {
        let query = try req.query.decode(ListQuery.self)
        let page = try await Suggestion.published(page: PageRequest(page: query.page, defaultPer: 25), on: req.db)
        let names = try await OrgUnit.names(on: req.db)
        return req.render(
            PublicSuggestionViews.index(page.map { SuggestionLine($0, senderName: names[$0.$unit.id] ?? "") }))
    }

    @Sendable func show(req: Request) async throws -> Response {
        req.render(PublicSuggestionViews.show(try await one(req: req)))
    }

    @Sendable func list(req: Request) async throws -> ListDTO<PublicSuggestionDTO> {
        let query = try req.query.decode(ListQuery.self)
        let page = try await Suggestion.published(
            page: PageRequest(page: query.page, per: query.per, defaultPer: 25, maxPer: Self.maxPerPage),
            on: req.db)
        return ListDTO(
            items: try await dtos(page.items, req), total: page.total, page: page.request.page, per: page.request.per)
    }

    @Sendable func one(req: Request) async throws -> PublicSuggestionDTO {
        try await dtos([Suggestion.published(req.idParameter(), on: req.db)], req)[0]
    }

    /// The suggestions as the public sees them, with unit names looked up once for all.
    private func dtos(_ suggestions: [Suggestion], _ req: Request) async throws -> [PublicSuggestionDTO] {
        let names = try await OrgUnit.names(on: req.db)
        let leads = try await Suggestion.leadUnits(of: suggestions.compactMap(\.id), on: req.db)
        return suggestions.map { suggestion in
            PublicSuggestionDTO(
                id: suggestion.id!, number: suggestion.number, title: suggestion.title, body: suggestion.body,
                category: suggestion.category, categoryLabel: suggestion.category.label,
                unitName: names[suggestion.$unit.id] ?? "", leadUnitName: leads[suggestion.id!].flatMap { names[$0] },
                answer: suggestion.answer, answerClass: suggestion.answerClass, adopted: suggestion.adopted,
                publishedAt: suggestion.publishedAt)
        }
    }
}
