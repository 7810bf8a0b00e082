import FluentKit

struct CreatePlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Plan.schema)
            .id()
            .field("title", .string, .required)
            .field("period", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Plan.schema).delete()
    }
}
