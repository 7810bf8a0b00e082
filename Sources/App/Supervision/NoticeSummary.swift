import Domain
import Foundation

/// A supervision notice (督办单) as its pages show it, in plain values.
struct NoticeSummary: Sendable {
    var id: UUID
    var number: String
    var unitID: UUID
    var unitName: String
    var reason: String
    var requiredAction: String
    var replyDue: String
    var isOverdue: Bool
    var status: NoticeStatus
    var issuedBy: String
    var createdAt: Date?
    var answer: String
    var reviewComment: String
}

extension NoticeSummary {
    init(_ notice: SupervisionNotice, unitName: String, today: CalendarDay) {
        self.init(
            id: notice.id!, number: notice.number, unitID: notice.$unit.id, unitName: unitName, reason: notice.reason,
            requiredAction: notice.requiredAction, replyDue: notice.replyDue, isOverdue: notice.isOverdue(on: today),
            status: notice.status, issuedBy: notice.issuedBy, createdAt: notice.createdAt, answer: notice.answer,
            reviewComment: notice.reviewComment)
    }
}
