import Domain
import FluentKit
import Foundation
import SQLKit

/// Proves, write by write, that each one moved the ``DataVersion`` counters covering the
/// tables it wrote (``DataVersion/coverage``). Triggers on every table note what a
/// transaction wrote in `write_log`, and every counter that moved; at the end of each write
/// the inspector compares the two, so a command that forgets to declare a counter fails the
/// test that runs it — a stale page caught by the suite, not by a user.
public struct WriteCoverageInspector: WriteInspector {
    static let log = "write_log"
    /// Tables the framework or the inspector keep, not the domain.
    static let unwatched: Set<String> = [log, "data_versions", "_fluent_migrations", "_fluent_enums"]

    private let seen: WritesSeen?

    /// With `seen`, also notes the source file of every write it checks.
    public init(noting seen: WritesSeen? = nil) {
        self.seen = seen
    }

    public func begin(on tx: any Database) async throws {
        try await sql(tx).raw("DELETE FROM \(ident: Self.log)").run()
    }

    public func end(on tx: any Database, write: String) async throws {
        let names = try await sql(tx).raw("SELECT name FROM \(ident: Self.log)").all().map {
            try $0.decode(column: "name", as: String.self)
        }
        let moved = Set(
            names.compactMap { $0.hasPrefix("counter:") ? Int($0.dropFirst(8)) : nil }
                .compactMap(DataVersion.Counter.init(rawValue:)))
        var problems: [String] = []
        for table in names.filter({ !$0.hasPrefix("counter:") }).sorted() {
            guard let required = DataVersion.coverage[table] else {
                problems.append("wrote \(table), which DataVersion.coverage does not list")
                continue
            }
            for counter in required.subtracting(moved).sorted(by: { $0.rawValue < $1.rawValue }) {
                problems.append("wrote \(table) but did not move the \(counter) counter")
            }
        }
        if !problems.isEmpty {
            throw StaleWrite(write: write, problems: problems)
        }
        seen?.note(write)
    }

    /// Creates `write_log` and the triggers that fill it, on every table the migrations made.
    static func install(on db: any Database) async throws {
        let sql = try sql(db)
        try await sql.raw("CREATE TABLE \(ident: log) (name TEXT PRIMARY KEY)").run()
        if sql.dialect.name == "postgresql" {
            try await installPostgres(on: sql)
        } else {
            try await installSQLite(on: sql)
        }
    }

    private static func installSQLite(on sql: any SQLDatabase) async throws {
        let tables = try await sql.raw(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        .all().map { try $0.decode(column: "name", as: String.self) }.filter { !unwatched.contains($0) }
        for table in tables {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(ident: "log_\(event.lowercased())_\(table)") AFTER \(unsafeRaw: event) ON \(ident: table)
                    BEGIN INSERT OR IGNORE INTO \(ident: log) (name) VALUES (\(literal: table)); END
                    """
                ).run()
            }
        }
        try await sql.raw(
            """
            CREATE TRIGGER log_counter AFTER UPDATE ON data_versions WHEN NEW.value <> OLD.value
            BEGIN INSERT OR IGNORE INTO \(ident: log) (name) VALUES ('counter:' || NEW.id); END
            """
        ).run()
    }

    private static func installPostgres(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            CREATE FUNCTION log_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO write_log (name) VALUES (TG_TABLE_NAME) ON CONFLICT DO NOTHING; RETURN NULL; END $$
            """
        ).run()
        try await sql.raw(
            """
            CREATE FUNCTION log_counter() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.value <> OLD.value THEN
                INSERT INTO write_log (name) VALUES ('counter:' || NEW.id) ON CONFLICT DO NOTHING;
              END IF;
              RETURN NULL;
            END $$
            """
        ).run()
        let tables = try await sql.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            .all().map { try $0.decode(column: "tablename", as: String.self) }.filter { !unwatched.contains($0) }
        for table in tables {
            try await sql.raw(
                """
                CREATE TRIGGER log_write AFTER INSERT OR UPDATE OR DELETE ON \(ident: table)
                FOR EACH ROW EXECUTE FUNCTION log_write()
                """
            ).run()
        }
        try await sql.raw(
            "CREATE TRIGGER log_counter AFTER UPDATE ON data_versions FOR EACH ROW EXECUTE FUNCTION log_counter()"
        )
        .run()
    }

    private static func sql(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else { throw FixtureError("the test database does not speak SQL") }
        return sql
    }

    private func sql(_ db: any Database) throws -> any SQLDatabase { try Self.sql(db) }
}

/// The writes an inspector checked, by `#fileID function`.
public final class WritesSeen: @unchecked Sendable {
    private let lock = NSLock()
    private var writes: Set<String> = []

    public init() {}

    func note(_ write: String) {
        lock.withLock { _ = writes.insert(write) }
    }

    /// The names of the source files whose writes were checked.
    public var files: Set<String> {
        lock.withLock {
            Set(writes.compactMap { $0.split(separator: " ").first?.split(separator: "/").last.map(String.init) })
        }
    }
}

/// A write that left a counter unmoved (or wrote a table no counter classification names).
public struct StaleWrite: Error, CustomStringConvertible {
    public let write: String
    public let problems: [String]

    public var description: String {
        "\(write): " + problems.joined(separator: "; ")
    }
}
