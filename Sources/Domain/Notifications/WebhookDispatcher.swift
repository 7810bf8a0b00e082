import FluentKit
import Foundation

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
    @discardableResult
    public func deliverDue(on db: any Database) async throws -> Int {
        let due = try await WebhookDelivery.query(on: db).filter(\.$deliveredAt == nil)
            .filter(\.$nextAttemptAt <= clock.now).filter(\.$attempts < Self.maxAttempts)
            .sort(\.$createdAt).limit(200).all()
        var delivered = 0
        for delivery in due {
            delivery.attempts += 1
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
}
