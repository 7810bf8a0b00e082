import ChineseText
import Domain
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Sets up the database, sessions, middleware and routes, runs migrations and, on an
/// empty database, creates the office unit and the admin account.
public func configure(
    _ app: Application, config: AppConfig, clock: AppClock = .system,
    webhookSender: (any WebhookSending)? = nil
) async throws {
    app.tongxin = AppServices(
        config: config, clock: clock, hasher: BcryptHasher(cost: config.bcryptCost, pool: app.threadPool),
        traditional: try ScriptConverter(.simplifiedToTraditional), reader: try ReportReader(),
        webhookSender: webhookSender ?? HTTPWebhookSender(client: app.client))
    try useDatabase(app, config.database, dataDirectory: config.dataDirectory)

    app.migrations.add(DomainMigrations.all)
    let idle = TimeInterval(config.sessionIdleMinutes * 60)
    app.sessions.use { _ in DatabaseSessionDriver(lifetime: idle + 3600, clock: clock) }
    app.lifecycle.use(SessionSweeper(clock: clock))
    let secure = config.secureCookies
    // Max-Age rather than Expires: the framework formats an Expires date through Foundation's
    // DateFormatter, which cost a fifth of a cached page's time; the meaning is the same.
    app.sessions.configuration = SessionsConfiguration(cookieName: "tongxin_session") { id in
        HTTPCookies.Value(
            string: id.string, maxAge: Int(idle), path: "/",
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    app.routes.defaultMaxBodySize = ByteCount(value: maxBodySize)
    // Global: headers on every response, and errors from anywhere (even an unknown path)
    // become the error page or JSON. Sessions are only for the routes that need them.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware())

    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)

    app.asyncCommands.use(MigrateNowCommand(), as: "migrate")
    app.asyncCommands.use(UserCommandGroup(), as: "user")
    app.asyncCommands.use(TokenCommandGroup(), as: "token")
    app.asyncCommands.use(RemindCommand(), as: "remind")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    // Only a serving process runs the job on its timer: a command that outlives its first minute
    // (a large demo or import) would have it start while the command closes the database.
    let serving = (app.environment.arguments.dropFirst().first ?? "serve") == "serve"
    if config.runsReminders && serving { app.lifecycle.use(ReminderScheduler(interval: .minutes(15))) }
    app.lifecycle.use(app.tongxin.batches)

    try routes(app)
    try await prepareDatabase(app, config: config)
}

private func useDatabase(_ app: Application, _ location: AppConfig.DatabaseLocation, dataDirectory: String) throws {
    switch location {
    case .sqlite(let path):
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ConfigError(
                variable: "TONGXIN_DATA", problem: "cannot create \(folder): \(error.localizedDescription)")
        }
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .postgres(let url):
        app.databases.use(.postgres(configuration: try postgresConfiguration(url)), as: .psql)
    }
}

/// The largest request body accepted (1 MiB); larger ones get 413.
let maxBodySize = 1 << 20

/// Reads a `postgres://` URL; an optional `search_path` query item puts Tongxin's tables in
/// that schema (used by the test suite to give each test its own schema).
func postgresConfiguration(_ url: String) throws -> SQLPostgresConfiguration {
    guard var components = URLComponents(string: url) else {
        throw ConfigError(variable: "DATABASE_URL", problem: "not a usable PostgreSQL address")
    }
    let searchPath = components.queryItems?.first { $0.name == "search_path" }?.value
    components.queryItems = components.queryItems?.filter { $0.name != "search_path" }
    if components.queryItems?.isEmpty == true { components.queryItems = nil }
    guard let cleaned = components.string, var configuration = try? SQLPostgresConfiguration(url: cleaned) else {
        throw ConfigError(variable: "DATABASE_URL", problem: "not a usable PostgreSQL address")
    }
    if let searchPath { configuration.searchPath = [searchPath] }
    return configuration
}

/// Migrations, SQLite's WAL mode, and the first start.
func prepareDatabase(_ app: Application, config: AppConfig) async throws {
    if case .sqlite = config.database, let sql = app.db as? any SQLDatabase {
        // WAL lets readers proceed while one writer commits; the setting persists in the file.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        // Per connection: read the file through a memory map and keep a larger page cache, so
        // lists over 100,000 tasks do not cost a read() per page; and sync the file at
        // checkpoints rather than at every commit (WAL's usual setting: the database is never
        // corrupted, but a power cut may undo the last moment's commits), which halved the time
        // of a bulk import. Each event loop holds its own connection, so the settings go to each.
        for loop in app.eventLoopGroup.makeIterator() {
            guard let connection = app.databases.database(logger: app.logger, on: loop) as? any SQLDatabase else {
                continue
            }
            try await connection.raw("PRAGMA mmap_size = 268435456").run()
            try await connection.raw("PRAGMA cache_size = -32768").run()
            try await connection.raw("PRAGMA synchronous = NORMAL").run()
        }
    }
    try await app.autoMigrate()
    let outcome = try await FirstStart(clock: app.tongxin.clock, hasher: app.tongxin.hasher)
        .run(adminPassword: config.adminPassword, on: app.db)
    if case .created(let generated?) = outcome {
        print(
            """
            ============================================================
            Tongxin first start: created the office unit and the admin account.
              username: \(FirstStart.adminUsername)
              password: \(generated)
            This password is shown only once. Sign in and change it.
            ============================================================
            """)
    }
}
