import Foundation

/// The rule for refusing sign-in tries: after `maxFailures` failures within `window`
/// (for one username, or from one address), refuse further tries for `lockout`.
public struct SignInThrottle: Sendable {
    public var maxFailures = 5
    public var window: TimeInterval = 15 * 60
    public var lockout: TimeInterval = 15 * 60

    public init() {}

    /// When the lock that `failures` (ascending times) impose ends, or nil if there is none at `now`.
    ///
    /// A lock starts at the failure that completes `maxFailures` within `window`. Refused
    /// tries are not recorded, so waiting out the lock always works.
    public func lockedUntil(failures: [Date], now: Date) -> Date? {
        guard failures.count >= maxFailures else { return nil }
        for index in stride(from: failures.count - 1, through: maxFailures - 1, by: -1) {
            let completing = failures[index]
            let first = failures[index - (maxFailures - 1)]
            if completing.timeIntervalSince(first) <= window {
                let until = completing.addingTimeInterval(lockout)
                return until > now ? until : nil
            }
        }
        return nil
    }

    /// How far back the failures that can still matter reach.
    var horizon: TimeInterval { window + lockout }
}
