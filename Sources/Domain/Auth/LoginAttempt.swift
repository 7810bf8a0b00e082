import FluentKit
import Foundation

/// One sign-in try, kept to throttle guessing. Holds the typed username and the address only.
public final class LoginAttempt: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "ip") public var ip: String
    @Field(key: "succeeded") public var succeeded: Bool
    @Field(key: "at") public var at: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $username, $ip, $succeeded, $at] }

    /// Deletes tries older than a day. The throttle looks back half an hour, and without this
    /// failed tries for made-up usernames would pile up for good.
    public static func sweep(now: Date, on db: any Database) async throws {
        try await LoginAttempt.query(on: db).filter(\.$at < now.addingTimeInterval(-86_400)).delete()
    }

    init(username: String, ip: String, succeeded: Bool, at: Date) {
        self.username = username
        self.ip = ip
        self.succeeded = succeeded
        self.at = at
    }
}
