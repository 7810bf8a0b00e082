import FluentKit
import Foundation

/// A supervision notice (督办单): the office tells a unit what must be done about a task by
/// when; the unit answers; the office closes it, or sends it back for a better answer.
public final class SupervisionNotice: Model, @unchecked Sendable {
    public static let schema = "supervision_notices"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    /// 督办〔2026〕3号: numbered per year, in order of issue.
    @Field(key: "number") public var number: String
    @Field(key: "year") public var year: Int
    @Field(key: "sequence") public var sequence: Int
    @OptionalParent(key: "task_id") public var task: WorkTask?
    @Parent(key: "unit_id") public var unit: OrgUnit
    @Field(key: "reason") public var reason: String
    @Field(key: "required_action") public var requiredAction: String
    @Field(key: "reply_due") public var replyDue: String
    @Field(key: "status") public var status: NoticeStatus
    @Field(key: "answer") public var answer: String
    /// Why the office sent the answer back; empty otherwise.
    @Field(key: "review_comment") public var reviewComment: String
    @Field(key: "issued_by") public var issuedBy: String
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @OptionalField(key: "closed_at") public var closedAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $createdAt, $updatedAt, $number, $year, $sequence, $task, $unit, $reason, $requiredAction, $replyDue,
            $status, $answer,
            $reviewComment, $issuedBy, $answeredAt, $closedAt,
        ]
    }

    /// True when the reply is past due on `today` and not yet given.
    public func isOverdue(on today: CalendarDay) -> Bool {
        status == .issued && (CalendarDay(iso: replyDue).map { $0 < today } ?? false)
    }

    var auditSnapshot: [String: String] {
        [
            "number": number, "taskId": $task.id?.uuidString ?? "", "unitId": $unit.id.uuidString, "reason": reason,
            "requiredAction": requiredAction, "replyDue": replyDue, "status": status.rawValue, "answer": answer,
            "reviewComment": reviewComment,
        ]
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> SupervisionNotice {
        guard let notice = try await SupervisionNotice.find(id, on: db) else { throw DomainError.notFound("找不到这份督办单") }
        return notice
    }
}
