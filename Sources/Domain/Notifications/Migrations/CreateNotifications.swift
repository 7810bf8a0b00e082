import FluentKit
import SQLKit

/// The inbox, sent-reminder keys, units' robots and the webhook outbox.
struct CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InboxMessage.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("subject_type", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        try await database.schema(SentReminder.schema)
            .id()
            .field("key", .string, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "key")
            .create()
        try await database.schema(UnitWebhook.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("kind", .string, .required)
            .field("url", .string, .required)
            .unique(on: "unit_id")
            .create()
        try await database.schema(WebhookDelivery.schema)
            .id()
            .field("url", .string, .required)
            .field("payload", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("delivered_at", .datetime)
            .field("last_error", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX inbox_messages_user ON inbox_messages (user_id, read_at, created_at)").run()
        try await sql.raw("CREATE INDEX webhook_deliveries_due ON webhook_deliveries (delivered_at, next_attempt_at)")
            .run()
    }

    func revert(on database: any Database) async throws {
        for schema in [WebhookDelivery.schema, UnitWebhook.schema, SentReminder.schema, InboxMessage.schema] {
            try await database.schema(schema).delete()
        }
    }
}
