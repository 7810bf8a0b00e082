import FluentKit
import Foundation

/// The names of the records that audit entries point to by id — the user who acted, the
/// unit or plan a field names — so that the log shows names, not ids.
public enum AuditNames {
    /// Names by id for `entries`: their actors and every id among their changed values. An id
    /// whose record is gone has no name.
    public static func load(for entries: [AuditEntry], on db: any Database) async throws -> [UUID: String] {
        var ids = Set(entries.compactMap(\.actorID))
        for entry in entries {
            for change in entry.changes.values {
                for value in [change.before, change.after].compactMap({ $0 }) {
                    if let id = UUID(uuidString: value) { ids.insert(id) }
                }
            }
        }
        guard !ids.isEmpty else { return [:] }
        let list = Array(ids)
        var names: [UUID: String] = [:]
        for user in try await User.query(on: db).filter(\.$id ~~ list).all() { names[user.id!] = user.displayName }
        for unit in try await OrgUnit.query(on: db).filter(\.$id ~~ list).all() { names[unit.id!] = unit.name }
        for plan in try await Plan.query(on: db).filter(\.$id ~~ list).all() { names[plan.id!] = plan.title }
        for area in try await PlanArea.query(on: db).filter(\.$id ~~ list).all() { names[area.id!] = area.title }
        for task in try await WorkTask.query(on: db).filter(\.$id ~~ list).all() { names[task.id!] = task.title }
        for meeting in try await Meeting.query(on: db).filter(\.$id ~~ list).all() { names[meeting.id!] = meeting.name }
        for document in try await OfficialDocument.query(on: db).filter(\.$id ~~ list).all() {
            names[document.id!] = "《\(document.title)》"
        }
        for inspection in try await Inspection.query(on: db).filter(\.$id ~~ list).all() {
            names[inspection.id!] = inspection.title
        }
        return names
    }
}
