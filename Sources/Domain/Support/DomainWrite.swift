import FluentKit
import Foundation
import SQLKit

/// The one way the domain writes.
///
/// ``perform(by:touching:on:fileID:function:_:)`` opens the transaction, takes the write lock
/// by moving the ``DataVersion`` counters the change declares it touches, runs the change
/// with an ``AuditTrail`` bound to the actor and the transaction, and commits. Every command
/// goes through it, so a change, its audit entry, its task history and the counters that
/// retire cached pages are committed or rolled back together.
///
/// **Lock order.** Counters move first, `work` before `access`, before any other statement:
/// two writers then never hold the rows in opposite orders (PostgreSQL would abort one as a
/// deadlock), and SQLite takes its write lock before the transaction reads (a transaction
/// that reads and then writes fails at once with "database is locked" when another
/// connection wrote in between). A write that declares no counter still takes the lock.
public struct DomainWrite: Sendable {
    private let audit: AuditLog

    public init(clock: AppClock) {
        audit = AuditLog(clock: clock)
    }

    /// Checks each write against what it touched; set by tests only (see `DomainTestSupport`).
    @TaskLocal public static var inspector: (any WriteInspector)?

    /// Runs `change` in one transaction after moving `counters`. Inside a transaction already
    /// open (one command calling another), the change joins it and the outer write is inspected.
    public func perform<T: Sendable>(
        by actor: Actor, touching counters: DataVersion.Counter..., on db: any Database,
        fileID: String = #fileID, function: String = #function,
        _ change: @escaping @Sendable (any Database, AuditTrail) async throws -> T
    ) async throws -> T {
        let audit = audit
        let inspector = db.inTransaction ? nil : Self.inspector
        return try await db.transaction { tx in
            try await inspector?.begin(on: tx)
            try await Self.move(counters, on: tx)
            let result = try await change(tx, AuditTrail(log: audit, actor: actor, db: tx))
            try await inspector?.end(on: tx, write: "\(fileID) \(function)")
            return result
        }
    }

    /// Moves `counter` inside a write that learns only part-way that it touches it (the
    /// reminder job when a light changed, a message that changes someone's unread count).
    /// Call only inside ``perform(by:touching:on:fileID:function:_:)``, and move `work` before
    /// `access` (see the lock order above).
    public static func touch(_ counter: DataVersion.Counter, on tx: any Database) async throws {
        precondition(tx.inTransaction, "DomainWrite.touch is for a write in progress")
        try await move([counter], on: tx)
    }

    /// Moves the counters (or, with none, only takes the lock): the only call in the code
    /// base that moves one.
    private static func move(_ counters: [DataVersion.Counter], on tx: any Database) async throws {
        try await DataVersion.bump(Set(counters), on: tx)
    }
}

extension DataVersion {
    /// Private to the write path: nothing else moves a counter.
    fileprivate static func bump(_ counters: Set<Counter>, on tx: any Database) async throws {
        let sql = try sqlDatabase(tx)
        guard !counters.isEmpty else {
            try await sql.raw("UPDATE \(ident: table) SET value = value WHERE id = \(bind: Counter.work.rawValue)")
                .run()
            return
        }
        for counter in counters.sorted(by: { $0.rawValue < $1.rawValue }) {
            try await sql.raw("UPDATE \(ident: table) SET value = value + 1 WHERE id = \(bind: counter.rawValue)").run()
        }
    }
}

/// Sees every write from inside its transaction, first and last; tests use one to prove that
/// each write moved the counters covering the tables it wrote.
public protocol WriteInspector: Sendable {
    func begin(on tx: any Database) async throws
    func end(on tx: any Database, write: String) async throws
}
