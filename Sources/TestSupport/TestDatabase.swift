import App
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Vapor

/// Gives each test a database of its own.
enum TestDatabase {
    /// The PostgreSQL server for the second pass of the suite, if this run uses one.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TONGXIN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// True when the suite runs against PostgreSQL.
    static var isPostgres: Bool { postgresURL != nil }

    static func create(for app: Application) async throws -> (
        AppConfig.DatabaseLocation, @Sendable () async throws -> Void
    ) {
        if let url = postgresURL {
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let admin = DatabaseID(string: "test-admin")
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = ["public"]
            app.databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: 1), as: admin, isDefault: false)
            let sql = app.db(admin) as! any SQLDatabase
            try await sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
            let adminConfiguration = configuration
            let separator = url.contains("?") ? "&" : "?"
            return (
                .postgres(url: url + separator + "search_path=" + schema),
                {
                    // A separate short-lived app drops the schema once the test's app has shut down.
                    let dropper = try await Application.make(.testing)
                    dropper.databases.use(
                        .postgres(configuration: adminConfiguration, maxConnectionsPerEventLoop: 1), as: .psql)
                    try? await (dropper.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
                    try await dropper.asyncShutdown()
                }
            )
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("tongxin.sqlite").path
        return (.sqlite(path: path), { try? FileManager.default.removeItem(at: folder) })
    }
}
