import Domain
import Fluent
import Foundation

// The meeting pages' models, read from the database.

extension MeetingSummary {
    init(_ meeting: Meeting, hostUnitName: String) {
        self.init(
            id: meeting.id!, name: meeting.name, day: meeting.day, kind: meeting.kind, hostUnitName: hostUnitName,
            chair: meeting.chair, isInSeries: meeting.previousMeetingID != nil)
    }
}

extension MeetingViews.ShowModel {
    static func query(_ id: UUID, for actor: Actor, today: CalendarDay, on db: any Database) async throws -> Self {
        let detail = try await MeetingDetail.load(id, for: actor, on: db)
        let canChoose = SuggestionPermissions.can(.review, actor: actor)
        let candidates = canChoose ? try await SuggestionTopic.candidates(forMeeting: id, on: db) : []
        let meeting = detail.meeting
        let invitations = detail.invitations.map { row in
            Invitation(
                unitName: row.unitName, attendance: row.invitation.attendance, note: row.invitation.note,
                relayState: row.invitation.relayState(due: meeting.relayDue, today: today),
                relayedOn: row.invitation.relayedOn,
                relayText: row.invitation.relayText)
        }
        let own =
            MeetingPermissions.can(.respond, actor: actor)
            ? detail.invitations.firstIndex { $0.invitation.$unit.id == actor.unitID }.map { invitations[$0] } : nil
        return Self(
            id: id, name: meeting.name, kind: meeting.kind, day: meeting.day, time: meeting.time, place: meeting.place,
            hostUnitName: detail.hostUnitName, chair: meeting.chair, agenda: meeting.agenda, minutes: meeting.minutes,
            decisions: meeting.decisions, recurrence: meeting.recurrence, relayDue: meeting.relayDue,
            previous: detail.previous.map { ($0.id!, $0.day, $0.name) },
            next: detail.next.map { ($0.id!, $0.day, $0.name) },
            participants: detail.participants.map {
                Participant(
                    name: $0.participant.name, position: $0.participant.position, roles: $0.participant.roles,
                    unitName: $0.unitName)
            },
            invitations: invitations, ownInvitation: own,
            documents: detail.documents.map { Choice(id: $0.id!, label: $0.title) },
            plans: detail.plans.map { Choice(id: $0.id!, label: $0.title) },
            topics: detail.topics.map {
                Topic(
                    id: $0.suggestion.id!, number: $0.suggestion.number, title: $0.suggestion.title,
                    status: $0.suggestion.status,
                    readable: $0.readable)
            },
            candidates: candidates.map { Choice(id: $0.id!, label: "\($0.number) \($0.title)") }, today: today,
            canManage: MeetingPermissions.can(.manage, actor: actor), canChooseTopics: canChoose)
    }
}

extension RelayViews.Line {
    init(_ row: RelayLedger.Row) {
        self.init(
            meetingID: row.meeting.id!, meetingName: row.meeting.name, meetingDay: row.meeting.day,
            unitName: row.unitName,
            relayDue: row.meeting.relayDue ?? "", state: row.state, relayedOn: row.invitation.relayedOn ?? "")
    }
}
