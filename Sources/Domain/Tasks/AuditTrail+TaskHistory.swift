import FluentKit
import Foundation

extension AuditTrail {
    /// Writes the task's history line (shown on its page) and the audit entry for a change to it.
    func record(
        _ task: WorkTask, kind: TaskEventKind, summary: String, action: String,
        changes: [String: AuditChange]
    ) async throws {
        try await TaskEvent(taskID: task.requireID(), at: now, actor: actor, kind: kind, summary: summary).create(
            on: db)
        try await record(AuditSubject(type: "task", id: task.id, label: task.title), action: action, changes: changes)
    }
}
