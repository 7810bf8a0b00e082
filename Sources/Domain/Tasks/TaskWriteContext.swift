import FluentKit
import Foundation

/// What task writes check against, read once per transaction: the units, and the plans,
/// areas and sibling positions already looked at. Importing 1,000 rows then costs a few
/// queries, not thousands.
final class TaskWriteContext {
    private let units: [UUID: OrgUnit]
    private var plans: [UUID: Plan] = [:]
    private var areas: [UUID: PlanArea] = [:]
    private var lastSortOrder: [String: Int] = [:]
    /// Meetings and documents found to cite (an import's tasks all cite one meeting).
    private var citable: Set<UUID> = []

    private init(units: [UUID: OrgUnit]) {
        self.units = units
    }

    static func load(on db: any Database) async throws -> TaskWriteContext {
        let units = try await OrgUnit.query(on: db).all()
        return TaskWriteContext(units: Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) }))
    }

    /// Checks the references of a draft: plan, area, parent task, lead and co-operating units.
    /// A unit already on the task may stay after it was deactivated; a new one must be active.
    func validate(_ item: CheckedTaskDraft, editing task: WorkTask?, on db: any Database) async throws {
        let draft = item.draft
        var problems: [FieldError] = []
        if plans[draft.planID] == nil, let plan = try await Plan.find(draft.planID, on: db) {
            plans[draft.planID] = plan
        }
        if plans[draft.planID] == nil { problems.append(FieldError("planId", "工作计划不存在")) }
        if let areaID = draft.areaID {
            if areas[areaID] == nil, let area = try await PlanArea.find(areaID, on: db) { areas[areaID] = area }
            if areas[areaID]?.$plan.id != draft.planID { problems.append(FieldError("areaId", "所属方面不在这个计划中")) }
        }
        if let parentID = draft.parentID {
            let parent = try await WorkTask.find(parentID, on: db)
            if parent == nil || parent?.$plan.id != draft.planID {
                problems.append(FieldError("parentId", "上级任务不在这个计划中"))
            } else if parent?.$area.id != draft.areaID {
                problems.append(FieldError("parentId", "子任务须与上级任务属于同一方面"))
            } else if parent?.$parent.id != nil || parentID == task?.id {
                problems.append(FieldError("parentId", "子任务只能挂在重点任务下，不能再分层"))
            } else if let task, try await WorkTask.query(on: db).filter(\.$parent.$id == task.requireID()).count() > 0 {
                problems.append(FieldError("parentId", "这项任务有子任务，不能再挂到别的任务下"))
            }
        }
        var existingCo: [UUID] = []
        if let task {
            existingCo = try await TaskCoUnit.query(on: db).filter(\.$task.$id == task.requireID()).all(\.$unit.$id)
        }
        if let lead = draft.leadUnitID {
            if let problem = unitProblem(lead, keeping: task?.$leadUnit.id == lead) {
                problems.append(FieldError("leadUnitId", "牵头单位" + problem))
            }
        }
        for coUnit in draft.coUnits {
            if let problem = unitProblem(coUnit.unitID, keeping: existingCo.contains(coUnit.unitID)) {
                problems.append(FieldError("coUnitIds", "配合单位" + problem))
            }
        }
        if let meetingID = draft.sourceMeetingID, !citable.contains(meetingID) {
            if try await Meeting.query(on: db).filter(\.$id == meetingID).count() > 0 {
                citable.insert(meetingID)
            } else {
                problems.append(FieldError("sourceMeetingId", "依据的会议不存在"))
            }
        }
        if let documentID = draft.sourceDocumentID, !citable.contains(documentID) {
            if try await OfficialDocument.query(on: db).filter(\.$id == documentID).count() > 0 {
                citable.insert(documentID)
            } else {
                problems.append(FieldError("sourceDocumentId", "依据的文件不存在"))
            }
        }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
    }

    /// The next position among a task's siblings.
    func nextSortOrder(plan: UUID, area: UUID?, parent: UUID?, on db: any Database) async throws -> Int {
        let key = "\(plan)/\(area?.uuidString ?? "")/\(parent?.uuidString ?? "")"
        let last: Int
        if let cached = lastSortOrder[key] {
            last = cached
        } else {
            last = try await Self.siblings(plan: plan, area: area, parent: parent, on: db).map(\.sortOrder).max() ?? 0
        }
        lastSortOrder[key] = last + 1
        return last + 1
    }

    /// The tasks sharing a plan, area and parent, in order.
    static func siblings(plan: UUID, area: UUID?, parent: UUID?, on db: any Database) async throws -> [WorkTask] {
        let query = WorkTask.query(on: db).filter(\.$plan.$id == plan).sort(\.$sortOrder)
        if let area { query.filter(\.$area.$id == area) } else { query.filter(\.$area.$id == nil) }
        if let parent { query.filter(\.$parent.$id == parent) } else { query.filter(\.$parent.$id == nil) }
        return try await query.all()
    }

    private func unitProblem(_ id: UUID, keeping: Bool) -> String? {
        guard let unit = units[id] else { return "不存在" }
        if !unit.isActive && !keeping { return "“\(unit.name)”已停用" }
        return nil
    }
}
