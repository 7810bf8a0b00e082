import FluentKit
import Foundation

extension OfficialDocument {
    /// Documents, the latest first; `words` match the title or the number.
    public static func list(
        words: String?, kind: DocumentKind?, for actor: Actor, page: PageRequest,
        on db: any Database
    ) async throws -> Page<OfficialDocument> {
        try DocumentPermissions.require(.read, actor: actor)
        let query = OfficialDocument.query(on: db)
        if let kind { query.filter(\.$kind == kind) }
        if let words = words?.trimmingCharacters(in: .whitespaces), !words.isEmpty {
            query.group(.or) {
                $0.filter(\.$title, .custom("LIKE"), containsPattern(words)).filter(
                    \.$number, .custom("LIKE"), containsPattern(words))
            }
        }
        let total = try await query.count()
        let items = try await query.sort(\.$day, .descending).sort(\.$createdAt, .descending)
            .range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }

    /// The document, for an actor who may read documents.
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> OfficialDocument {
        try DocumentPermissions.require(.read, actor: actor)
        return try await OfficialDocument.require(id, on: db)
    }
}
