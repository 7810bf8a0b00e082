import App
import Domain
import DomainTestSupport
import Fluent
import Foundation
import SQLKit
import Vapor

/// A real Tongxin server for one test: its own database (a SQLite file, or a fresh
/// PostgreSQL schema when `TONGXIN_TEST_DATABASE_URL` is set), listening on 127.0.0.1
/// on a free port, with a clock the test controls.
public final class TestApp: @unchecked Sendable {
    public let app: Application
    public let clock: ManualClock
    public let baseURL: String
    private let cleanup: @Sendable () async throws -> Void

    /// The password of the `admin` account created at first start.
    public static let adminPassword = TestDomain.adminPassword
    /// The moment every test starts at: 2026-03-02 09:00 in Beijing (the clock then ticks
    /// a millisecond per reading and moves when a test advances it).
    public static let startDate = TestDomain.startDate

    private init(
        app: Application, clock: ManualClock, baseURL: String, cleanup: @escaping @Sendable () async throws -> Void
    ) {
        self.app = app
        self.clock = clock
        self.baseURL = baseURL
        self.cleanup = cleanup
    }

    /// The database, for factories and checks.
    public var db: any Database { app.db }

    /// Starts a server on a fresh database.
    /// Tests read the data versions on every request unless they say otherwise: many write
    /// through domain commands, as another process would, and read the result at once.
    public static func start(sessionIdleMinutes: Int = 30, versionCheckMilliseconds: Int = 0) async throws -> TestApp {
        // A millisecond per reading keeps audit entries in the order they were written.
        let clock = ManualClock(startDate, tick: 0.001)
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let (location, cleanup) = try await TestDatabase.create(for: app)
        var config = AppConfig(
            database: location, dataDirectory: NSTemporaryDirectory(), adminPassword: adminPassword,
            sessionIdleMinutes: sessionIdleMinutes, bcryptCost: 4)
        config.runsReminders = false  // tests run the job themselves, on the manual clock
        config.versionCheckMilliseconds = versionCheckMilliseconds
        do {
            try await configure(app, config: config, clock: clock.appClock)
            app.http.server.configuration.hostname = "127.0.0.1"
            app.http.server.configuration.port = 0
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        } catch {
            try? await app.asyncShutdown()
            try? await cleanup()
            throw error
        }
        guard let port = app.http.server.shared.localAddress?.port else {
            throw FixtureError("server did not report its port")
        }
        return TestApp(app: app, clock: clock, baseURL: "http://127.0.0.1:\(port)", cleanup: cleanup)
    }

    /// Stops the server and drops the database.
    public func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
        try await cleanup()
    }

    /// A new browser-like client with its own cookie jar.
    public func client() -> TestClient {
        TestClient(baseURL: baseURL)
    }

    /// A client already signed in as `username`.
    public func signedInClient(_ username: String, password: String = TestApp.adminPassword) async throws -> TestClient
    {
        let client = client()
        try await client.signIn(username: username, password: password)
        return client
    }
}

/// Runs `body` against a started ``TestApp`` and always stops it.
public func withTestApp(
    sessionIdleMinutes: Int = 30, versionCheckMilliseconds: Int = 0,
    _ body: (TestApp) async throws -> Void
) async throws {
    let testApp = try await TestApp.start(
        sessionIdleMinutes: sessionIdleMinutes, versionCheckMilliseconds: versionCheckMilliseconds)
    do {
        try await body(testApp)
    } catch {
        try? await testApp.stop()
        throw error
    }
    try await testApp.stop()
}
