import FluentKit
import SQLKit

/// Files attached to progress reports, stored in the database with the report.
struct CreateReportAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReportAttachment.schema)
            .id()
            .field("report_id", .uuid, .required, .references(ProgressReport.schema, "id"))
            .field("filename", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX report_attachments_report ON report_attachments (report_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportAttachment.schema).delete()
    }
}
