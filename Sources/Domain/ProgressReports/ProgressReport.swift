import FluentKit
import Foundation

/// A progress report on a task by the lead unit, or by a co-operating unit on its part.
public final class ProgressReport: Model, @unchecked Sendable {
    public static let schema = "progress_reports"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: WorkTask
    @Parent(key: "unit_id") public var unit: OrgUnit
    @Field(key: "author_name") public var authorName: String
    @Field(key: "text") public var text: String
    /// The task's progress as the unit reports it, 0…100.
    @Field(key: "progress") public var progress: Int
    @Field(key: "problems") public var problems: String
    @Field(key: "next_steps") public var nextSteps: String
    @Field(key: "status") public var status: ReportStatus
    /// The office's comment when it sends the report back.
    @Field(key: "review_comment") public var reviewComment: String
    @Field(key: "submitted_at") public var submittedAt: Date
    @OptionalField(key: "reviewed_at") public var reviewedAt: Date?
    /// Submitted by the due day it answered (the task's next report day then); nil before it was kept.
    @OptionalField(key: "on_time") public var onTime: Bool?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $task, $unit, $authorName, $text, $progress, $problems, $nextSteps, $status, $reviewComment,
            $submittedAt, $reviewedAt, $onTime,
        ]
    }

    /// True when the report came from the task's lead unit (a co-operating unit reports its part).
    public func isFromLead(of task: WorkTask) -> Bool { $unit.id == task.$leadUnit.id }

    var auditSnapshot: [String: String] {
        [
            "taskId": $task.id.uuidString, "unitId": $unit.id.uuidString, "text": text, "progress": String(progress),
            "problems": problems, "nextSteps": nextSteps, "status": status.rawValue, "reviewComment": reviewComment,
        ]
    }

    /// The report with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> ProgressReport {
        guard let report = try await ProgressReport.find(id, on: db) else { throw DomainError.notFound("找不到这份进展报告") }
        return report
    }
}
