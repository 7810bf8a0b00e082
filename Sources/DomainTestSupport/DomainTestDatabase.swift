import Domain
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// A database of one test's own: a SQLite file in a fresh folder, or a fresh schema on the
/// PostgreSQL named by `TONGXIN_TEST_DATABASE_URL` (the suite's second pass), migrated.
final class DomainTestDatabase: @unchecked Sendable {
    let db: any Database
    private let databases: Databases
    private let remove: @Sendable () async throws -> Void

    private init(databases: Databases, db: any Database, remove: @escaping @Sendable () async throws -> Void) {
        self.databases = databases
        self.db = db
        self.remove = remove
    }

    /// The PostgreSQL server of the suite's second pass, if this run uses one.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TONGXIN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func create() async throws -> DomainTestDatabase {
        let logger = Logger(label: "tongxin.domain-tests", factory: { _ in SwiftLogNoOpLogHandler() })
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        let remove: @Sendable () async throws -> Void
        if let url = postgresURL {
            let schema = "d_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = ["public"]
            databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: 1), as: .init(string: "admin"),
                isDefault: false)
            let admin = databases.database(.init(string: "admin"), logger: logger, on: group.any()) as! any SQLDatabase
            try await admin.raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
            configuration.searchPath = [schema]
            databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: 2), as: .psql, isDefault: true)
            remove = { try await admin.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tongxin-domain-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            databases.use(
                .sqlite(.file(folder.appendingPathComponent("tongxin.sqlite").path)), as: .sqlite, isDefault: true)
            remove = { try? FileManager.default.removeItem(at: folder) }
        }
        let migrations = Migrations()
        migrations.add(DomainMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: group.any())
        do {
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        } catch {
            try? await remove()
            await databases.shutdownAsync()
            throw error
        }
        guard let db = databases.database(logger: logger, on: group.any()) else {
            throw FixtureError("no default database")
        }
        return DomainTestDatabase(databases: databases, db: db, remove: remove)
    }

    /// Drops the schema (or the file) and closes the connections.
    func drop() async throws {
        try await remove()
        await databases.shutdownAsync()
    }
}
