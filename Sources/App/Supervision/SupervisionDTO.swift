import Domain
import Vapor

/// A supervision notice as the API shows it.
struct NoticeDTO: Content {
    let id: UUID
    let number: String
    let taskId: UUID?
    let unitId: UUID
    let reason: String
    let requiredAction: String
    let replyDue: String
    let status: NoticeStatus
    let statusLabel: String
    let answer: String
    let reviewComment: String
    let createdAt: Date?

    init(_ notice: SupervisionNotice) {
        id = notice.id!
        number = notice.number
        taskId = notice.$task.id
        unitId = notice.$unit.id
        reason = notice.reason
        requiredAction = notice.requiredAction
        replyDue = notice.replyDue
        status = notice.status
        statusLabel = notice.status.label
        answer = notice.answer
        reviewComment = notice.reviewComment
        createdAt = notice.createdAt
    }
}

/// A rectification item as the API shows it, with its inspection.
struct RectificationDTO: Content {
    let id: UUID
    let inspectionId: UUID
    let inspectionTitle: String
    let position: Int
    let unitId: UUID
    let unitName: String
    let problem: String
    let deadline: String
    let measures: String
    let evidence: String
    let status: RectificationStatus
    let statusLabel: String
    let reviewComment: String

    init(_ row: RectificationLedger.Row) {
        id = row.item.id!
        inspectionId = row.inspection.id!
        inspectionTitle = row.inspection.title
        position = row.item.position
        unitId = row.item.$unit.id
        unitName = row.unitName
        problem = row.item.problem
        deadline = row.item.deadline
        measures = row.item.measures
        evidence = row.item.evidence
        status = row.item.status
        statusLabel = row.item.status.label
        reviewComment = row.item.reviewComment
    }
}

/// An inspection as the API shows it.
struct InspectionDTO: Content {
    let id: UUID
    let title: String
    let day: String
    let inspectors: String
    let summary: String

    init(_ inspection: Inspection) {
        id = inspection.id!
        title = inspection.title
        day = inspection.day
        inspectors = inspection.inspectors
        summary = inspection.summary
    }
}

/// `POST /api/v1/notices`.
struct CreateNoticeBody: Content {
    let taskId: UUID?
    let unitId: UUID
    let reason: String
    let requiredAction: String
    let replyDue: String
}

/// `POST /api/v1/inspections`.
struct CreateInspectionBody: Content {
    struct Problem: Content {
        let unitId: UUID
        let problem: String
        let deadline: String
    }

    let title: String
    let day: String
    let inspectors: String?
    let summary: String?
    let problems: [Problem]
}

/// Bodies with one text: an answer, a comment, rectification measures.
struct TextBody: Content {
    let text: String?
    let comment: String?
    let measures: String?
    let evidence: String?
}
