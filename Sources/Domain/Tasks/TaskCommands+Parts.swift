import FluentKit
import Foundation

/// The parts of a task a write replaces (co-operating units, milestones) and the summaries
/// its audit entry compares.
extension TaskCommands {

    func apply(_ item: CheckedTaskDraft, to task: WorkTask) {
        task.$plan.id = item.draft.planID
        task.$area.id = item.draft.areaID
        task.$parent.id = item.draft.parentID
        task.title = item.title
        task.description = item.description
        task.$leadUnit.id = item.draft.leadUnitID!
        task.leader = item.leader
        task.startDay = item.start.description
        task.deadline = item.deadline.description
        task.reportFrequency = item.draft.reportFrequency
        task.tags = item.tags
        task.$sourceMeeting.id = item.draft.sourceMeetingID
        task.$sourceDocument.id = item.draft.sourceDocumentID
    }

    func replaceParts(of task: WorkTask, with item: CheckedTaskDraft, on db: any Database) async throws {
        let taskID = try task.requireID()
        let existing = try await TaskCoUnit.query(on: db).filter(\.$task.$id == taskID).all()
        let wanted = Dictionary(
            item.draft.coUnits.map { ($0.unitID, $0.part.trimmingCharacters(in: .whitespacesAndNewlines)) },
            uniquingKeysWith: { first, _ in first })
        for coUnit in existing {
            if let part = wanted[coUnit.$unit.id] {
                if coUnit.part != part {
                    coUnit.part = part
                    try await coUnit.save(on: db)
                }
            } else {
                try await coUnit.delete(on: db)
            }
        }
        let kept = Set(existing.map(\.$unit.id))
        for coUnit in item.draft.coUnits where !kept.contains(coUnit.unitID) {
            try await TaskCoUnit(taskID: taskID, unitID: coUnit.unitID, part: wanted[coUnit.unitID] ?? "").create(
                on: db)
        }
        try await TaskMilestone.query(on: db).filter(\.$task.$id == taskID).delete()
        for milestone in item.milestones {
            try await TaskMilestone(taskID: taskID, milestone: milestone).create(on: db)
        }
    }

    func milestoneSummary(_ task: WorkTask, on db: any Database) async throws -> String {
        try await TaskMilestone.query(on: db).filter(\.$task.$id == task.requireID()).sort(\.$day).all()
            .map { "\($0.day) \($0.expectedProgress)%" }.joined(separator: "；")
    }

    func coUnitSummary(_ task: WorkTask, on db: any Database) async throws -> String {
        try await TaskCoUnit.query(on: db).filter(\.$task.$id == task.requireID()).all()
            .map { "\($0.$unit.id.uuidString):\($0.part)" }.sorted().joined(separator: ";")
    }
}
