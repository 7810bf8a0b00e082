import Foundation

/// Everything a task is made of, as typed into the form, the API or an imported table.
/// Used both to create a task and to replace an existing task's fields.
public struct TaskDraft: Sendable, Equatable {
    public struct CoUnit: Sendable, Equatable {
        public var unitID: UUID
        public var part: String

        public init(unitID: UUID, part: String = "") {
            self.unitID = unitID
            self.part = part
        }
    }

    public var planID: UUID
    public var areaID: UUID?
    public var parentID: UUID?
    public var title: String
    public var description: String
    public var leadUnitID: UUID?
    public var coUnits: [CoUnit]
    public var leader: String
    /// Empty means today.
    public var startDay: String
    public var deadline: String
    /// `(day, expected %)` as typed.
    public var milestones: [(day: String, progress: Int)]
    public var reportFrequency: ReportFrequency
    public var tags: [String]
    /// The meeting and the document the task cites as its basis (依据).
    public var sourceMeetingID: UUID?
    public var sourceDocumentID: UUID?

    public init(
        planID: UUID, areaID: UUID? = nil, parentID: UUID? = nil, title: String, description: String = "",
        leadUnitID: UUID?, coUnits: [CoUnit] = [], leader: String = "", startDay: String = "", deadline: String,
        milestones: [(day: String, progress: Int)] = [], reportFrequency: ReportFrequency = .monthly,
        tags: [String] = [],
        sourceMeetingID: UUID? = nil, sourceDocumentID: UUID? = nil
    ) {
        self.planID = planID
        self.areaID = areaID
        self.parentID = parentID
        self.title = title
        self.description = description
        self.leadUnitID = leadUnitID
        self.coUnits = coUnits
        self.leader = leader
        self.startDay = startDay
        self.deadline = deadline
        self.milestones = milestones
        self.reportFrequency = reportFrequency
        self.tags = tags
        self.sourceMeetingID = sourceMeetingID
        self.sourceDocumentID = sourceDocumentID
    }

    public static func == (left: TaskDraft, right: TaskDraft) -> Bool {
        left.planID == right.planID && left.areaID == right.areaID && left.parentID == right.parentID
            && left.title == right.title && left.description == right.description && left.leadUnitID == right.leadUnitID
            && left.coUnits == right.coUnits && left.leader == right.leader && left.startDay == right.startDay
            && left.deadline == right.deadline && left.reportFrequency == right.reportFrequency
            && left.tags == right.tags
            && left.sourceMeetingID == right.sourceMeetingID && left.sourceDocumentID == right.sourceDocumentID
            && left.milestones.map(\.day) == right.milestones.map(\.day)
            && left.milestones.map(\.progress) == right.milestones.map(\.progress)
    }
}

/// A draft that passed every check that needs no database: trimmed text, parsed days.
struct CheckedTaskDraft {
    let draft: TaskDraft
    let title: String
    let description: String
    let leader: String
    let start: CalendarDay
    let deadline: CalendarDay
    let milestones: [Milestone]
    let tags: String
}

/// The limits and checks of a task's fields.
public enum TaskRules {
    public static let maxTitleLength = 300
    public static let maxDescriptionLength = 5_000
    public static let maxLeaderLength = 100
    public static let maxCoUnits = 50
    public static let maxMilestones = 24
    public static let maxTags = 10
    public static let maxTagLength = 20

    /// Reads a day as people write it: 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日,
    /// also without leading zeros.
    public static func day(_ text: String) -> CalendarDay? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numbers = trimmed.split(whereSeparator: { "-/.年月日 ".contains($0) })
        guard numbers.count == 3,
            trimmed.allSatisfy({ $0.isASCII ? ($0.isNumber || "-/. ".contains($0)) : "年月日".contains($0) }),
            numbers[0].count == 4, let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]),
            (2000...2100).contains(year)
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Checks the fields; returns every problem at once.
    static func check(_ draft: TaskDraft, today: CalendarDay) throws -> CheckedTaskDraft {
        var problems: [FieldError] = []
        let title = RequiredText("title", "工作任务", limit: maxTitleLength).checked(draft.title, into: &problems)
        let description = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
        let leader = draft.leader.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.count > maxDescriptionLength {
            problems.append(FieldError("description", "任务说明不能超过\(maxDescriptionLength)个字"))
        }
        if leader.count > maxLeaderLength { problems.append(FieldError("leader", "责任领导不能超过\(maxLeaderLength)个字")) }
        if draft.leadUnitID == nil { problems.append(FieldError("leadUnitId", "请选择牵头单位")) }
        let coIDs = draft.coUnits.map(\.unitID)
        if Set(coIDs).count != coIDs.count { problems.append(FieldError("coUnitIds", "配合单位有重复")) }
        if let lead = draft.leadUnitID, coIDs.contains(lead) {
            problems.append(FieldError("coUnitIds", "牵头单位不能同时是配合单位"))
        }
        if coIDs.count > maxCoUnits { problems.append(FieldError("coUnitIds", "配合单位最多\(maxCoUnits)个")) }
        if draft.coUnits.contains(where: { $0.part.count > maxDescriptionLength }) {
            problems.append(FieldError("coUnitIds", "配合事项不能超过\(maxDescriptionLength)个字"))
        }
        let start = draft.startDay.trimmingCharacters(in: .whitespaces).isEmpty ? today : day(draft.startDay)
        if start == nil { problems.append(FieldError("startDay", "开始日期请写成 2026-03-01")) }
        let deadline = day(draft.deadline)
        if deadline == nil {
            problems.append(
                FieldError(
                    "deadline", draft.deadline.isEmpty ? "请填写完成时限" : "完成时限“\(draft.deadline)”不是有效日期，请写成 2026-12-31"))
        } else if let start, let deadline, deadline < start {
            problems.append(FieldError("deadline", "完成时限不能早于开始日期"))
        }
        var milestones: [Milestone] = []
        if draft.milestones.count > maxMilestones { problems.append(FieldError("milestones", "节点最多\(maxMilestones)个")) }
        for (index, entry) in draft.milestones.enumerated() {
            guard let day = day(entry.day) else {
                problems.append(FieldError("milestones", "第\(index + 1)个节点的日期“\(entry.day)”无效"))
                continue
            }
            if !(0...100).contains(entry.progress) {
                problems.append(FieldError("milestones", "第\(index + 1)个节点的进度应在 0 到 100 之间"))
            } else if let start, let deadline, day <= start || day >= deadline {
                problems.append(FieldError("milestones", "第\(index + 1)个节点应在开始日期和完成时限之间"))
            } else {
                milestones.append(Milestone(day: day, expectedProgress: entry.progress))
            }
        }
        let tags = draft.tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if tags.count > maxTags || tags.contains(where: { $0.count > maxTagLength || $0.contains("，") }) {
            problems.append(FieldError("tags", "标签最多\(maxTags)个，每个不超过\(maxTagLength)个字"))
        }
        guard problems.isEmpty, let start, let deadline else { throw DomainError.invalid(problems) }
        return CheckedTaskDraft(
            draft: draft, title: title, description: description, leader: leader, start: start,
            deadline: deadline, milestones: milestones.sorted { $0.day < $1.day },
            tags: tags.joined(separator: "，"))
    }
}
