import FluentKit
import Foundation

/// Whether an invited unit comes to a meeting.
public enum Attendance: String, Codable, Sendable, CaseIterable {
    case invited, confirmed, declined

    public var label: String {
        switch self {
        case .invited: "待确认"
        case .confirmed: "参会"
        case .declined: "请假"
        }
    }
}

/// A unit invited to a meeting, and its answer (the liaison confirms attendance or sends apologies).
public final class MeetingInvitation: Model, @unchecked Sendable {
    public static let schema = "meeting_units"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "meeting_id") public var meeting: Meeting
    @Parent(key: "unit_id") public var unit: OrgUnit
    @Field(key: "attendance") public var attendance: Attendance
    /// What the unit said with its answer (who comes, why not).
    @Field(key: "note") public var note: String
    @OptionalField(key: "responded_at") public var respondedAt: Date?
    @OptionalField(key: "responded_by") public var respondedBy: String?
    /// How the unit relayed and carried the meeting out (传达落实), once reported.
    @OptionalField(key: "relay_text") public var relayText: String?
    /// The day the unit relayed the meeting (its own meeting or study session).
    @OptionalField(key: "relayed_on") public var relayedOn: String?
    @OptionalField(key: "relay_submitted_at") public var relaySubmittedAt: Date?
    @OptionalField(key: "relay_submitted_by") public var relaySubmittedBy: String?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $meeting, $unit, $attendance, $note, $respondedAt, $respondedBy, $relayText, $relayedOn,
            $relaySubmittedAt, $relaySubmittedBy,
        ]
    }

    init(meetingID: UUID, unitID: UUID) {
        $meeting.id = meetingID
        $unit.id = unitID
        attendance = .invited
        note = ""
    }
}
