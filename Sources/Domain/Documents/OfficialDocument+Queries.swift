import FluentKit
import Foundation

extension OfficialDocument {
    /// Documents, the latest first; `words` match the title or the number.
    public static func list(
        words: String?, kind: DocumentKind?, for actor: Actor, page: PageRequest,
        on db: any Database
    ) async throws -> Page<OfficialDocument> {
        try DocumentPermissions.require(.read, actor: actor)
        let query = OfficialDocument.query(on: db).containing(words, in: \.$title, \.$number)
        if let kind { query.filter(\.$kind == kind) }
        return try await query.page(page) { $0.sort(\.$day, .descending).sort(\.$createdAt, .descending) }
    }

    /// The document, for an actor who may read documents.
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> OfficialDocument {
        try DocumentPermissions.require(.read, actor: actor)
        return try await OfficialDocument.require(id, on: db)
    }
}
