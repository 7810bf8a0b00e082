import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Counters that writers move in their own transaction, so that what was computed from the
/// data can be kept until the data changes — also when another server process changed it.
/// Each row also holds a random instance id, so two databases never share cache entries.
public enum DataVersion {
    /// What a counter covers.
    public enum Counter: Int, Sendable, CaseIterable {
        /// Plans, tasks, reports, supervision, and the units and users they name.
        case work = 1
        /// What a signed-in request knows of its user: sessions, users, units, unread messages.
        case access = 2
    }

    static let table = "data_versions"

    /// Moves the counters, in the order given; call inside the transaction that writes, before
    /// its other statements. Every writer moves `work` before `access`, so two writes never hold
    /// the rows in opposite orders (PostgreSQL would abort one as a deadlock). Writing first also
    /// makes SQLite take its write lock before the transaction reads: a transaction that reads
    /// and then writes fails at once ("database is locked") when another connection wrote in between.
    public static func bump(_ counters: Counter..., on db: any Database) async throws {
        let sql = try sqlDatabase(db)
        for counter in counters.sorted(by: { $0.rawValue < $1.rawValue }) {
            try await sql.raw("UPDATE \(ident: table) SET value = value + 1 WHERE id = \(bind: counter.rawValue)").run()
        }
    }

    /// Takes what ``bump(_:on:)`` takes — SQLite's write lock, PostgreSQL's lock on the `work`
    /// row — without moving a counter, for a transaction that must read before it knows
    /// whether it writes (the reminder job, a report read twice at once). Call it first.
    public static func lock(on db: any Database) async throws {
        try await sqlDatabase(db).raw("UPDATE \(ident: table) SET value = value WHERE id = \(bind: Counter.work.rawValue)").run()
    }

    /// Both counters as `instance:value`, read in one statement.
    public struct Stamps: Sendable, Equatable {
        public let work: String
        public let access: String
    }

    public static func read(on db: any Database) async throws -> Stamps {
        let sql = try sqlDatabase(db)
        var stamps: [Int: String] = [:]
        for row in try await sql.raw("SELECT id, instance, value FROM \(ident: table)").all() {
            stamps[try row.decode(column: "id", as: Int.self)] =
                "\(try row.decode(column: "instance", as: String.self)):\(try row.decode(column: "value", as: Int.self))"
        }
        guard let work = stamps[Counter.work.rawValue], let access = stamps[Counter.access.rawValue] else {
            throw DomainError.conflict("data_versions is incomplete; run the migrations")
        }
        return Stamps(work: work, access: access)
    }
}
