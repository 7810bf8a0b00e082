import Domain
import FluentKit
import Foundation

/// A fresh, migrated database for one domain test, started as a first start leaves it (the
/// office unit and `admin`), with a clock the test controls. No server: domain tests call
/// commands directly. Every write made inside ``withTestDomain(_:)`` is checked by
/// ``WriteCoverageInspector``.
public final class TestDomain: DomainFixtures, @unchecked Sendable {
    public let db: any Database
    public let clock: ManualClock
    public let hasher: any PasswordHashing
    private let database: DomainTestDatabase

    /// The password of the `admin` account created at first start.
    public static let adminPassword = "admin-password-1"
    /// The moment every test starts at: 2026-03-02 09:00 in Beijing (the clock then ticks
    /// a millisecond per reading and moves when a test advances it).
    public static let startDate = Date(timeIntervalSince1970: 1_772_413_200)

    private init(database: DomainTestDatabase, clock: ManualClock) {
        self.database = database
        db = database.db
        self.clock = clock
        hasher = TestPasswordHasher()
    }

    /// Creates and migrates the database and runs the first start (noting its writes in `seen`).
    public static func start(noting seen: WritesSeen? = nil) async throws -> TestDomain {
        // A millisecond per reading keeps audit entries in the order they were written.
        let clock = ManualClock(startDate, tick: 0.001)
        let database = try await DomainTestDatabase.create()
        let domain = TestDomain(database: database, clock: clock)
        do {
            try await WriteCoverageInspector.install(on: database.db)
            try await DomainWrite.$inspector.withValue(WriteCoverageInspector(noting: seen)) {
                _ = try await FirstStart(clock: clock.appClock, hasher: domain.hasher)
                    .run(adminPassword: adminPassword, on: domain.db)
            }
        } catch {
            try? await database.drop()
            throw error
        }
        return domain
    }

    /// Closes and removes the database.
    public func stop() async throws {
        try await database.drop()
    }
}

/// Runs `body` against a fresh ``TestDomain``, checking every write it makes, and always
/// removes the database.
public func withTestDomain(_ body: (TestDomain) async throws -> Void) async throws {
    let domain = try await TestDomain.start()
    do {
        try await DomainWrite.$inspector.withValue(WriteCoverageInspector()) {
            try await body(domain)
        }
    } catch {
        try? await domain.stop()
        throw error
    }
    try await domain.stop()
}
