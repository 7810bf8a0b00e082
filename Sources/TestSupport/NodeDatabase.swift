import App
import Foundation
import Vapor

/// A database of its own for `tongxin serve` processes started by a test: a fresh SQLite
/// folder, or a fresh schema on the suite's PostgreSQL in its second pass.
public enum NodeDatabase {
    /// The environment that points a `tongxin` process at the new database, and what removes it.
    public static func make() async throws -> (environment: [String: String], remove: @Sendable () async throws -> Void)
    {
        let app = try await Application.make(.testing)
        do {
            let (location, remove) = try await TestDatabase.create(for: app)
            try await app.asyncShutdown()
            switch location {
            case .postgres(let url):
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-node-\(UUID())")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                return (
                    ["DATABASE_URL": url, "TONGXIN_DATA": folder.path],
                    {
                        try await remove()
                        try? FileManager.default.removeItem(at: folder)
                    }
                )
            case .sqlite(let path):
                return (["TONGXIN_DATA": (path as NSString).deletingLastPathComponent], remove)
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
