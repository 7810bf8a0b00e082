import Domain
import Vapor

/// Filters for the audit log; `from` and `to` are days (`2026-11-21`), both inclusive.
struct AuditQuery: Content {
    var actor: String?
    var action: String?
    var subjectType: String?
    var subjectId: String?
    var from: String?
    var to: String?
    var page: Int?
    var per: Int?
    /// `xlsx` or `csv` exports the filtered entries (HTML page only).
    var format: String?

    /// The filter, or 400 when a date is not `YYYY-MM-DD`.
    func filter() throws -> AuditFilter {
        func day(_ text: String?) throws -> Date? {
            guard let text, !text.isEmpty else { return nil }
            guard let date = Formats.day.date(from: text) else { throw PublicError(.badRequest, "日期格式应为 2026-01-31") }
            return date
        }
        return AuditFilter(
            actorName: actor, action: action, subjectType: subjectType, subjectID: subjectId,
            from: try day(from), to: try day(to).map { $0.addingTimeInterval(86_400) })
    }

    var queryItems: [(String, String)] {
        [
            ("actor", actor), ("action", action), ("subjectType", subjectType), ("subjectId", subjectId),
            ("from", from), ("to", to),
        ].compactMap { key, value in value.flatMap { $0.isEmpty ? nil : (key, $0) } }
    }
}

/// An audit entry as the API shows it.
struct AuditEntryDTO: Content {
    let id: UUID
    let at: Date
    let actorId: UUID?
    let actorName: String
    let action: String
    let subjectType: String
    let subjectId: String
    let subjectLabel: String
    let changes: [String: AuditChange]

    init(_ entry: AuditEntry) {
        id = entry.id!
        at = entry.at
        actorId = entry.actorID
        actorName = entry.actorName
        action = entry.action
        subjectType = entry.subjectType
        subjectId = entry.subjectID
        subjectLabel = entry.subjectLabel
        changes = entry.changes
    }
}
