import FluentKit
import Foundation

extension TodoList {
    /// Days ahead that a report falls due and is already on a unit's list: the coming week.
    public static let reportDueAheadDays = 7

    /// A unit's liaison: reports due or sent back, notices to answer, problems to rectify,
    /// suggestions to answer or countersign, and meetings to relay.
    static func unit(_ actor: Actor, today: CalendarDay, on db: any Database) async throws -> [TodoItem] {
        guard let unitID = actor.unitID else { return [] }
        let names = try await OrgUnit.names(on: db)
        var items = try await reports(of: unitID, today: today, on: db)
        let notices = try await SupervisionNotice.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$status == .issued).sort(\.$replyDue).range(..<maxPerKind).all()
        items += notices.map { notice in
            TodoItem(
                kind: .noticeToAnswer, title: "\(notice.number)　\(notice.reason)", detail: notice.requiredAction,
                since: day(notice.updatedAt ?? notice.createdAt), due: notice.replyDue, subject: .notice(notice.id!))
        }
        items += try await rectification(
            .itemToRectify, statuses: [.open, .returned], unitID: unitID, names: names, on: db)
        items += try await suggestions(
            .suggestionToHandle, SuggestionFilter(waitingForReader: true), for: actor, since: \.updatedAt,
            due: \.answerDue, on: db)
        let relays = try await RelayLedger.load(for: actor, overdueOnly: false, today: today, on: db).rows
        items += relays.filter { $0.invitation.$unit.id == unitID && $0.invitation.relayedOn == nil }
            .prefix(maxPerKind).map { row in
                TodoItem(
                    kind: .relayDue, title: row.meeting.name, detail: row.meeting.day,
                    since: row.meeting.relayDue ?? "",
                    due: row.meeting.relayDue, subject: .meeting(row.meeting.id!))
            }
        items += try await assessment(actor, on: db)
        return items
    }

    /// The unit's open tasks whose next report falls due within the coming week (or is late)
    /// with no report of the unit waiting for review, and its reports the office sent back and
    /// that were not sent again.
    static func reports(of unitID: UUID, today: CalendarDay, on db: any Database) async throws -> [TodoItem] {
        let pending = try await ProgressReport.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$status ~~ [.submitted, .returned]).all()
        let waiting = Set(pending.filter { $0.status == .submitted }.map(\.$task.id))
        let horizon = today.adding(days: reportDueAheadDays).description
        let due = try await WorkTask.query(on: db).filter(\.$leadUnit.$id == unitID)
            .filter(\.$status ~~ [.notStarted, .inProgress]).filter(\.$nextReportDue <= horizon)
            .sort(\.$nextReportDue).range(..<maxPerKind).all()
        var items = due.filter { !waiting.contains($0.id!) }.map { task in
            TodoItem(
                kind: .reportDue, title: task.title, detail: task.deadline, since: task.nextReportDue ?? "",
                due: task.nextReportDue, subject: .task(task.id!))
        }
        let returned = pending.filter { $0.status == .returned && !waiting.contains($0.$task.id) }
        let taskIDs = Array(Set(returned.map(\.$task.id)))
        let tasks = try await WorkTask.query(on: db).filter(\.$id ~~ taskIDs).all()
        let titles = Dictionary(uniqueKeysWithValues: tasks.map { ($0.id!, $0) })
        // A send-back waits only while the unit still works on the task and has not reported
        // since (a new report, not a revision, also answers it).
        let coOperating = Set(
            try await TaskCoUnit.query(on: db).filter(\.$unit.$id == unitID).filter(\.$task.$id ~~ taskIDs).all(
                \.$task.$id))
        let since = try await ProgressReport.query(on: db).filter(\.$unit.$id == unitID).filter(\.$task.$id ~~ taskIDs)
            .filter(\.$status == .accepted).all()
        // One line per task: the unit answers the latest send-back by reporting again.
        var seen = Set<UUID>()
        for report in returned.sorted(by: { ($0.reviewedAt ?? .distantPast) > ($1.reviewedAt ?? .distantPast) }) {
            guard let task = titles[report.$task.id], !task.status.isFinished,
                task.$leadUnit.id == unitID || coOperating.contains(task.id!),
                !since.contains(where: { $0.$task.id == task.id && $0.submittedAt > report.submittedAt }),
                seen.insert(task.id!).inserted
            else { continue }
            items.append(
                TodoItem(
                    kind: .reportReturned, title: task.title, detail: report.reviewComment,
                    since: day(report.reviewedAt), due: nil, subject: .task(task.id!)))
        }
        return items
    }
}
