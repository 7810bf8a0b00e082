import Domain
import Fluent
import NIOCore
import Vapor

/// Keeps the framework's sessions in Tongxin's own `sessions` table: the key is stored
/// hashed, each row carries its user (so a password change can end them all) and an
/// expiry, and expired rows are swept.
struct DatabaseSessionDriver: AsyncSessionDriver {
    /// How long an untouched session row lives. The idle limit itself is enforced by
    /// ``CurrentUserMiddleware`` so it can say why a user was signed out; rows live a little
    /// longer than that limit to make that possible.
    let lifetime: TimeInterval
    let clock: AppClock

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let key = StoredSession.newKey()
        let now = clock.now
        let row = StoredSession(
            key: key, userID: userID(in: data), data: try encode(data),
            expiresAt: now.addingTimeInterval(lifetime), createdAt: now)
        try await row.create(on: request.db)
        return SessionID(string: key)
    }

    /// Sessions are kept in memory under the access version (``VersionBoard``), which every
    /// session, user, unit and inbox write moves: a known session costs no statement.
    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let now = clock.now
        let access = try await request.tongxin.versions.current(on: request.db).access
        let key = StoredSession.hash(sessionID.string) + "|" + access
        var loaded = request.tongxin.sessions.get(key)
        if loaded == nil {
            loaded = try await load(sessionID, now: now, on: request.db)
            if let loaded { request.tongxin.sessions.put(key, loaded) }
        }
        guard let loaded, loaded.row.expiresAt > now else { return nil }
        request.loadedSession = loaded
        return SessionData(initialData: loaded.values)
    }

    /// The framework calls this after every response. The row is written only when the data
    /// changed or its expiry needs pushing out, so reading a page costs no database write.
    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        let now = clock.now
        var loaded = request.loadedSession
        if loaded == nil { loaded = try await load(sessionID, now: now, on: request.db) }
        // A row that is gone (expired, or ended by a password change) stays gone.
        guard let loaded else { return sessionID }
        let renewDue = loaded.row.expiresAt.timeIntervalSince(now) < lifetime - Self.renewalSlack
        guard data.snapshot != loaded.values || renewDue else { return sessionID }
        let encoded = try encode(data)
        try await DomainWrite(clock: clock).perform(by: .system, touching: .access, on: request.db) { tx, _ in
            try await ResumedSession.write(
                rowID: loaded.row.rowID, data: encoded, userID: userID(in: data),
                expiresAt: now.addingTimeInterval(lifetime), on: tx)
        }
        request.tongxin.versions.invalidate()
        return sessionID
    }

    private func load(_ sessionID: SessionID, now: Date, on db: any Database) async throws -> LoadedSession? {
        guard let row = try await ResumedSession.read(key: sessionID.string, now: now, on: db) else { return nil }
        return LoadedSession(
            row: row, values: try JSONDecoder().decode([String: String].self, from: Data(row.data.utf8)))
    }

    /// How stale an expiry may get before a read-only request renews it.
    static let renewalSlack: TimeInterval = 60

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await DomainWrite(clock: clock).perform(by: .system, touching: .access, on: request.db) { tx, _ in
            try await StoredSession.query(on: tx).filter(\.$keyHash == StoredSession.hash(sessionID.string)).delete()
        }
        request.tongxin.versions.invalidate()
    }

    private func encode(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data.snapshot), as: UTF8.self)
    }

    private func userID(in data: SessionData) -> UUID? {
        data[SessionKeys.userID].flatMap(UUID.init(uuidString:))
    }
}

/// A session row as read at the start of a request, with its data decoded.
struct LoadedSession {
    let row: ResumedSession
    let values: [String: String]
}

extension Request {
    private struct LoadedSessionKey: StorageKey {
        typealias Value = LoadedSession
    }

    /// The session row this request came with, and its user (see ``ResumedSession``).
    fileprivate(set) var loadedSession: LoadedSession? {
        get { storage[LoadedSessionKey.self] }
        set { storage[LoadedSessionKey.self] = newValue }
    }
}

/// Deletes expired session rows and day-old sign-in tries every ten minutes while the server runs.
struct SessionSweeper: LifecycleHandler {
    let clock: AppClock

    func didBootAsync(_ application: Application) async throws {
        let clock = clock
        let task = application.eventLoopGroup.next().scheduleRepeatedAsyncTask(
            initialDelay: .seconds(5), delay: .minutes(10)
        ) { _ in
            application.eventLoopGroup.next().makeFutureWithTask {
                try await Self.sweep(now: clock.now, on: application.db)
            }.recover { error in
                application.logger.warning("session sweep failed: \(String(reflecting: error))")
            }
        }
        application.storage[SweepTaskKey.self] = task
    }

    /// One sweep (the repeated task's work).
    static func sweep(now: Date, on db: any Database) async throws {
        try await StoredSession.sweep(now: now, on: db)
        try await LoginAttempt.sweep(now: now, on: db)
    }

    func shutdown(_ application: Application) {
        application.storage[SweepTaskKey.self]?.cancel()
    }

    private struct SweepTaskKey: StorageKey {
        typealias Value = RepeatedTask
    }
}
