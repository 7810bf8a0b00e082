import FluentKit
import Foundation

/// The single writer of the audit log.
///
/// Every command calls ``record(_:actor:action:subject:changes:on:)`` with the transaction
/// it writes in, so a change and its audit entry are committed or rolled back together.
public struct AuditLog: Sendable {
    private let clock: AppClock

    public init(clock: AppClock) {
        self.clock = clock
    }

    /// The moment entries are stamped with.
    public var now: Date { clock.now }

    /// Appends one entry. `changes` maps field names to their before/after values.
    public func record(
        _ subject: AuditSubject,
        actor: Actor,
        action: String,
        changes: [String: AuditChange],
        on db: any Database
    ) async throws {
        let entry = try AuditEntry(at: clock.now, actor: actor, action: action, subject: subject, changes: changes)
        try await entry.create(on: db)
    }

    /// Appends many entries by one actor in a few multi-row inserts (imports).
    public func record(
        _ items: [(subject: AuditSubject, action: String, changes: [String: AuditChange])], actor: Actor,
        on db: any Database
    ) async throws {
        let now = clock.now
        let entries = try items.map {
            try AuditEntry(at: now, actor: actor, action: $0.action, subject: $0.subject, changes: $0.changes)
        }
        try await insertInChunks(entries, on: db)
    }

    /// The fields that differ between two snapshots; a missing side is recorded as nil.
    public static func diff(before: [String: String]?, after: [String: String]?) -> [String: AuditChange] {
        let keys = Set((before ?? [:]).keys).union((after ?? [:]).keys)
        var changes: [String: AuditChange] = [:]
        for key in keys {
            let old = before?[key]
            let new = after?[key]
            if old != new {
                changes[key] = AuditChange(before: old, after: new)
            }
        }
        return changes
    }
}
