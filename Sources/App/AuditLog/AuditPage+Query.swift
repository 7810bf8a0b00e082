import Domain
import Fluent
import Foundation

extension AuditView.Entry {
    /// `entries` in words: the actor's name, the action, the subject type, each changed field
    /// and coded value in Chinese, and ids replaced by the names of what they point to.
    static func load(_ entries: [AuditEntry], on db: any Database) async throws -> [Self] {
        let names = try await AuditNames.load(for: entries, on: db)
        return entries.map { entry in
            let changes = entry.changes.keys.sorted().map { key -> AuditView.Change in
                let change = entry.changes[key]!
                func words(_ value: String?) -> String {
                    guard let value, !value.isEmpty else { return "（空）" }
                    if let id = UUID(uuidString: value) { return names[id] ?? "（已删除的记录）" }
                    return AuditWords.value(value, field: key, subjectType: entry.subjectType) ?? value
                }
                return AuditView.Change(
                    field: AuditWords.field(key) ?? key, before: words(change.before), after: words(change.after))
            }
            return Self(
                at: entry.at, actorName: entry.actorID.flatMap { names[$0] } ?? entry.actorName,
                action: AuditWords.action(entry.action) ?? entry.action,
                subjectType: AuditWords.subject(entry.subjectType) ?? entry.subjectType,
                subjectLabel: entry.subjectLabel, changes: changes)
        }
    }
}

extension AuditView.Model {
    static func query(_ filter: AuditQuery, page: Domain.PageRequest, on db: any Database) async throws -> Self {
        let entries = try await AuditEntry.list(try filter.filter(), page: page, on: db)
        let known = Set(try await AuditEntry.knownActions(on: db))
        return Self(
            entries: Page(
                items: try await AuditView.Entry.load(entries.items, on: db), total: entries.total,
                request: entries.request), filter: filter,
            actions: AuditWords.allActions.filter { known.contains($0.code) })
    }
}
