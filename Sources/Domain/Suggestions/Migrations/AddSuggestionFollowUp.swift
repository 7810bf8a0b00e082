import FluentKit
import SQLKit

/// Files, leaders' instructions, suggestions as meeting topics, and the search terms behind
/// the duplicate check.
struct AddSuggestionFollowUp: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SuggestionAttachment.schema)
            .id()
            .field("suggestion_id", .uuid, .required, .references(Suggestion.schema, "id"))
            .field("filename", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(SuggestionInstruction.schema)
            .id()
            .field("suggestion_id", .uuid, .required, .references(Suggestion.schema, "id"))
            .field("author_id", .uuid, .required, .references(User.schema, "id"))
            .field("text", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(SuggestionTopic.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id"))
            .field("suggestion_id", .uuid, .required, .references(Suggestion.schema, "id"))
            .field("created_at", .datetime)
            .unique(on: "meeting_id", "suggestion_id")
            .create()
        try await database.schema(SuggestionIndex.schema)
            .field("suggestion_id", .uuid, .required, .references(Suggestion.schema, "id"))
            .field("term", .string, .required)
            .unique(on: "suggestion_id", "term")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX suggestion_attachments_suggestion ON suggestion_attachments (suggestion_id)")
            .run()
        try await sql.raw("CREATE INDEX suggestion_instructions_suggestion ON suggestion_instructions (suggestion_id)")
            .run()
        try await sql.raw("CREATE INDEX suggestion_topics_suggestion ON suggestion_topics (suggestion_id)").run()
        try await sql.raw("CREATE INDEX suggestion_terms_term ON suggestion_terms (term, suggestion_id)").run()
        // Suggestions written before the duplicate check existed are found by it too.
        try await database.transaction { tx in
            for suggestion in try await Suggestion.query(on: tx).filter(\.$status != .draft).all() {
                try await SuggestionIndex.write(suggestion, on: tx)
            }
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [
            SuggestionIndex.schema, SuggestionTopic.schema, SuggestionInstruction.schema, SuggestionAttachment.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
