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
        [$id, $createdAt, $updatedAt, $kind, $name, $day, $time, $place, $hostUnit, $chair, $agenda, $minutes, $decisions, $importID,
         $recurrence, $previousMeetingID, $relayDue]
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
        ["kind": kind.rawValue, "name": name, "day": day, "time": time, "place": place,
         "hostUnitId": $hostUnit.id?.uuidString ?? "", "chair": chair, "recurrence": recurrence.rawValue, "relayDue": relayDue ?? ""]
    }

    /// The meeting with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> Meeting {
        guard let meeting = try await Meeting.find(id, on: db) else { throw DomainError.notFound("找不到这次会议") }
        return meeting
    }
}

/// A named person at a meeting, with the position written beside the name and their roles.
/// Nothing else is kept about them.
public final class MeetingParticipant: Model, @unchecked Sendable {
    public static let schema = "meeting_participants"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "meeting_id") public var meeting: Meeting
    @Field(key: "name") public var name: String
    @Field(key: "position") public var position: String
    /// Roles joined by “、” (see ``ParticipantRole``).
    @Field(key: "roles") public var rolesText: String
    /// The unit the person was matched to, if anyone matched them.
    @OptionalParent(key: "unit_id") public var unit: OrgUnit?
    @Field(key: "sort_order") public var sortOrder: Int

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $meeting, $name, $position, $rolesText, $unit, $sortOrder] }

    init(meetingID: UUID, _ person: ParticipantFields, sortOrder: Int) {
        $meeting.id = meetingID
        name = person.name
        position = person.position
        rolesText = person.roles.joined(separator: "、")
        $unit.id = person.unitID
        self.sortOrder = sortOrder
    }

    public var roles: [String] { rolesText.split(separator: "、").map(String.init) }
}

/// A document that deploys work (实施意见, 责任分工方案, 通知, …), on its own or reviewed at a meeting.
public final class OfficialDocument: Model, @unchecked Sendable {
    public static let schema = "documents"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    @Field(key: "title") public var title: String
    /// 文号, e.g. 某办发〔2026〕3号; may be empty.
    @Field(key: "number") public var number: String
    @Field(key: "kind") public var kind: DocumentKind
    @OptionalParent(key: "issuing_unit_id") public var issuingUnit: OrgUnit?
    /// `YYYY-MM-DD`, or empty when not known.
    @Field(key: "day") public var day: String
    @Field(key: "body") public var body: String
    @OptionalParent(key: "meeting_id") public var meeting: Meeting?
    @OptionalParent(key: "plan_id") public var plan: Plan?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $title, $number, $kind, $issuingUnit, $day, $body, $meeting, $plan]
    }

    init(_ fields: DocumentFields) {
        apply(fields)
    }

    func apply(_ fields: DocumentFields) {
        title = fields.title
        number = fields.number
        kind = fields.kind
        $issuingUnit.id = fields.issuingUnitID
        day = fields.day
        body = fields.body
        $meeting.id = fields.meetingID
        $plan.id = fields.planID
    }

    var auditSnapshot: [String: String] {
        ["title": title, "number": number, "kind": kind.rawValue, "day": day,
         "meetingId": $meeting.id?.uuidString ?? "", "planId": $plan.id?.uuidString ?? ""]
    }

    /// The document with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> OfficialDocument {
        guard let document = try await OfficialDocument.find(id, on: db) else { throw DomainError.notFound("找不到这份文件") }
        return document
    }
}
