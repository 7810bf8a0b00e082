import Domain
import Fluent
import Foundation

// The plan pages' models, read from the database.

extension ResponsibilityView.Model {
    /// The plan's table as the actor may see it, with the meeting it comes from.
    static func query(_ planID: UUID, for actor: Actor, on db: any Database) async throws -> Self {
        let table = try await ResponsibilityTable.load(planID, for: actor, on: db)
        // Read by id: the table's plan is shared by the cache and must not be changed by eager loading.
        var source: Meeting?
        if let meetingID = table.plan.$sourceMeeting.id { source = try await Meeting.find(meetingID, on: db) }
        return Self(table, source: source, canManage: PlanPermissions.can(.manage, actor: actor))
    }

    init(_ table: ResponsibilityTable, source: Meeting?, canManage: Bool) {
        let sections = table.sections.map { section in
            Section(
                area: section.area.map { ($0.id!, $0.title) }, number: section.number,
                rows: section.rows.map { row in
                    Row(
                        number: row.number, taskID: row.task.id!, title: row.task.title, leadUnitName: row.leadUnitName,
                        coUnitNames: row.coUnitNames, deadline: row.task.deadline, basis: row.basis, depth: row.depth)
                })
        }
        self.init(
            plan: PlanSummary(table.plan), sections: sections, source: source.map { ($0.id!, $0.name, $0.day) },
            canManage: canManage)
    }
}
