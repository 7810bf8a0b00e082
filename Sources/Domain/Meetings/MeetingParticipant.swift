import FluentKit
import Foundation

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
