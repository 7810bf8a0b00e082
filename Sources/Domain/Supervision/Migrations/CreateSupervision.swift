import FluentKit
import SQLKit

/// Supervision notices, inspections and rectification items.
struct CreateSupervision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SupervisionNotice.schema)
            .id()
            .field("number", .string, .required)
            .field("year", .int, .required)
            .field("sequence", .int, .required)
            .field("task_id", .uuid, .references(WorkTask.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("reason", .string, .required)
            .field("required_action", .string, .required)
            .field("reply_due", .string, .required)
            .field("status", .string, .required)
            .field("answer", .string, .required)
            .field("review_comment", .string, .required)
            .field("issued_by", .string, .required)
            .field("answered_at", .datetime)
            .field("closed_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "year", "sequence")
            .create()
        try await database.schema(Inspection.schema)
            .id()
            .field("title", .string, .required)
            .field("day", .string, .required)
            .field("inspectors", .string, .required)
            .field("summary", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(RectificationItem.schema)
            .id()
            .field("inspection_id", .uuid, .required, .references(Inspection.schema, "id"))
            .field("position", .int, .required)
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("problem", .string, .required)
            .field("deadline", .string, .required)
            .field("measures", .string, .required)
            .field("evidence", .string, .required)
            .field("status", .string, .required)
            .field("review_comment", .string, .required)
            .field("signed_off_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX supervision_notices_unit ON supervision_notices (unit_id, status)").run()
        try await sql.raw("CREATE INDEX rectification_items_unit ON rectification_items (unit_id, status)").run()
        try await sql.raw(
            "CREATE INDEX rectification_items_inspection ON rectification_items (inspection_id, position)"
        ).run()
    }

    func revert(on database: any Database) async throws {
        for schema in [RectificationItem.schema, Inspection.schema, SupervisionNotice.schema] {
            try await database.schema(schema).delete()
        }
    }
}
