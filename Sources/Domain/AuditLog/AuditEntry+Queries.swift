import FluentKit
import Foundation

/// Which audit entries a list shows; nil fields do not filter.
public struct AuditFilter: Sendable {
    public var actorName: String?
    /// An exact action or a prefix ending in "." (e.g. `unit.`).
    public var action: String?
    public var subjectType: String?
    public var subjectID: String?
    public var from: Date?
    /// Exclusive upper bound.
    public var to: Date?

    public init(
        actorName: String? = nil, action: String? = nil, subjectType: String? = nil,
        subjectID: String? = nil, from: Date? = nil, to: Date? = nil
    ) {
        self.actorName = actorName
        self.action = action
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.from = from
        self.to = to
    }
}

extension AuditEntry {
    /// One page of entries, newest first.
    public static func list(_ filter: AuditFilter, page: PageRequest, on db: any Database) async throws -> Page<
        AuditEntry
    > {
        let query = AuditEntry.query(on: db)
        if let actor = nonEmpty(filter.actorName) { query.filter(\.$actorName == actor.lowercased()) }
        if let action = nonEmpty(filter.action) {
            if action.hasSuffix(".") { query.filter(\.$action =~ action) } else { query.filter(\.$action == action) }
        }
        if let type = nonEmpty(filter.subjectType) { query.filter(\.$subjectType == type) }
        if let id = nonEmpty(filter.subjectID) { query.filter(\.$subjectID == id.uppercased()) }
        if let from = filter.from { query.filter(\.$at >= from) }
        if let to = filter.to { query.filter(\.$at < to) }
        let total = try await query.count()
        let items = try await query.sort(\.$at, .descending).sort(\.$id)
            .range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }

    /// The distinct actions recorded so far, for the filter's choices.
    public static func knownActions(on db: any Database) async throws -> [String] {
        try await AuditEntry.query(on: db).unique().all(\.$action).sorted()
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
