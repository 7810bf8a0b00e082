import FluentKit
import Foundation

/// The audit log as one write sees it: bound to the acting user and the write's transaction,
/// so an entry cannot be recorded by someone else or outside the change it describes.
/// Handed to the change by ``DomainWrite/perform(by:touching:on:fileID:function:_:)``.
public struct AuditTrail: Sendable {
    let log: AuditLog
    /// Who acts in this write.
    public let actor: Actor
    let db: any Database

    /// The moment entries are stamped with.
    public var now: Date { log.now }

    /// Appends one entry. `changes` maps field names to their before/after values.
    public func record(_ subject: AuditSubject, action: String, changes: [String: AuditChange] = [:]) async throws {
        try await log.record(subject, actor: actor, action: action, changes: changes, on: db)
    }

    /// Appends many entries in a few multi-row inserts (imports).
    public func record(_ items: [(subject: AuditSubject, action: String, changes: [String: AuditChange])]) async throws
    {
        try await log.record(items, actor: actor, on: db)
    }
}
