import FluentKit
import SQLKit

struct CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoredSession.schema)
            .id()
            .field("key_hash", .string, .required)
            .field("user_id", .uuid)
            .field("data", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "key_hash")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "sessions_user").on(StoredSession.schema).column("user_id").run()
        try await sql.create(index: "sessions_expires").on(StoredSession.schema).column("expires_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredSession.schema).delete()
    }
}
