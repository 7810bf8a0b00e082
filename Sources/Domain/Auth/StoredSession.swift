import Crypto
import FluentKit
import Foundation

/// A browser session, stored for the framework's session system.
///
/// Only a SHA-256 of the session key is stored, so a copy of the database does not let
/// anyone take over a session. Rows expire and are swept; a user's rows are deleted when
/// their password changes or they are deactivated, which signs them out everywhere.
public final class StoredSession: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "key_hash") public var keyHash: String
    /// The signed-in user, or nil for an anonymous visitor (e.g. the sign-in form).
    @OptionalField(key: "user_id") public var userID: UUID?
    /// The session's key-value data as a JSON object.
    @Field(key: "data") public var data: String
    @Field(key: "expires_at") public var expiresAt: Date
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $keyHash, $userID, $data, $expiresAt, $createdAt] }

    public init(key: String, userID: UUID?, data: String, expiresAt: Date, createdAt: Date) {
        self.keyHash = Self.hash(key)
        self.userID = userID
        self.data = data
        self.expiresAt = expiresAt
        self.createdAt = createdAt
    }

    /// The stored form of a session key.
    public static func hash(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).hexString
    }

    /// A new random session key (256 bits, base64url).
    public static func newKey() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Deletes every expired session; returns nothing, costs one statement.
    public static func sweep(now: Date, on db: any Database) async throws {
        try await StoredSession.query(on: db).filter(\.$expiresAt <= now).delete()
    }

    /// Ends every session of `userID` (inside the caller's transaction).
    static func endAll(of userID: UUID, on db: any Database) async throws {
        try await StoredSession.query(on: db).filter(\.$userID == userID).delete()
    }
}
