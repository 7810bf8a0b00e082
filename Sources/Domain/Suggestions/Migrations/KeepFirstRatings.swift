import FluentKit

/// Signers keep their rating of the first answer when 不满意 reopens a suggestion.
struct KeepFirstRatings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SuggestionSigner.schema).field("first_rating", .string).update()
        try await database.schema(SuggestionSigner.schema).field("first_rating_comment", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SuggestionSigner.schema).deleteField("first_rating_comment").update()
        try await database.schema(SuggestionSigner.schema).deleteField("first_rating").update()
    }
}
