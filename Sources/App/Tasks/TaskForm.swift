import Domain
import Vapor

/// The task form as posted. Co-operating units and milestones come as parallel arrays, one
/// entry per row of the form; empty rows are dropped.
struct TaskForm: Content {
    var planId: String?
    var areaId: String?
    var parentId: String?
    var title: String?
    var description: String?
    var leadUnitId: String?
    var coUnitId: [String]?
    var coPart: [String]?
    var leader: String?
    var startDay: String?
    var deadline: String?
    var milestoneDay: [String]?
    var milestoneProgress: [String]?
    var reportFrequency: String?
    var tags: String?
    var sourceMeetingId: String?
    var sourceDocumentId: String?

    /// Rows of co-operating units and milestones a form shows beyond those filled in.
    static let spareRows = 3

    /// The form filled from a stored task.
    init(_ detail: TaskDetail) {
        let task = detail.task
        planId = task.$plan.id.uuidString.lowercased()
        areaId = task.$area.id?.uuidString.lowercased()
        parentId = task.$parent.id?.uuidString.lowercased()
        title = task.title
        description = task.description
        leadUnitId = task.$leadUnit.id.uuidString.lowercased()
        coUnitId = detail.coUnits.map { $0.unitID.uuidString.lowercased() }
        coPart = detail.coUnits.map(\.part)
        leader = task.leader
        startDay = task.startDay
        deadline = task.deadline
        milestoneDay = detail.milestones.map(\.day.description)
        milestoneProgress = detail.milestones.map { String($0.expectedProgress) }
        reportFrequency = task.reportFrequency.rawValue
        tags = task.tags
        sourceMeetingId = task.$sourceMeeting.id?.uuidString.lowercased()
        sourceDocumentId = task.$sourceDocument.id?.uuidString.lowercased()
    }

    /// An empty form in `planID`.
    init(planID: UUID?) {
        planId = planID?.uuidString.lowercased()
        reportFrequency = ReportFrequency.monthly.rawValue
    }

    /// The domain draft; ids that do not parse are reported as the field's error.
    func draft() throws -> TaskDraft {
        guard let planID = planId.flatMap(UUID.init(uuidString:)) else {
            throw DomainError.invalid("planId", "请选择工作计划")
        }
        var problems: [FieldError] = []
        func optionalID(_ text: String?, field: String) -> UUID? {
            guard let text, !text.isEmpty else { return nil }
            guard let id = UUID(uuidString: text) else {
                problems.append(FieldError(field, "选择无效"))
                return nil
            }
            return id
        }
        let units = coUnitId ?? []
        let parts = coPart ?? []
        var coUnits: [TaskDraft.CoUnit] = []
        for (index, unit) in units.enumerated() where !unit.isEmpty {
            guard let id = UUID(uuidString: unit) else {
                problems.append(FieldError("coUnitIds", "配合单位选择无效"))
                continue
            }
            coUnits.append(TaskDraft.CoUnit(unitID: id, part: index < parts.count ? parts[index] : ""))
        }
        let days = milestoneDay ?? []
        let percents = milestoneProgress ?? []
        var milestones: [(day: String, progress: Int)] = []
        for (index, day) in days.enumerated() where !day.trimmingCharacters(in: .whitespaces).isEmpty {
            let text = index < percents.count ? percents[index].trimmingCharacters(in: .whitespaces) : ""
            guard let percent = Int(text.replacingOccurrences(of: "%", with: "")) else {
                problems.append(FieldError("milestones", "第\(index + 1)个节点请填写预期进度（0-100）"))
                continue
            }
            milestones.append((day: day, progress: percent))
        }
        guard let frequency = ReportFrequency(rawValue: reportFrequency ?? "") else {
            throw DomainError.invalid("reportFrequency", "请选择报送频次")
        }
        let draft = TaskDraft(
            planID: planID, areaID: optionalID(areaId, field: "areaId"),
            parentID: optionalID(parentId, field: "parentId"),
            title: title ?? "", description: description ?? "",
            leadUnitID: optionalID(leadUnitId, field: "leadUnitId"), coUnits: coUnits, leader: leader ?? "",
            startDay: startDay ?? "", deadline: deadline ?? "", milestones: milestones, reportFrequency: frequency,
            tags: (tags ?? "").split(whereSeparator: { "，,、 ".contains($0) }).map(String.init),
            sourceMeetingID: optionalID(sourceMeetingId, field: "sourceMeetingId"),
            sourceDocumentID: optionalID(sourceDocumentId, field: "sourceDocumentId"))
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return draft
    }
}
