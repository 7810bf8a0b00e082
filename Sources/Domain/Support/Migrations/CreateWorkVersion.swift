import FluentKit
import Foundation
import SQLKit

/// The work counter, first of the ``DataVersion`` rows (the table was renamed since).
struct CreateWorkVersion: AsyncMigration {
    static let table = "work_version"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .field("id", .int, .identifier(auto: false))
            .field("instance", .string, .required)
            .field("value", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            "INSERT INTO \(ident: Self.table) (id, instance, value) VALUES (1, \(bind: UUID().uuidString), 0)"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.table).delete()
    }
}

/// Renames the counter table to `data_versions` and adds the access counter (row 2).
struct AddAccessVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE \(ident: CreateWorkVersion.table) RENAME TO \(ident: DataVersion.table)").run()
        try await sql.raw(
            """
            INSERT INTO \(ident: DataVersion.table) (id, instance, value)
            VALUES (\(bind: DataVersion.Counter.access.rawValue), \(bind: UUID().uuidString), 0)
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            "DELETE FROM \(ident: DataVersion.table) WHERE id = \(bind: DataVersion.Counter.access.rawValue)"
        ).run()
        try await sql.raw("ALTER TABLE \(ident: DataVersion.table) RENAME TO \(ident: CreateWorkVersion.table)").run()
    }
}
