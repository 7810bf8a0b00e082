import Crypto
import FluentKit
import Foundation

/// A user's calendar subscription (日历订阅): a secret address that phone calendars poll for the
/// meetings the user follows. Only the secret's SHA-256 is stored; one feed per user, and
/// issuing a new one retires the old address.
public final class CalendarFeed: Model, @unchecked Sendable {
    public static let schema = "calendar_feeds"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $user, $tokenHash, $createdAt] }

    /// The prefix of every feed secret, so a leaked one is recognisable.
    public static let prefix = "txcal_"

    /// The user whose feed `secret` opens, if it is current and the user active.
    public static func owner(of secret: String, on db: any Database) async throws -> User? {
        guard secret.hasPrefix(prefix), secret.count < 100 else { return nil }
        guard
            let feed = try await CalendarFeed.query(on: db).filter(\.$tokenHash == ApiToken.hash(secret))
                .with(\.$user).first(), feed.user.isActive
        else { return nil }
        return feed.user
    }

    /// Whether `userID` has a feed now.
    public static func exists(for userID: UUID, on db: any Database) async throws -> Bool {
        try await CalendarFeed.query(on: db).filter(\.$user.$id == userID).count() > 0
    }

    static func generate() -> String {
        prefix + String(ApiToken.generate().dropFirst(ApiToken.prefix.count))
    }
}
