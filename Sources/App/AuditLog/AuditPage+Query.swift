import Domain
import Fluent
import Foundation

extension AuditView.Entry {
    init(_ entry: AuditEntry) {
        self.init(
            at: entry.at, actorName: entry.actorName, action: entry.action, subjectType: entry.subjectType,
            subjectLabel: entry.subjectLabel, changes: entry.changes)
    }
}

extension AuditView.Model {
    static func query(_ filter: AuditQuery, page: Domain.PageRequest, on db: any Database) async throws -> Self {
        let entries = try await AuditEntry.list(try filter.filter(), page: page, on: db)
        return Self(
            entries: entries.map(AuditView.Entry.init), filter: filter,
            actions: try await AuditEntry.knownActions(on: db))
    }
}
