import Domain
import Fluent
import Vapor

/// `/api/v1` for documents and their files: the same commands and checks as the pages.
struct DocumentsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.documents), use: documents)
        routes.upload(.api(.documents), maxSize: UploadLimit.document, use: createDocument)
        routes.get(.api(.document(nil)), use: document)
        routes.upload(.api(.document(nil)), method: .PUT, maxSize: UploadLimit.document, use: updateDocument)
        routes.delete(.api(.document(nil)), use: deleteDocument)
        routes.get(.api(.documentFile(nil)), use: DocumentsController.download)
        routes.delete(.api(.documentFile(nil)), use: deleteDocumentFile)
    }

    @Sendable func documents(req: Request) async throws -> ListDTO<DocumentDTO> {
        let query = try req.query.decode(SearchQuery.self)
        let page = try await OfficialDocument.list(
            words: query.q, kind: query.kind.flatMap(DocumentKind.init(rawValue:)),
            for: req.actor(), page: PageRequest(page: query.page, per: query.per), on: req.db)
        return ListDTO(
            items: page.items.map { DocumentDTO($0) }, total: page.total, page: page.request.page, per: page.request.per
        )
    }

    @Sendable func createDocument(req: Request) async throws -> Response {
        let body = try req.content.decode(DocumentBody.self)
        let document = try await req.tongxin.documents.create(
            body.input, attachments: body.uploads(), by: req.actor(), on: req.db)
        return try await Self.documentDTO(document, on: req.db).encodeResponse(status: .created, for: req)
    }

    @Sendable func document(req: Request) async throws -> DocumentDTO {
        try await Self.documentDTO(OfficialDocument.load(req.idParameter(), for: req.actor(), on: req.db), on: req.db)
    }

    /// Replaces the document's fields; `attachments` are added to its files.
    @Sendable func updateDocument(req: Request) async throws -> DocumentDTO {
        let body = try req.content.decode(DocumentBody.self)
        return try await Self.documentDTO(
            req.tongxin.documents.update(
                req.idParameter(), body.input, attachments: body.uploads(),
                by: req.actor(), on: req.db), on: req.db)
    }

    @Sendable func deleteDocumentFile(req: Request) async throws -> HTTPStatus {
        _ = try await req.tongxin.documents.deleteAttachment(req.idParameter(), by: req.actor(), on: req.db)
        return .noContent
    }

    @Sendable func deleteDocument(req: Request) async throws -> HTTPStatus {
        try await req.tongxin.documents.delete(req.idParameter(), by: req.actor(), on: req.db)
        return .noContent
    }

    private static func documentDTO(_ document: OfficialDocument, on db: any Database) async throws -> DocumentDTO {
        DocumentDTO(document, files: try await DocumentAttachment.infos(of: document.requireID(), on: db))
    }
}
