import FluentKit
import Foundation
import SQLKit

/// Posts a robot message; the App gives the real HTTP client, tests a local robot.
public protocol WebhookSending: Sendable {
    /// Posts `body` as JSON to `url`; throws when the robot did not take it.
    func post(_ body: Data, to url: String) async throws
}

/// Works through the webhook outbox: due deliveries are posted; a failure is retried later
/// (1, 4, 9 … minutes), at most ``maxAttempts`` times.
public struct WebhookDispatcher: Sendable {
    private let clock: AppClock
    private let sender: any WebhookSending
    public static let maxAttempts = 8

    public init(clock: AppClock, sender: any WebhookSending) {
        self.clock = clock
        self.sender = sender
    }

    /// Posts what is due; returns how many were delivered.
    ///
    /// Each delivery is claimed in one statement before it is posted, so two servers working
    /// through the same outbox (or two runs overlapping on one) never post a message twice.
    @discardableResult
    public func deliverDue(on db: any Database) async throws -> Int {
        let due = try await WebhookDelivery.query(on: db).filter(\.$deliveredAt == nil)
            .filter(\.$nextAttemptAt <= clock.now).filter(\.$attempts < Self.maxAttempts)
            .sort(\.$createdAt).limit(200).all()
        var delivered = 0
        for delivery in due {
            guard try await claim(delivery, on: db) else { continue }
            do {
                try await sender.post(Data(delivery.payload.utf8), to: delivery.url)
                delivery.deliveredAt = clock.now
                delivery.lastError = ""
                delivered += 1
            } catch {
                delivery.lastError = String(String(describing: error).prefix(500))
                delivery.nextAttemptAt = clock.now.addingTimeInterval(
                    TimeInterval(delivery.attempts * delivery.attempts * 60))
            }
            try await delivery.save(on: db)
        }
        return delivered
    }

    /// How long a claimed delivery stays claimed if its server stops before saving the outcome.
    static let claimLease: TimeInterval = 10 * 60

    /// Takes the next attempt of `delivery` if no other run took it since it was read: the
    /// attempt count read is the version, and the claim moves it on and pushes the next
    /// attempt past the lease. False when another run got there first.
    private func claim(_ delivery: WebhookDelivery, on db: any Database) async throws -> Bool {
        let attempts = delivery.attempts
        let claimed = try await sqlDatabase(db).update(WebhookDelivery.schema)
            .set("attempts", to: SQLBind(attempts + 1))
            .set("next_attempt_at", to: SQLBind(clock.now.addingTimeInterval(Self.claimLease)))
            .where("id", .equal, SQLBind(delivery.requireID()))
            .where("attempts", .equal, SQLBind(attempts))
            .where("delivered_at", .is, SQLLiteral.null)
            .returning("id").all()
        guard !claimed.isEmpty else { return false }
        delivery.attempts = attempts + 1
        // The row now holds what was claimed; saving the outcome writes over it.
        return true
    }
}
