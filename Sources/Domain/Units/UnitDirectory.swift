import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Every unit, read once and shared until a unit changes.
///
/// Lists and task pages name units on every row; decoding the whole unit table through
/// Fluent on each request cost more than the rest of the page. A one-row signature query
/// (count, latest change, lowest and highest id) tells whether the table changed since the
/// snapshot was taken — also when another server process changed it — and only then is it
/// read again. Snapshots are kept per signature, so servers or tests on different databases
/// never share one. Callers must treat the units as read-only.
public enum UnitDirectory {
    /// The units in tree order, with names by id.
    public struct Snapshot: Sendable {
        public let tree: [UnitTreeEntry]
        public let names: [UUID: String]
    }

    private static let cache = SnapshotCache()

    /// The current snapshot for `db`.
    public static func snapshot(on db: any Database) async throws -> Snapshot {
        let signature = try await Self.signature(on: db)
        if let cached = cache.get(signature) { return cached }
        let tree = try await OrgUnit.readTree(on: db)
        let snapshot = Snapshot(tree: tree, names: Dictionary(uniqueKeysWithValues: tree.map { ($0.id, $0.name) }))
        cache.put(signature, snapshot)
        return snapshot
    }

    /// A string that changes whenever any unit does (see the type's notes).
    static func signature(on db: any Database) async throws -> String {
        guard let sql = db as? any SQLDatabase else { return UUID().uuidString }
        let row = try await sql.raw(
            """
            SELECT COUNT(*) AS count, CAST(MAX(\(ident: "updated_at")) AS TEXT) AS latest,
                   MIN(CAST(id AS TEXT)) AS lowest, MAX(CAST(id AS TEXT)) AS highest FROM \(ident: OrgUnit.schema)
            """
        ).first()
        guard let row else { return "empty" }
        let count = try row.decode(column: "count", as: Int.self)
        let latest = try row.decode(column: "latest", as: String?.self) ?? ""
        let lowest = try row.decode(column: "lowest", as: String?.self) ?? ""
        let highest = try row.decode(column: "highest", as: String?.self) ?? ""
        return "\(count)|\(latest)|\(lowest)|\(highest)"
    }
}

/// A small lock-protected map of recent snapshots.
private final class SnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(key: String, value: UnitDirectory.Snapshot)] = []
    private let capacity = 16

    func get(_ key: String) -> UnitDirectory.Snapshot? {
        lock.withLock { entries.first { $0.key == key }?.value }
    }

    func put(_ key: String, _ value: UnitDirectory.Snapshot) {
        lock.withLock {
            entries.removeAll { $0.key == key }
            entries.insert((key, value), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
    }
}
