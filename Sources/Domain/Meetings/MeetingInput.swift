import Foundation

/// A meeting as typed in a form or sent to the API, before it is checked.
public struct MeetingInput: Sendable {
    public var kind: String
    public var name: String
    public var day: String
    public var time: String
    public var place: String
    public var hostUnitID: UUID?
    public var chair: String
    public var agenda: String
    public var minutes: String
    public var decisions: String
    public var participants: [ParticipantFields]
    /// Units invited to attend; each confirms or sends apologies.
    public var invitedUnitIDs: [UUID]
    /// A ``MeetingRecurrence`` raw value.
    public var recurrence: String
    /// When invited units must report how they relayed the meeting (传达落实); empty for none.
    public var relayDue: String

    public init(
        kind: String = MeetingKind.other.rawValue, name: String, day: String, time: String = "", place: String = "",
        hostUnitID: UUID? = nil, chair: String = "", agenda: String = "", minutes: String = "", decisions: String = "",
        participants: [ParticipantFields] = [], invitedUnitIDs: [UUID] = [],
        recurrence: String = MeetingRecurrence.none.rawValue, relayDue: String = ""
    ) {
        self.invitedUnitIDs = invitedUnitIDs
        self.recurrence = recurrence
        self.relayDue = relayDue
        self.kind = kind
        self.name = name
        self.day = day
        self.time = time
        self.place = place
        self.hostUnitID = hostUnitID
        self.chair = chair
        self.agenda = agenda
        self.minutes = minutes
        self.decisions = decisions
        self.participants = participants
    }
}

/// A participant as given: name, position, roles and, when matched, a unit.
public struct ParticipantFields: Sendable, Equatable {
    public var name: String
    public var position: String
    public var roles: [String]
    public var unitID: UUID?

    public init(name: String, position: String = "", roles: [String] = [], unitID: UUID? = nil) {
        self.name = name
        self.position = position
        self.roles = roles
        self.unitID = unitID
    }
}

/// A meeting's checked fields.
struct MeetingFields: Sendable {
    var kind: MeetingKind
    var name: String
    var day: String
    var time: String
    var place: String
    var hostUnitID: UUID?
    var chair: String
    var agenda: String
    var minutes: String
    var decisions: String
    var recurrence: MeetingRecurrence
    var relayDue: String?
}

/// A document as typed in a form or sent to the API, before it is checked.
public struct DocumentInput: Sendable {
    public var title: String
    public var number: String
    public var kind: String
    public var issuingUnitID: UUID?
    public var day: String
    public var body: String
    public var meetingID: UUID?
    public var planID: UUID?

    public init(
        title: String, number: String = "", kind: String = "", issuingUnitID: UUID? = nil, day: String = "",
        body: String = "", meetingID: UUID? = nil, planID: UUID? = nil
    ) {
        self.title = title
        self.number = number
        self.kind = kind
        self.issuingUnitID = issuingUnitID
        self.day = day
        self.body = body
        self.meetingID = meetingID
        self.planID = planID
    }
}

/// A document's checked fields.
struct DocumentFields: Sendable {
    var title: String
    var number: String
    var kind: DocumentKind
    var issuingUnitID: UUID?
    var day: String
    var body: String
    var meetingID: UUID?
    var planID: UUID?
}

/// The limits and checks for meetings and documents, with messages a user understands.
public enum MeetingRules {
    public static let maxNameLength = 200
    public static let maxTextLength = 20_000
    public static let maxBodyLength = 200_000
    public static let maxParticipants = 300
    public static let maxShortLength = 100

    public static let maxInvitedUnits = 300
    public static let maxNoteLength = 500

