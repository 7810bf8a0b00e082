import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// A counter every write to plans, tasks and reports moves forward, in the writer's
/// transaction. Reads computed from the work tables (lists, figures, task pages) are cached
/// under the counter's value, so a cached answer is never served after the data changed —
/// also when another server process changed it. The row also holds a random instance id,
/// so two databases never share cache entries.
public enum WorkVersion {
    static let table = "work_version"

    /// Moves the counter; call inside the transaction that writes, as its first statement.
    /// The counter's row is then the first lock every work write takes, so two writes never
    /// hold a task and the counter in opposite orders (PostgreSQL would abort one as a deadlock).
    public static func bump(on db: any Database) async throws {
        let sql = try sqlDatabase(db)
        try await sql.raw("UPDATE \(ident: table) SET value = value + 1 WHERE id = 1").run()
    }

    /// `instance:value|unit signature`, the prefix of every cache key: rows name units, so a
    /// renamed unit must not be served from an older entry either. One statement reads both.
    static func current(on db: any Database) async throws -> String {
        let sql = try sqlDatabase(db)
        guard let row = try await sql.raw("""
            SELECT w.instance, w.value, d.* FROM \(ident: table) w CROSS JOIN (\(UnitDirectory.signatureQuery)) d WHERE w.id = 1
            """).first() else {
            throw DomainError.conflict("work_version is missing; run the migrations")
        }
        let instance = try row.decode(column: "instance", as: String.self)
        let value = try row.decode(column: "value", as: Int.self)
        return "\(instance):\(value)|\(try UnitDirectory.signature(from: row))"
    }
}

/// Answers computed from the work tables, kept under the ``WorkVersion`` they were read at.
/// Entries of older versions are never returned and drop out as new ones arrive.
public enum WorkCache {
    private static let store = Store()

    /// The cached value for `key` at the current version, or `compute`'s, stored. `key` must
    /// name everything else the value depends on (who asks, the day, the query).
    public static func value<Value: Sendable>(_ key: String, on db: any Database,
                                              compute: () async throws -> Value) async throws -> Value {
        // Inside a transaction the version may move before commit: compute fresh.
        if db.inTransaction { return try await compute() }
        let versioned = try await WorkVersion.current(on: db) + "|" + key
        if let hit = store.get(versioned) as? Value { return hit }
        let value = try await compute()
        store.put(versioned, value)
        return value
    }

    private final class Store: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: (value: any Sendable, stamp: Int)] = [:]
        private var clock = 0
        private let capacity = 512

        func get(_ key: String) -> (any Sendable)? {
            lock.withLock {
                guard var entry = entries[key] else { return nil }
                clock += 1
                entry.stamp = clock
                entries[key] = entry
                return entry.value
            }
        }

        func put(_ key: String, _ value: any Sendable) {
            lock.withLock {
                clock += 1
                entries[key] = (value, clock)
                if entries.count > capacity {
                    // Drop the least recently used quarter.
                    let old = entries.sorted { $0.value.stamp < $1.value.stamp }.prefix(capacity / 4).map(\.key)
                    for key in old { entries.removeValue(forKey: key) }
                }
            }
        }
    }
}
