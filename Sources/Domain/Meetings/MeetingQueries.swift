import FluentKit
import Foundation

/// A meeting with everything its page shows.
public struct MeetingDetail: Sendable {
    public let meeting: Meeting
    public let hostUnitName: String?
    /// In the order recorded, with the name of each matched unit.
    public let participants: [(participant: MeetingParticipant, unitName: String?)]
    public let documents: [OfficialDocument]
    /// Plans deployed at this meeting.
    public let plans: [Plan]
    /// The invited units with their answers, by unit name.
    public let invitations: [(invitation: MeetingInvitation, unitName: String)]
    /// The meetings of its series before and after it, if any.
    public let previous: Meeting?
    public let next: Meeting?
    /// Suggestions chosen as its topics (议题) that the actor may see; `readable` is false for
    /// one seen only because it is published (its public page is the one to link).
    public let topics: [(suggestion: Suggestion, readable: Bool)]

    /// The meeting, for an actor who may read meetings.
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> MeetingDetail {
        try MeetingPermissions.require(.read, actor: actor)
        let meeting = try await Meeting.require(id, on: db)
        let names = try await UnitDirectory.snapshot(on: db).names
        let participants = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == id).sort(\.$sortOrder)
            .all()
        return MeetingDetail(
            meeting: meeting, hostUnitName: meeting.$hostUnit.id.flatMap { names[$0] },
            participants: participants.map { ($0, $0.$unit.id.flatMap { names[$0] }) },
            documents: try await OfficialDocument.query(on: db).filter(\.$meeting.$id == id).sort(\.$title).all(),
            plans: try await Plan.query(on: db).filter(\.$sourceMeeting.$id == id).sort(\.$createdAt).all(),
            invitations: try await MeetingInvitation.query(on: db).filter(\.$meeting.$id == id).all()
                .map { ($0, names[$0.$unit.id] ?? "") }.sorted { $0.1 < $1.1 },
            previous: meeting.previousMeetingID == nil
                ? nil : try await Meeting.find(meeting.previousMeetingID, on: db),
            next: try await Meeting.query(on: db).filter(\.$previousMeetingID == id).first(),
            topics: try await SuggestionTopic.topics(ofMeeting: id, for: actor, on: db))
    }
}

extension Meeting {
    /// Meetings, the latest first; `words` match the name or the place.
    public static func list(
        words: String?, kind: MeetingKind?, for actor: Actor, page: PageRequest,
        on db: any Database
    ) async throws -> Page<Meeting> {
        try MeetingPermissions.require(.read, actor: actor)
        let query = Meeting.query(on: db).containing(words, in: \.$name, \.$place)
        if let kind { query.filter(\.$kind == kind) }
        return try await query.page(page) { $0.sort(\.$day, .descending).sort(\.$time, .descending) }
    }
}
