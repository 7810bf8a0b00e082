import Foundation

/// The source of "now" for everything time-dependent (throttling, session expiry, lights).
///
/// Injected so tests can fix the time instead of sleeping.
public struct AppClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The current moment.
    public var now: Date { read() }

    /// The real clock.
    public static let system = AppClock { Date() }
}

/// A clock that a test moves by hand. With a `tick`, every reading also advances it by
/// that much, so writes made one after another get distinct, ordered timestamps.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private let tick: TimeInterval

    public init(_ start: Date, tick: TimeInterval = 0) {
        current = start
        self.tick = tick
    }

    /// The moment the clock shows.
    public var now: Date {
        lock.withLock {
            defer { current += tick }
            return current
        }
    }

    /// Moves the clock forward by `seconds`.
    public func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }

    /// An ``AppClock`` reading this clock.
    public var appClock: AppClock { AppClock { [self] in now } }
}
