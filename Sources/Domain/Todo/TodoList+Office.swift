import FluentKit
import Foundation

extension TodoList {
    /// The office: reports to review, notice answers to close, rectification to sign off,
    /// suggestions to accept, route and whose answers to review, and relays overdue.
    static func office(_ actor: Actor, today: CalendarDay, on db: any Database) async throws -> [TodoItem] {
        let names = try await OrgUnit.names(on: db)
        var items: [TodoItem] = []
        let reports = try await ProgressReport.query(on: db).filter(\.$status == .submitted).with(\.$task)
            .sort(\.$submittedAt).range(..<maxPerKind).all()
        items += reports.map { report in
            TodoItem(
                kind: .reportToReview, title: report.task.title, detail: names[report.$unit.id] ?? "",
                since: day(report.submittedAt), due: nil, subject: .task(report.$task.id))
        }
        let notices = try await SupervisionNotice.query(on: db).filter(\.$status == .answered)
            .sort(\.$answeredAt).range(..<maxPerKind).all()
        items += notices.map { notice in
            TodoItem(
                kind: .noticeToClose, title: "\(notice.number)　\(notice.reason)", detail: names[notice.$unit.id] ?? "",
                since: day(notice.answeredAt), due: nil, subject: .notice(notice.id!))
        }
        items += try await rectification(.itemToSignOff, statuses: [.submitted], unitID: nil, names: names, on: db)
        items += try await suggestions(
            .suggestionToAccept, SuggestionFilter(status: .submitted), for: actor, since: \.submittedAt, on: db)
        items += try await suggestions(
            .suggestionToRoute, SuggestionFilter(status: .accepted), for: actor, since: \.updatedAt, on: db)
        items += try await suggestions(
            .answerToReview, SuggestionFilter(status: .answerSubmitted), for: actor, since: \.answeredAt,
            due: \.answerDue, on: db)
        let relays = try await RelayLedger.load(for: actor, overdueOnly: true, today: today, on: db).rows
        items += relays.prefix(maxPerKind).map { row in
            TodoItem(
                kind: .relayOverdue, title: row.meeting.name, detail: row.unitName, since: row.meeting.relayDue ?? "",
                due: row.meeting.relayDue, subject: .meeting(row.meeting.id!))
        }
        items += try await assessment(actor, on: db)
        return items
    }

    /// Rectification items in `statuses`, of one unit or all, as lines of `kind`.
    static func rectification(
        _ kind: TodoItem.Kind, statuses: [RectificationStatus], unitID: UUID?, names: [UUID: String],
        on db: any Database
    ) async throws -> [TodoItem] {
        let query = RectificationItem.query(on: db).filter(\.$status ~~ statuses).with(\.$inspection)
        if let unitID { query.filter(\.$unit.$id == unitID) }
        return try await query.sort(\.$deadline).range(..<maxPerKind).all().map { item in
            TodoItem(
                kind: kind, title: item.problem, detail: "\(names[item.$unit.id] ?? "")　\(item.inspection.title)",
                since: kind == .itemToSignOff ? day(item.updatedAt) : item.inspection.day, due: item.deadline,
                subject: .inspection(item.$inspection.id))
        }
    }
}
