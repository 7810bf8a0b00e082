import FluentKit
import Foundation
import SQLKit

/// A session row with everything a signed-in page needs about its user, read in one statement.
///
/// Every request with a session cookie starts here, so the read is a single indexed query
/// decoded column by column: reading the row, the user, their unit and the unread count
/// through four Fluent queries cost more than the rest of a cached page.
public struct ResumedSession: Sendable {
    /// The row's id, for writing the session back.
    public let rowID: UUID
    /// The session's key-value data as stored (a JSON object).
    public let data: String
    public let expiresAt: Date
    /// The row's user when that user exists and is active; nil for an anonymous session or
    /// one whose user was deactivated.
    public let user: User?
    /// The name of the user's unit, for the top bar.
    public let unitName: String
    /// The user's unread inbox messages, for the top bar.
    public let unreadMessages: Int

    /// The unexpired session with `key`, with its user.
    public static func read(key: String, now: Date, on db: any Database) async throws -> ResumedSession? {
        let sql = try sqlDatabase(db)
        guard
            let row = try await sql.raw(
                """
                SELECT s.id AS row_id, s.data, s.expires_at,
                       u.id AS user_id, u.created_at, u.updated_at, u.username, u.display_name, u.role,
                       u.password_hash, u.is_active, u.prefers_traditional, u.unit_id, o.name AS unit_name,
                       (SELECT COUNT(*) FROM \(ident: InboxMessage.schema) m
                         WHERE m.user_id = s.user_id AND m.read_at IS NULL) AS unread
                FROM \(ident: StoredSession.schema) s
                LEFT JOIN \(ident: User.schema) u ON u.id = s.user_id AND u.is_active = \(bind: true)
                LEFT JOIN \(ident: OrgUnit.schema) o ON o.id = u.unit_id
                WHERE s.key_hash = \(bind: StoredSession.hash(key)) AND s.expires_at > \(bind: now)
                """
            ).first()
        else { return nil }
        let user = try row.decode(column: "user_id", as: UUID?.self).map { id in try Self.user(id, from: row) }
        return ResumedSession(
            rowID: try row.decode(column: "row_id", as: UUID.self),
            data: try row.decode(column: "data", as: String.self),
            expiresAt: try row.decode(column: "expires_at", as: Date.self),
            user: user,
            unitName: try row.decode(column: "unit_name", as: String?.self) ?? "",
            unreadMessages: user == nil ? 0 : try row.decode(column: "unread", as: Int.self))
    }

    /// Writes a session's data, user and expiry back to its row (a row deleted meanwhile,
    /// e.g. by a password change, stays deleted).
    public static func write(rowID: UUID, data: String, userID: UUID?, expiresAt: Date, on db: any Database)
        async throws
    {
        try await StoredSession.query(on: db).filter(\.$id == rowID)
            .set(\.$data, to: data).set(\.$userID, to: userID).set(\.$expiresAt, to: expiresAt).update()
    }

    /// A complete user model (every field set, marked as stored) from the joined columns.
    private static func user(_ id: UUID, from row: any SQLRow) throws -> User {
        let user = User(
            id: id, username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            unitID: try row.decode(column: "unit_id", as: UUID.self),
            role: try row.decode(column: "role", as: Role.self),
            passwordHash: try row.decode(column: "password_hash", as: String.self))
        user.isActive = try row.decode(column: "is_active", as: Bool.self)
        user.prefersTraditional = try row.decode(column: "prefers_traditional", as: Bool.self)
        user.createdAt = try row.decode(column: "created_at", as: Date?.self)
        user.updatedAt = try row.decode(column: "updated_at", as: Date?.self)
        user.$id.exists = true
        return user
    }
}
