import FluentKit
import Foundation

extension ReportImport {
    /// The most recent imports, for the import page.
    public static func recent(for actor: Actor, limit: Int = 20, on db: any Database) async throws -> [ReportImport] {
        try ImportPermissions.require(.importReports, actor: actor)
        return try await ReportImport.query(on: db).sort(\.$createdAt, .descending).limit(limit).all()
    }

    /// One import, for whoever may import.
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> ReportImport {
        try ImportPermissions.require(.importReports, actor: actor)
        return try await ReportImport.require(id, on: db)
    }
}
