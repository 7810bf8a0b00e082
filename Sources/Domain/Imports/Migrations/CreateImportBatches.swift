import FluentKit
import Foundation

/// The batches table.
struct CreateImportBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImportBatch.schema)
            .id()
            .field("status", .string, .required)
            .field("drafts_only", .bool, .required)
            .field("total", .int, .required)
            .field("files", .string, .required)
            .field("results", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("finished_at", .datetime)
            .field("progressed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportBatch.schema).delete()
    }
}
