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
        let row = StoredSession(key: key, userID: userID(in: data), data: try encode(data),
                                expiresAt: now.addingTimeInterval(lifetime), createdAt: now)
        try await row.create(on: request.db)
        return SessionID(string: key)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        guard let row = try await StoredSession.find(key: sessionID.string, now: clock.now, on: request.db) else { return nil }
        request.storage[LoadedRowKey.self] = row
        let values = try JSONDecoder().decode([String: String].self, from: Data(row.data.utf8))
        return SessionData(initialData: values)
    }

    /// The framework calls this after every response. The row is written only when the data
    /// changed or its expiry needs pushing out, so reading a page costs no database write.
    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        let now = clock.now
        var row = request.storage[LoadedRowKey.self]
        if row == nil { row = try await StoredSession.find(key: sessionID.string, now: now, on: request.db) }
        // A row that is gone (expired, or ended by a password change) stays gone.
        guard let row else { return sessionID }
        let encoded = try encode(data)
        let renewDue = row.expiresAt.timeIntervalSince(now) < lifetime - Self.renewalSlack
        guard encoded != row.data || renewDue else { return sessionID }
        row.data = encoded
        row.userID = userID(in: data)
        row.expiresAt = now.addingTimeInterval(lifetime)
        // The row may have been deleted since it was read (a password change); then nothing is saved.
        try await StoredSession.query(on: request.db).filter(\.$id == row.requireID())
            .set(\.$data, to: row.data).set(\.$userID, to: row.userID).set(\.$expiresAt, to: row.expiresAt).update()
        return sessionID
    }

    /// How stale an expiry may get before a read-only request renews it.
    static let renewalSlack: TimeInterval = 60

    private struct LoadedRowKey: StorageKey {
        typealias Value = StoredSession
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await StoredSession.query(on: request.db).filter(\.$keyHash == StoredSession.hash(sessionID.string)).delete()
    }

    private func encode(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data.snapshot), as: UTF8.self)
    }

    private func userID(in data: SessionData) -> UUID? {
        data[SessionKeys.userID].flatMap(UUID.init(uuidString:))
    }
}

/// Deletes expired session rows every ten minutes while the server runs.
struct SessionSweeper: LifecycleHandler {
    let clock: AppClock

    func didBootAsync(_ application: Application) async throws {
        let clock = clock
        let task = application.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: .minutes(10)) { _ in
            application.eventLoopGroup.next().makeFutureWithTask {
                try await StoredSession.sweep(now: clock.now, on: application.db)
            }.recover { error in
                application.logger.warning("session sweep failed: \(String(reflecting: error))")
            }
        }
        application.storage[SweepTaskKey.self] = task
    }

    func shutdown(_ application: Application) {
        application.storage[SweepTaskKey.self]?.cancel()
    }

    private struct SweepTaskKey: StorageKey {
        typealias Value = RepeatedTask
    }
}
