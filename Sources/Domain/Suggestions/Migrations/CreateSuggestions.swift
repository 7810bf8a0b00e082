import FluentKit
import SQLKit

/// Suggestions, their signers and the units they are routed to.
struct CreateSuggestions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Suggestion.schema)
            .id()
            .field("number", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("category", .string, .required)
            .field("status", .string, .required)
            .field("author_id", .uuid, .required, .references(User.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("entered_by", .string, .required)
            .field("submitted_at", .datetime)
            .field("is_key", .bool, .required)
            .field("decline_reason", .string, .required)
            .field("merged_into_id", .uuid)
            .field("answer_due", .string)
            .field("round", .int, .required)
            .field("answer", .string, .required)
            .field("answer_class", .string)
            .field("review_comment", .string, .required)
            .field("answered_at", .datetime)
            .field("answered_on_time", .bool)
            .field("adopted", .bool, .required)
            .field("publish_consent", .bool, .required)
            .field("published_at", .datetime)
            .field("closed_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(SuggestionSigner.schema)
            .id()
            .field("suggestion_id", .uuid, .required, .references(Suggestion.schema, "id"))
            .field("user_id", .uuid, .required, .references(User.schema, "id"))
            .field("is_author", .bool, .required)
            .field("state", .string, .required)
            .field("respond_by", .string)
            .field("rating", .string)
            .field("rating_comment", .string, .required)
            .field("rated_round", .int, .required)
            .unique(on: "suggestion_id", "user_id")
            .create()
        try await database.schema(SuggestionHandler.schema)
            .id()
            .field("suggestion_id", .uuid, .required, .references(Suggestion.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("is_lead", .bool, .required)
            .field("part", .string, .required)
            .field("countersigned_at", .datetime)
            .unique(on: "suggestion_id", "unit_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX suggestions_status ON suggestions (status)").run()
        try await sql.raw("CREATE INDEX suggestion_signers_user ON suggestion_signers (user_id)").run()
        try await sql.raw("CREATE INDEX suggestion_handlers_unit ON suggestion_handlers (unit_id)").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [SuggestionHandler.schema, SuggestionSigner.schema, Suggestion.schema] {
            try await database.schema(schema).delete()
        }
    }
}
