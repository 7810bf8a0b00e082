import FluentKit
import Foundation

/// Answers computed from the work tables, kept under the work ``DataVersion`` they were read
/// at. Entries of older versions are never returned and drop out as new ones arrive. Unit
/// and user writes move the work counter too, so names on cached rows are never stale.
public enum WorkCache {
    private static let store = RecentCache<any Sendable>(capacity: 512)

    /// The cached value for `key` at the current version, or `compute`'s, stored. `key` must
    /// name everything else the value depends on (who asks, the day, the query).
    public static func value<Value: Sendable>(
        _ key: String, on db: any Database,
        compute: () async throws -> Value
    ) async throws -> Value {
        // Inside a transaction the version may move before commit: compute fresh.
        if db.inTransaction { return try await compute() }
        let versioned = try await DataVersion.read(on: db).work + "|" + key
        if let hit = store.get(versioned) as? Value { return hit }
        let value = try await compute()
        store.put(versioned, value)
        return value
    }
}
