import FluentKit
import SQLKit

/// Tasks cite the meeting and the document they come from (依据).
struct AddTaskSources: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // SQLite cannot add a column with a foreign key to an existing table; the task
        // commands check the meeting and document exist, and deleting either refuses while cited.
        // One column per statement: SQLite adds one at a time.
        try await database.schema(WorkTask.schema).field("source_meeting_id", .uuid).update()
        try await database.schema(WorkTask.schema).field("source_document_id", .uuid).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX tasks_source_meeting ON tasks (source_meeting_id)").run()
        try await sql.raw("CREATE INDEX tasks_source_document ON tasks (source_document_id)").run()
    }

    func revert(on database: any Database) async throws {
        // SQLite drops no column an index still covers.
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX tasks_source_meeting").run()
            try await sql.raw("DROP INDEX tasks_source_document").run()
        }
        try await database.schema(WorkTask.schema).deleteField("source_meeting_id").update()
        try await database.schema(WorkTask.schema).deleteField("source_document_id").update()
    }
}
