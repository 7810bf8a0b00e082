import FluentKit

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, .id, onDelete: .restrict))
            .field("role", .string, .required)
            .field("password_hash", .string, .required)
            .field("is_active", .bool, .required)
            .field("prefers_traditional", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}
