import FluentKit
import Foundation

/// One recorded write: who did what to which record, and how its fields changed.
///
/// Entries are appended by ``AuditLog/record(_:actor:action:subject:changes:on:)`` only.
/// The application has no path that updates or deletes them, and the database refuses
/// to (see ``ProtectAuditLog``).
public final class AuditEntry: Model, @unchecked Sendable {
    public static let schema = "audit_log"

    // MARK: managed
    @ID(key: .id) public var id: UUID?

    // MARK: data
    @Field(key: "at") public var at: Date
    /// The acting user; nil when the system acted.
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "actor_name") public var actorName: String
    /// A dotted verb such as `unit.create` or `user.password.change`.
    @Field(key: "action") public var action: String
    @Field(key: "subject_type") public var subjectType: String
    @Field(key: "subject_id") public var subjectID: String
    /// A human label for the subject at the time of the write (a unit's name, a username).
    @Field(key: "subject_label") public var subjectLabel: String
    /// JSON object: field → {"before": …, "after": …}.
    @Field(key: "changes") public var changesJSON: String

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $at, $actorID, $actorName, $action, $subjectType, $subjectID, $subjectLabel, $changesJSON]
    }

    init(at: Date, actor: Actor, action: String, subject: AuditSubject, changes: [String: AuditChange]) throws {
        self.at = at
        self.actorID = actor.userID
        self.actorName = actor.username
        self.action = action
        self.subjectType = subject.type
        self.subjectID = subject.id
        self.subjectLabel = subject.label
        let data = try AuditEntry.encoder.encode(changes)
        self.changesJSON = String(decoding: data, as: UTF8.self)
    }

    /// The decoded field changes.
    public var changes: [String: AuditChange] {
        (try? JSONDecoder().decode([String: AuditChange].self, from: Data(changesJSON.utf8))) ?? [:]
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}

/// The before and after value of one field; nil means "absent" (created or removed).
public struct AuditChange: Codable, Sendable, Equatable {
    public let before: String?
    public let after: String?

    public init(before: String?, after: String?) {
        self.before = before
        self.after = after
    }
}

/// What an audit entry is about.
public struct AuditSubject: Sendable {
    public let type: String
    public let id: String
    public let label: String

    public init(type: String, id: UUID?, label: String) {
        self.type = type
        self.id = id?.uuidString ?? ""
        self.label = label
    }
}
