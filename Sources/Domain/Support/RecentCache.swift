import Foundation

/// A bounded, thread-safe map that keeps the most recently used entries.
public final class RecentCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (value: Value, stamp: Int)] = [:]
    private var clock = 0
    private let capacity: Int

    public init(capacity: Int) {
        self.capacity = capacity
    }

    public func get(_ key: String) -> Value? {
        lock.withLock {
            guard var entry = entries[key] else { return nil }
            clock += 1
            entry.stamp = clock
            entries[key] = entry
            return entry.value
        }
    }

    public func put(_ key: String, _ value: Value) {
        lock.withLock {
            clock += 1
            entries[key] = (value, clock)
            if entries.count > capacity {
                // Drop the least recently used quarter at once, so eviction stays rare.
                let old = entries.sorted { $0.value.stamp < $1.value.stamp }.prefix(capacity / 4).map(\.key)
                for key in old { entries.removeValue(forKey: key) }
            }
        }
    }
}
