import Foundation

/// What confirming an ``ImportDraft`` will create, worked out and checked before anything is
/// written: the meeting and its people, the documents, the plan and its tasks.
struct ImportPlan {
    struct TaskSpec {
        let title: String
        let speaker: String?
        let leadUnitID: UUID?
        let coUnitIDs: [UUID]
        let deadline: String

        func draft(planID: UUID, defaultLead: UUID?, meetingID: UUID, meetingName: String) -> TaskDraft {
            let source = speaker.map { "来源：\(meetingName)，\($0)讲话" } ?? "来源：\(meetingName)"
            return TaskDraft(
                planID: planID, title: title, description: source, leadUnitID: leadUnitID ?? defaultLead,
                coUnits: coUnitIDs.map { TaskDraft.CoUnit(unitID: $0) }, deadline: deadline, sourceMeetingID: meetingID)
        }
    }

    let meeting: MeetingFields
    let people: [ParticipantFields]
    let documents: [String]
    let planTitle: String
    let planPeriod: PlanPeriod
    let tasks: [TaskSpec]

    /// Reads the draft; throws `.invalid` naming every field a person must fix.
    init(_ draft: ImportDraft, today: CalendarDay) throws {
        let day = Self.meetingDay(draft, today: today)
        let name = Self.clipped(draft.meetingName ?? draft.title ?? "", to: MeetingRules.maxNameLength)
        let people = (draft.people ?? []).map { person in
            ParticipantFields(
                name: person.name, position: person.position ?? "",
                roles: (person.roles ?? []).filter(ParticipantRole.all.contains), unitID: person.unitId)
        }
        let chair = people.first { $0.roles.contains("主持") }?.name ?? ""
        let input = MeetingInput(
            kind: draft.kind ?? MeetingKind.guessed(from: name).rawValue, name: name.isEmpty ? "会议" : name,
            day: day.description, time: draft.time ?? "", place: draft.place ?? "", hostUnitID: draft.hostUnitId,
            chair: chair, participants: people)
        (meeting, self.people) = try MeetingRules.checked(input)

        var problems: [FieldError] = []
        let period = PlanPeriod(draft.planPeriod ?? String(day.components.year))
        if period == nil { problems.append(FieldError("plan_period", "计划年度请写成“2026”或“2026-2027”")) }
        planTitle = Self.clipped(
            draft.planTitle?.trimmingCharacters(in: .whitespacesAndNewlines)
                ?? "\(meeting.name)部署的重点工作", to: PlanCommands.maxTitleLength)
        if planTitle.isEmpty { problems.append(FieldError("plan_title", "请填写计划名称")) }
        var seen = Set<String>()
        documents = (draft.documents ?? []).map {
            Self.clipped($0.trimmingCharacters(in: CharacterSet(charactersIn: "《》 ")), to: MeetingRules.maxNameLength)
        }
        .filter { !$0.isEmpty && seen.insert($0).inserted }
        // Tasks fall due by the end of the meeting's year, or of this year for an older meeting.
        let defaultDeadline = "\(max(day.components.year, today.components.year))-12-31"
        tasks = (draft.requirements ?? []).filter { $0.drop != true }.compactMap { requirement in
            let title = Self.clipped(
                Self.taskTitle(requirement.title ?? requirement.head), to: TaskRules.maxTitleLength)
            guard !title.isEmpty else { return nil }
            let deadline = requirement.deadline?.trimmingCharacters(in: .whitespaces)
            return TaskSpec(
                title: title, speaker: requirement.speaker, leadUnitID: requirement.leadUnitId,
                coUnitIDs: requirement.coUnitIds ?? [],
                deadline: deadline.flatMap { $0.isEmpty ? nil : $0 } ?? defaultDeadline)
        }
        guard problems.isEmpty, let period else { throw DomainError.invalid(problems) }
        planPeriod = period
    }

    /// The meeting's day: the reader's date; a date without a year takes the publication's
    /// year (or this year); without any date, the publication day, else today.
    static func meetingDay(_ draft: ImportDraft, today: CalendarDay) -> CalendarDay {
        let published = draft.published.flatMap { CalendarDay(iso: String($0.prefix(10))) }
        if let text = draft.meetingDate {
            if let day = CalendarDay(iso: text) { return day }
            let parts = text.split(separator: "-")
            if text.hasPrefix("--"), parts.count == 2, let month = Int(parts[0]), let dayOfMonth = Int(parts[1]),
                let day = CalendarDay(year: (published ?? today).components.year, month: month, day: dayOfMonth)
            {
                return day
            }
        }
        return published ?? today
    }

    /// A requirement's head without its closing mark: “加强组织领导。” → “加强组织领导”.
    static func taskTitle(_ head: String) -> String {
        var title = head.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = title.last, "。；：，、;:,.".contains(last) { title.removeLast() }
        return title
    }

    private static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit))
    }
}
