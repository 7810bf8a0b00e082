import FluentKit
import SQLKit

/// Meetings with their participants, documents, report imports, and the plan's source meeting.
struct CreateMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Meeting.schema)
            .id()
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("day", .string, .required)
            .field("time", .string, .required)
            .field("place", .string, .required)
            .field("host_unit_id", .uuid, .references(OrgUnit.schema, "id"))
            .field("chair", .string, .required)
            .field("agenda", .string, .required)
            .field("minutes", .string, .required)
            .field("decisions", .string, .required)
            .field("import_id", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One meeting per import: a second confirmation, even a concurrent one, adds nothing.
            .unique(on: "import_id")
            .create()
        try await database.schema(MeetingParticipant.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id"))
            .field("name", .string, .required)
            .field("position", .string, .required)
            .field("roles", .string, .required)
            .field("unit_id", .uuid, .references(OrgUnit.schema, "id"))
            .field("sort_order", .int, .required)
            .create()
        try await database.schema(OfficialDocument.schema)
            .id()
            .field("title", .string, .required)
            .field("number", .string, .required)
            .field("kind", .string, .required)
            .field("issuing_unit_id", .uuid, .references(OrgUnit.schema, "id"))
            .field("day", .string, .required)
            .field("body", .string, .required)
            .field("meeting_id", .uuid, .references(Meeting.schema, "id"))
            .field("plan_id", .uuid, .references(Plan.schema, "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(ReportImport.schema)
            .id()
            .field("status", .string, .required)
            .field("source_name", .string, .required)
            .field("content_hash", .string, .required)
            .field("text", .string, .required)
            .field("draft", .string, .required)
            .field("result", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("confirmed_at", .datetime)
            .unique(on: "content_hash")
            .create()
        // SQLite cannot add a column with a foreign key to an existing table; the command
        // that sets it checks the meeting exists.
        try await database.schema(Plan.schema).field("source_meeting_id", .uuid).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX meeting_participants_meeting ON meeting_participants (meeting_id, sort_order)")
            .run()
        try await sql.raw("CREATE INDEX meetings_day ON meetings (day)").run()
        try await sql.raw("CREATE INDEX documents_meeting ON documents (meeting_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Plan.schema).deleteField("source_meeting_id").update()
        for schema in [ReportImport.schema, OfficialDocument.schema, MeetingParticipant.schema, Meeting.schema] {
            try await database.schema(schema).delete()
        }
    }
}
