import FluentKit
import Foundation

extension InboxMessage {
    /// The actor's unread count, for the top bar.
    public static func unreadCount(for actor: Actor, on db: any Database) async throws -> Int {
        guard let userID = actor.userID else { return 0 }
        return try await InboxMessage.query(on: db).filter(\.$user.$id == userID).filter(\.$readAt == nil).count()
    }

    /// The actor's messages, newest first.
    public static func list(for actor: Actor, unreadOnly: Bool, page: PageRequest, on db: any Database) async throws
        -> Page<InboxMessage>
    {
        let query = InboxMessage.query(on: db).filter(\.$user.$id == (actor.userID ?? UUID()))
        if unreadOnly { query.filter(\.$readAt == nil) }
        let total = try await query.count()
        let items = try await query.sort(\.$createdAt, .descending).sort(\.$id).range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }
}

/// Marking messages read: a user's own messages only, no audit entry (reading is not a change
/// to the work).
public struct InboxCommands: Sendable {
    private let clock: AppClock
    private let write: DomainWrite

    public init(clock: AppClock) {
        self.clock = clock
        write = DomainWrite(clock: clock)
    }

    /// Marks one message read; someone else's message is not found.
    public func markRead(_ id: UUID, by actor: Actor, on db: any Database) async throws -> InboxMessage {
        guard let message = try await InboxMessage.find(id, on: db), message.$user.id == actor.userID else {
            throw DomainError.notFound("找不到这条消息")
        }
        if message.readAt == nil {
            try await write.perform(by: actor, touching: .access, on: db) { tx, audit in
                message.readAt = clock.now
                try await message.save(on: tx)
            }
        }
        return message
    }

    /// Marks all the actor's messages read.
    public func markAllRead(by actor: Actor, on db: any Database) async throws {
        guard let userID = actor.userID else { return }
        try await write.perform(by: actor, touching: .access, on: db) { tx, audit in
            try await InboxMessage.query(on: tx).filter(\.$user.$id == userID).filter(\.$readAt == nil)
                .set(\.$readAt, to: clock.now).update()
        }
    }
}
