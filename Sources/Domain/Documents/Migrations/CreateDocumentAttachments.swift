import FluentKit
import Foundation

/// The attachments table.
struct CreateDocumentAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DocumentAttachment.schema)
            .id()
            .field("document_id", .uuid, .required, .references(OfficialDocument.schema, "id"))
            .field("filename", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DocumentAttachment.schema).delete()
    }
}
