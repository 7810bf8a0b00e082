import Domain
import Vapor

/// A meeting in the API.
struct MeetingDTO: Content {
    struct Participant: Content {
        let name: String
        let position: String
        let roles: [String]
        let unitId: UUID?
    }

    let id: UUID
    let kind: MeetingKind
    let kindLabel: String
    let name: String
    let day: String
    let time: String
    let place: String
    let hostUnitId: UUID?
    let chair: String
    let agenda: String
    let minutes: String
    let decisions: String
    let participants: [Participant]?
    let documentIds: [UUID]?
    let planIds: [UUID]?
    let invitations: [Invitation]?
    let recurrence: MeetingRecurrence
    let recurrenceLabel: String
    let previousMeetingId: UUID?
    /// The next meeting of the series, once scheduled; only on a single meeting.
    var nextMeetingId: UUID? = nil
    /// When invited units must report how they relayed the meeting (传达落实).
    let relayDue: String?
    /// Suggestions chosen as its topics that the caller may see; only on a single meeting.
    var topics: [Topic]? = nil

    struct Topic: Content {
        let suggestionId: UUID
        let number: String
        let title: String
        let status: SuggestionStatus
    }

    struct Invitation: Content {
        let unitId: UUID
        let attendance: Attendance
        let attendanceLabel: String
        let note: String
        /// `reported`, `pending` or `overdue`; absent when the meeting asks for no relay report.
        let relayState: String?
        let relayStateLabel: String?
        let relayedOn: String?
        let relayText: String?
        let relaySubmittedAt: Date?

        init(_ invitation: MeetingInvitation, due: String?, today: CalendarDay) {
            unitId = invitation.$unit.id
            attendance = invitation.attendance
            attendanceLabel = invitation.attendance.label
            note = invitation.note
            let state = invitation.relayState(due: due, today: today)
            relayState = state.map { state in
                switch state {
                case .reported: "reported"
                case .pending: "pending"
                case .overdue: "overdue"
                }
            }
            relayStateLabel = state?.label
            relayedOn = invitation.relayedOn
            relayText = invitation.relayText
            relaySubmittedAt = invitation.relaySubmittedAt
        }
    }

    /// The list form: without participants, documents and plans.
    init(_ meeting: Meeting) {
        self.init(meeting, participants: nil, documents: nil, plans: nil, invitations: nil)
    }

    init(_ detail: MeetingDetail, today: CalendarDay) {
        self.init(
            detail.meeting,
            participants: detail.participants.map {
                Participant(
                    name: $0.participant.name, position: $0.participant.position,
                    roles: $0.participant.roles, unitId: $0.participant.$unit.id)
            },
            documents: detail.documents.compactMap(\.id), plans: detail.plans.compactMap(\.id),
            invitations: detail.invitations.map {
                Invitation($0.invitation, due: detail.meeting.relayDue, today: today)
            })
        nextMeetingId = detail.next?.id
        topics = detail.topics.map {
            Topic(
                suggestionId: $0.suggestion.id!, number: $0.suggestion.number, title: $0.suggestion.title,
                status: $0.suggestion.status)
        }
    }

    private init(
        _ meeting: Meeting, participants: [Participant]?, documents: [UUID]?, plans: [UUID]?, invitations: [Invitation]?
    ) {
        id = meeting.id!
        kind = meeting.kind
        kindLabel = meeting.kind.label
        name = meeting.name
        day = meeting.day
        time = meeting.time
        place = meeting.place
        hostUnitId = meeting.$hostUnit.id
        chair = meeting.chair
        agenda = meeting.agenda
        minutes = meeting.minutes
        decisions = meeting.decisions
        self.participants = participants
        documentIds = documents
        planIds = plans
        self.invitations = invitations
        recurrence = meeting.recurrence
        recurrenceLabel = meeting.recurrence.label
        previousMeetingId = meeting.previousMeetingID
        relayDue = meeting.relayDue
    }
}

/// A meeting as the API takes it (create and replace).
struct MeetingBody: Content {
    struct Participant: Content {
        let name: String
        let position: String?
        let roles: [String]?
        let unitId: UUID?
    }

    let kind: String?
    let name: String
    let day: String
    let time: String?
    let place: String?
    let hostUnitId: UUID?
    let chair: String?
    let agenda: String?
    let minutes: String?
    let decisions: String?
    let participants: [Participant]?
    let invitedUnitIds: [UUID]?
    let recurrence: MeetingRecurrence?
    let relayDue: String?

