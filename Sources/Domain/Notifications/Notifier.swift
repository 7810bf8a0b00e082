import FluentKit
import Foundation

/// Addresses notifications: to the active users of a unit with the given roles (and the
/// unit's group robot, when it has one), or to the office's admins. Writes in the caller's
/// transaction, so a message exists exactly when the change that caused it does.
public struct Notifier: Sendable {
    private let clock: AppClock

    public init(clock: AppClock) {
        self.clock = clock
    }

    /// A reminder sent at most once: in its own transaction, claims `key` (see ``SentReminder``)
    /// and sends to the unit's liaisons, or does nothing when the key was claimed before.
    /// The write path takes the lock before the claim reads (see DomainWrite);
    /// a key sent on an earlier run is seen by a plain read first, so a quiet run takes no lock.
    /// Returns whether it went out.
    public func sendOnce(key: String, _ notification: Notification, toUnit unitID: UUID, on db: any Database)
        async throws -> Bool
    {
        guard try await SentReminder.query(on: db).filter(\.$key == key).count() == 0 else { return false }
        return try await DomainWrite(clock: clock).perform(by: .system, on: db) { tx, _ in
            guard try await SentReminder.claim(key, at: clock.now, on: tx) else { return false }
            try await send(notification, toUnit: unitID, on: tx)
            return true
        }
    }

    /// Sends `notification` to the unit's users with one of `roles`; returns how many got it.
    @discardableResult
    public func send(
        _ notification: Notification, toUnit unitID: UUID, roles: Set<Role> = [.liaison],
        on db: any Database
    ) async throws -> Int {
        let users = try await User.query(on: db).filter(\.$unit.$id == unitID).filter(\.$isActive == true)
            .filter(\.$role ~~ Array(roles)).all()
        let count = try await deliver(notification, to: users.compactMap(\.id), on: db)
        if let hook = try await UnitWebhook.query(on: db).filter(\.$unit.$id == unitID).first() {
            try await queue(notification, to: hook, on: db)
        }
        return count
    }

    /// Sends `notification` to every active admin (the office), and to the group robot of the
    /// office unit when it has one, as units hear of what arrives for them.
    @discardableResult
    public func sendToOffice(_ notification: Notification, on db: any Database) async throws -> Int {
        let admins = try await User.query(on: db).filter(\.$role == .admin).filter(\.$isActive == true).all()
        let count = try await deliver(notification, to: admins.compactMap(\.id), on: db)
        let offices = try await OrgUnit.query(on: db).filter(\.$kind == .office).filter(\.$isActive == true).all(\.$id)
        for hook in try await UnitWebhook.query(on: db).filter(\.$unit.$id ~~ offices).all() {
            try await queue(notification, to: hook, on: db)
        }
        return count
    }

    /// Tells the office that a unit sent it something to handle: `body` follows the unit's name
    /// (统战部 + 报送了进展…), so every arrival reads the same way.
    public func tellOffice(
        _ kind: NotificationKind, title: String, from unitID: UUID, _ body: String, about subject: Notification.Subject,
        on db: any Database
    ) async throws {
        let unitName = try await OrgUnit.find(unitID, on: db)?.name ?? ""
        try await sendToOffice(Notification(kind: kind, title: title, body: unitName + body, subject: subject), on: db)
    }

    func deliver(_ notification: Notification, to userIDs: [UUID], on db: any Database) async throws -> Int {
        let now = clock.now
        // Unread counts are part of what a signed-in request knows.
        if !userIDs.isEmpty { try await DomainWrite.touch(.access, on: db) }
        for userID in userIDs {
            try await InboxMessage(userID: userID, notification: notification, at: now).create(on: db)
        }
        return userIDs.count
    }

    func queue(_ notification: Notification, to hook: UnitWebhook, on db: any Database) async throws {
        let delivery = WebhookDelivery()
        delivery.url = hook.url
        delivery.payload = String(
            decoding: hook.kind.payload(title: notification.title, text: notification.body), as: UTF8.self)
        delivery.attempts = 0
        delivery.nextAttemptAt = clock.now
        delivery.lastError = ""
        delivery.createdAt = clock.now
        try await delivery.create(on: db)
    }
}
