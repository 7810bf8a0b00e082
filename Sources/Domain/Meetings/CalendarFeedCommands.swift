import FluentKit
import Foundation

/// Issuing and revoking one's own calendar subscription.
public struct CalendarFeedCommands: Sendable {
    let clock: AppClock
    let write: DomainWrite

    public init(clock: AppClock) {
        self.clock = clock
        write = DomainWrite(clock: clock)
    }

    /// A new secret address for the actor's feed (shown once); the old one stops working.
    public func issue(by actor: Actor, on db: any Database) async throws -> String {
        try MeetingPermissions.require(.read, actor: actor)
        guard let userID = actor.userID else { throw DomainError.forbidden("系统账号没有日历订阅") }
        return try await write.perform(by: actor, on: db) { tx, audit in
            try await CalendarFeed.query(on: tx).filter(\.$user.$id == userID).delete()
            let secret = CalendarFeed.generate()
            let feed = CalendarFeed()
            feed.$user.id = userID
            feed.tokenHash = ApiToken.hash(secret)
            feed.createdAt = clock.now
            try await feed.create(on: tx)
            try await audit.record(
                AuditSubject(type: "calendar_feed", id: feed.id, label: actor.username), action: "calendar.issue")
            return secret
        }
    }

    /// Stops the actor's feed; its address answers 404 from now on. Revoking none changes nothing.
    public func revoke(by actor: Actor, on db: any Database) async throws {
        guard let userID = actor.userID else { return }
        try await write.perform(by: actor, on: db) { tx, audit in
            let feeds = try await CalendarFeed.query(on: tx).filter(\.$user.$id == userID).all()
            guard let feed = feeds.first else { return }
            try await CalendarFeed.query(on: tx).filter(\.$user.$id == userID).delete()
            try await audit.record(
                AuditSubject(type: "calendar_feed", id: feed.id, label: actor.username), action: "calendar.revoke")
        }
    }
}