    var input: MeetingInput {
        MeetingInput(
            kind: kind ?? MeetingKind.guessed(from: name).rawValue, name: name, day: day, time: time ?? "",
            place: place ?? "",
            hostUnitID: hostUnitId, chair: chair ?? "", agenda: agenda ?? "", minutes: minutes ?? "",
            decisions: decisions ?? "",
            participants: (participants ?? []).map {
                ParticipantFields(name: $0.name, position: $0.position ?? "", roles: $0.roles ?? [], unitID: $0.unitId)
            }, invitedUnitIDs: invitedUnitIds ?? [], recurrence: (recurrence ?? .none).rawValue,
            relayDue: relayDue ?? "")
    }
}

/// `POST /api/v1/meetings/{id}/relay`: how the caller's unit relayed the meeting (传达落实).
struct RelayBody: Content {
    let relayedOn: String
    let text: String
}

/// One unit's relay report of one meeting, in `GET /api/v1/relays`.
struct RelayDTO: Content {
    let meetingId: UUID
    let meetingName: String
    let meetingDay: String
    let relayDue: String
    let unitId: UUID
    let unitName: String
    let state: String
    let stateLabel: String
    let relayedOn: String?
    let text: String?

    init(_ row: RelayLedger.Row, today: CalendarDay) {
        let invitation = MeetingDTO.Invitation(row.invitation, due: row.meeting.relayDue, today: today)
        meetingId = row.meeting.id!
        meetingName = row.meeting.name
        meetingDay = row.meeting.day
        relayDue = row.meeting.relayDue ?? ""
        unitId = row.invitation.$unit.id
        unitName = row.unitName
        state = invitation.relayState ?? "pending"
        stateLabel = row.state.label
        relayedOn = row.invitation.relayedOn
        text = row.invitation.relayText
    }
}

/// A document in the API.
struct DocumentDTO: Content {
    let id: UUID
    let title: String
    let number: String
    let kind: DocumentKind
    let kindLabel: String
    let issuingUnitId: UUID?
    let day: String
    let body: String
    let meetingId: UUID?
    let planId: UUID?
    /// The document's files; only on a single document.
    var attachments: [ReportDTO.AttachmentDTO]? = nil

    init(_ document: OfficialDocument, files: [AttachmentInfo]? = nil) {
        attachments = files?.map { ReportDTO.AttachmentDTO(id: $0.id, filename: $0.filename, size: $0.size) }
        id = document.id!
        title = document.title
        number = document.number
        kind = document.kind
        kindLabel = document.kind.label
        issuingUnitId = document.$issuingUnit.id
        day = document.day
        body = document.body
        meetingId = document.$meeting.id
        planId = document.$plan.id
    }
}

/// A document as the API takes it (create and replace).
struct DocumentBody: Content {
    let title: String
    let number: String?
    let kind: String?
    let issuingUnitId: UUID?
    let day: String?
    let body: String?
    let meetingId: UUID?
    let planId: UUID?
    /// Files to add, base64 in JSON: at most 10 in all, each at most 5 MB.
    let attachments: [CreateReportBody.Attachment]?

    /// The files, or a field error naming one that is not base64.
    func uploads() throws -> [AttachmentUpload] {
        try (attachments ?? []).map { try $0.upload() }
    }

    var input: DocumentInput {
        DocumentInput(
            title: title, number: number ?? "", kind: kind ?? "", issuingUnitID: issuingUnitId, day: day ?? "",
            body: body ?? "", meetingID: meetingId, planID: planId)
    }
}

/// A report import in the API: the reader's draft, and once confirmed what it created.
struct ImportDTO: Content {
    let id: UUID
    let status: ReportImport.Status
    let sourceName: String
    let createdAt: Date
    /// The reader's JSON (snake_case keys, as in the corpus answer key).
    let draft: ImportDraft
    /// The cleaned text the draft was read from, a paragraph per line.
    let text: String
    let result: ReportImport.Result?

    init(_ record: ReportImport) throws {
        id = try record.requireID()
        status = record.status
        sourceName = record.sourceName
        createdAt = record.createdAt
        draft = try record.draft
        text = record.text
        result = record.result
    }
}

/// `POST /api/v1/imports` with JSON: the report's text.
struct ImportTextBody: Content {
    let text: String
}

/// `POST /api/v1/imports/{id}/confirm`: the edited draft, or nothing to confirm it as read.
struct ConfirmImportBody: Content {
    let draft: ImportDraft?
}
