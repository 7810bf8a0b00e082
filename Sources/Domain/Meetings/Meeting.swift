import FluentKit
import Foundation

/// A meeting that deploys or reviews work: who held it, who spoke, what was decided.
public final class Meeting: Model, @unchecked Sendable {
    public static let schema = "meetings"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    @Field(key: "kind") public var kind: MeetingKind
    @Field(key: "name") public var name: String
    /// `YYYY-MM-DD`.
    @Field(key: "day") public var day: String
    /// `HH:MM`, or empty when not known.
    @Field(key: "time") public var time: String
    @Field(key: "place") public var place: String
    @OptionalParent(key: "host_unit_id") public var hostUnit: OrgUnit?
    /// The chair's name as written (主持).
    @Field(key: "chair") public var chair: String
    @Field(key: "agenda") public var agenda: String
    @Field(key: "minutes") public var minutes: String
    @Field(key: "decisions") public var decisions: String
    /// The report import this meeting was made from, if any.
    @OptionalField(key: "import_id") public var importID: UUID?
    /// How often the series this meeting belongs to meets.
    @Field(key: "recurrence") public var recurrence: MeetingRecurrence
    /// The meeting of the series this one was scheduled after (unique: one successor each).
    @OptionalField(key: "previous_meeting_id") public var previousMeetingID: UUID?
    /// When invited units must have reported how they relayed and carried the meeting out (传达落实).
    @OptionalField(key: "relay_due") public var relayDue: String?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $createdAt, $updatedAt, $kind, $name, $day, $time, $place, $hostUnit, $chair, $agenda, $minutes,
            $decisions, $importID,
            $recurrence, $previousMeetingID, $relayDue,
        ]
    }

    init(_ fields: MeetingFields, importID: UUID? = nil) {
        apply(fields)
        self.importID = importID
    }

    func apply(_ fields: MeetingFields) {
        kind = fields.kind
        name = fields.name
        day = fields.day
        time = fields.time
        place = fields.place
        $hostUnit.id = fields.hostUnitID
        chair = fields.chair
        agenda = fields.agenda
        minutes = fields.minutes
        decisions = fields.decisions
        recurrence = fields.recurrence
        relayDue = fields.relayDue
    }

    var auditSnapshot: [String: String] {
        [
            "kind": kind.rawValue, "name": name, "day": day, "time": time, "place": place,
            "hostUnitId": $hostUnit.id?.uuidString ?? "", "chair": chair, "recurrence": recurrence.rawValue,
            "relayDue": relayDue ?? "",
        ]
    }

    /// The meeting with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> Meeting {
        guard let meeting = try await Meeting.find(id, on: db) else { throw DomainError.notFound("找不到这次会议") }
        return meeting
    }
}
