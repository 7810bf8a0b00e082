import FluentKit
import Foundation

/// What an import created.
public struct ImportOutcome: Sendable, Equatable {
    public let areasCreated: Int
    public let tasksCreated: Int
    /// Rows left out because the user chose to skip bad rows.
    public let skipped: [ResponsibilityImport.Problem]
}

extension TaskCommands {
    /// Creates the areas and tasks of a parsed responsibility table in `planID`, in one
    /// transaction. With bad rows, nothing is written unless `skippingBadRows`.
    public func importTable(
        _ table: ResponsibilityImport, into planID: UUID, skippingBadRows: Bool, by actor: Actor,
        on db: any Database
    ) async throws -> ImportOutcome {
        try TaskPermissions.require(.manage, actor: actor)
        if !table.problems.isEmpty && (!skippingBadRows || table.tasks.isEmpty) {
            throw DomainError.invalid(table.problems.map { FieldError("file", $0.description) })
        }
        let plans = PlanCommands(clock: clock)
        let today = CalendarDay.today(clock)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            _ = try await Plan.require(planID, on: tx)
            let existing = try await PlanArea.query(on: tx).filter(\.$plan.$id == planID).all()
            var areaIDs: [UUID] = []
            var areasCreated = 0
            for title in table.areas {
                if let area = existing.first(where: { $0.title == title }) {
                    areaIDs.append(try area.requireID())
                } else {
                    areaIDs.append(try await plans.addArea(to: planID, title: title, by: actor, on: tx).requireID())
                    areasCreated += 1
                }
            }
            func draft(_ row: ResponsibilityImport.TaskRow, parent: UUID?) -> TaskDraft {
                TaskDraft(
                    planID: planID, areaID: row.areaIndex.map { areaIDs[$0] }, parentID: parent, title: row.title,
                    leadUnitID: row.leadUnitID, coUnits: row.coUnitIDs.map { TaskDraft.CoUnit(unitID: $0) },
                    leader: row.leader, startDay: row.deadline < today ? row.deadline.description : "",
                    deadline: row.deadline.description)
            }
            // Key tasks first, so sub-tasks can point at them.
            let keyRows = table.tasks.enumerated().filter { $0.element.parentIndex == nil }
            let keys = try await createMany(
                keyRows.map { draft($0.element, parent: nil) },
                labels: keyRows.map { "第\($0.element.line)行" }, by: actor, on: tx)
            var idByIndex: [Int: UUID] = [:]
            for (row, task) in zip(keyRows, keys) { idByIndex[row.offset] = try task.requireID() }
            let subRows = table.tasks.filter { $0.parentIndex != nil }
            let subs = try await createMany(
                subRows.map { draft($0, parent: idByIndex[$0.parentIndex!]) },
                labels: subRows.map { "第\($0.line)行" }, by: actor, on: tx)
            let plan = try await Plan.require(planID, on: tx)
            try await audit.record(
                AuditSubject(type: "plan", id: plan.id, label: plan.title), action: "plan.import",
                changes: [
                    "tasks": AuditChange(before: nil, after: String(keys.count + subs.count)),
                    "skippedRows": AuditChange(
                        before: nil, after: table.problems.map { String($0.line) }.joined(separator: ",")),
                ])
            return ImportOutcome(
                areasCreated: areasCreated, tasksCreated: keys.count + subs.count, skipped: table.problems)
        }
    }
}
