import Domain
import Fluent
import Vapor

/// What the MeetingsController pages post and query: forms and query strings, decoded by the controller.
extension MeetingsController {
    struct MeetingForm: Content {
        var name: String?
        var kind: String?
        var day: String?
        var time: String?
        var place: String?
        var hostUnitId: String?
        var chair: String?
        /// One per line: 姓名｜职务｜角色、角色.
        var participants: String?
        var agenda: String?
        var minutes: String?
        var decisions: String?
        var invitedUnitIds: [String]?
        var recurrence: String?
        var relayDue: String?

        var input: MeetingInput {
            MeetingInput(
                kind: kind ?? "", name: name ?? "", day: day ?? "", time: time ?? "", place: place ?? "",
                hostUnitID: hostUnitId.flatMap(UUID.init(uuidString:)), chair: chair ?? "", agenda: agenda ?? "",
                minutes: minutes ?? "", decisions: decisions ?? "", participants: Self.people(participants ?? ""),
                invitedUnitIDs: (invitedUnitIds ?? []).compactMap(UUID.init(uuidString:)),
                recurrence: recurrence ?? MeetingRecurrence.none.rawValue, relayDue: relayDue ?? "")
        }

        static func people(_ text: String) -> [ParticipantFields] {
            text.split(whereSeparator: \.isNewline).compactMap { line in
                let parts = line.split(separator: "｜", omittingEmptySubsequences: false)
                    .flatMap { $0.split(separator: "|", omittingEmptySubsequences: false) }.map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }
                guard let name = parts.first, !name.isEmpty else { return nil }
                let roles =
                    parts.count > 2 ? parts[2].split(whereSeparator: { "、,， ".contains($0) }).map(String.init) : []
                return ParticipantFields(name: name, position: parts.count > 1 ? parts[1] : "", roles: roles)
            }
        }

        init(_ detail: MeetingDetail) {
            let meeting = detail.meeting
            name = meeting.name
            kind = meeting.kind.rawValue
            day = meeting.day
            time = meeting.time
            place = meeting.place
            hostUnitId = meeting.$hostUnit.id?.uuidString.lowercased()
            chair = meeting.chair
            participants = detail.participants.map { row in
                [row.participant.name, row.participant.position, row.participant.roles.joined(separator: "、")].joined(
                    separator: "｜")
            }.joined(separator: "\n")
            agenda = meeting.agenda
            minutes = meeting.minutes
            decisions = meeting.decisions
            invitedUnitIds = detail.invitations.map { $0.invitation.$unit.id.uuidString.lowercased() }
            recurrence = meeting.recurrence.rawValue
            relayDue = meeting.relayDue
        }

        init() {}
    }

    struct RelayForm: Content {
        var relayedOn: String?
        var text: String?
    }

    struct RelayQuery: Content {
        var overdue: String?
    }

    struct AttendanceForm: Content {
        var attending: String?
        var note: String?
    }
}