    static func checked(_ input: MeetingInput) throws -> (MeetingFields, [ParticipantFields]) {
        var problems: [FieldError] = []
        if input.invitedUnitIDs.count > maxInvitedUnits {
            problems.append(FieldError("invitedUnitIds", "参会单位最多\(maxInvitedUnits)个"))
        }
        let name = RequiredText("name", "会议名称", limit: maxNameLength).checked(input.name, into: &problems)
        let kind = MeetingKind(rawValue: input.kind)
        if kind == nil { problems.append(FieldError("kind", "请选择会议类型")) }
        let day = TaskRules.day(input.day)
        if day == nil { problems.append(FieldError("day", "会议日期请写成 2026-03-15")) }
        let time = input.time.trimmingCharacters(in: .whitespaces)
        if !time.isEmpty, !isClockTime(time) { problems.append(FieldError("time", "时间请写成 09:30")) }
        for (field, value, limit) in [
            ("place", input.place, maxShortLength * 2), ("chair", input.chair, maxShortLength),
            ("agenda", input.agenda, maxTextLength), ("minutes", input.minutes, maxTextLength),
            ("decisions", input.decisions, maxTextLength),
        ] where value.count > limit {
            problems.append(FieldError(field, "内容不能超过\(limit)个字"))
        }
        let recurrence = MeetingRecurrence(rawValue: input.recurrence)
        if recurrence == nil { problems.append(FieldError("recurrence", "请选择重复周期")) }
        let relayText = input.relayDue.trimmingCharacters(in: .whitespaces)
        let relayDue = relayText.isEmpty ? nil : TaskRules.day(relayText)
        if !relayText.isEmpty, relayDue == nil {
            problems.append(FieldError("relayDue", "传达落实报送时限请写成 2026-03-31"))
        } else if let relayDue, let day, relayDue < day {
            problems.append(FieldError("relayDue", "传达落实报送时限不能早于会议日期"))
        }
        if input.participants.count > maxParticipants {
            problems.append(FieldError("participants", "参会人员最多\(maxParticipants)人"))
        }
        var people: [ParticipantFields] = []
        for (index, person) in input.participants.enumerated() {
            let personName = person.name.trimmingCharacters(in: .whitespaces)
            guard !personName.isEmpty else { continue }
            if personName.count > maxShortLength || person.position.count > maxNameLength {
                problems.append(FieldError("participants", "第\(index + 1)位参会人员的姓名或职务太长"))
            }
            if let unknown = person.roles.first(where: { !ParticipantRole.all.contains($0) }) {
                problems.append(FieldError("participants", "第\(index + 1)位参会人员的角色“\(unknown)”无效"))
            }
            people.append(
                ParticipantFields(
                    name: personName, position: person.position.trimmingCharacters(in: .whitespaces),
                    roles: person.roles, unitID: person.unitID))
        }
        guard problems.isEmpty, let kind, let day, let recurrence else { throw DomainError.invalid(problems) }
        let fields = MeetingFields(
            kind: kind, name: name, day: day.description, time: time,
            place: input.place.trimmingCharacters(in: .whitespacesAndNewlines), hostUnitID: input.hostUnitID,
            chair: input.chair.trimmingCharacters(in: .whitespaces), agenda: input.agenda,
            minutes: input.minutes, decisions: input.decisions, recurrence: recurrence,
            relayDue: relayDue?.description)
        return (fields, people)
    }

    static func checked(_ input: DocumentInput) throws -> DocumentFields {
        var problems: [FieldError] = []
        let title = RequiredText("title", "文件标题", limit: maxNameLength)
            .checked(
                input.title.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(
                    in: CharacterSet(charactersIn: "《》")),
                into: &problems)
        if input.number.count > maxShortLength { problems.append(FieldError("number", "文号不能超过\(maxShortLength)个字")) }
        if input.body.count > maxBodyLength { problems.append(FieldError("body", "正文不能超过\(maxBodyLength)个字")) }
        let kind = input.kind.isEmpty ? DocumentKind.guessed(from: title) : DocumentKind(rawValue: input.kind)
        if kind == nil { problems.append(FieldError("kind", "请选择文件类型")) }
        let dayText = input.day.trimmingCharacters(in: .whitespaces)
        let day = dayText.isEmpty ? nil : TaskRules.day(dayText)
        if !dayText.isEmpty, day == nil { problems.append(FieldError("day", "成文日期请写成 2026-03-15")) }
        guard problems.isEmpty, let kind else { throw DomainError.invalid(problems) }
        return DocumentFields(
            title: title, number: input.number.trimmingCharacters(in: .whitespaces), kind: kind,
            issuingUnitID: input.issuingUnitID, day: day?.description ?? "", body: input.body,
            meetingID: input.meetingID, planID: input.planID)
    }

    private static func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), parts[1].count == 2 else {
            return false
        }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }
}
