import FluentKit
import Foundation
import SQLKit

/// The one-row counter of ``WorkVersion``.
struct CreateWorkVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorkVersion.table)
            .field("id", .int, .identifier(auto: false))
            .field("instance", .string, .required)
            .field("value", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("INSERT INTO \(ident: WorkVersion.table) (id, instance, value) VALUES (1, \(bind: UUID().uuidString), 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WorkVersion.table).delete()
    }
}
