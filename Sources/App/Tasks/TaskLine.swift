import Domain
import Foundation

/// A task as the lists show it (task list, home page, overdue list): plain values, so the
/// pages that list tasks render without a database.
struct TaskLine: Sendable {
    var id: UUID
    var title: String
    var leadUnitName: String
    var coUnitNames: [String]
    var deadline: String
    var nextReportDue: String?
    var status: TaskStatus
    var progress: Int
    var light: Light

    init(
        id: UUID, title: String, leadUnitName: String, coUnitNames: [String] = [], deadline: String,
        nextReportDue: String? = nil,
        status: TaskStatus, progress: Int, light: Light
    ) {
        self.id = id
        self.title = title
        self.leadUnitName = leadUnitName
        self.coUnitNames = coUnitNames
        self.deadline = deadline
        self.nextReportDue = nextReportDue
        self.status = status
        self.progress = progress
        self.light = light
    }

    init(_ row: TaskRow) {
        self.init(
            id: row.task.id!, title: row.task.title, leadUnitName: row.leadUnitName, coUnitNames: row.coUnitNames,
            deadline: row.task.deadline, nextReportDue: row.task.nextReportDue, status: row.task.status,
            progress: row.task.progress, light: row.task.light)
    }
}
