import FluentKit
import Foundation

/// A task of a plan (重点任务 or 子任务): one lead unit, any co-operating units, a deadline,
/// milestones, a report rhythm, a status, progress and a supervision light.
///
/// Days are stored as `YYYY-MM-DD` text: they sort and compare as text on every database,
/// and a day has no time zone to get wrong.
public final class WorkTask: Model, @unchecked Sendable {
    public static let schema = "tasks"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    @Parent(key: "plan_id") public var plan: Plan
    /// The area (方面) the task sits in; nil for a plan without areas.
    @OptionalParent(key: "area_id") public var area: PlanArea?
    /// The key task a sub-task belongs to.
    @OptionalParent(key: "parent_id") public var parent: WorkTask?
    /// Position among its siblings; the 序号 shown is computed from it.
    @Field(key: "sort_order") public var sortOrder: Int

    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    @Parent(key: "lead_unit_id") public var leadUnit: OrgUnit
    /// The responsible leader as written in the plan (name and position), e.g. “张某某 副市长”.
    @Field(key: "leader") public var leader: String
    @Field(key: "start_day") public var startDay: String
    @Field(key: "deadline") public var deadline: String
    @Field(key: "report_frequency") public var reportFrequency: ReportFrequency
    /// When the next progress report is due; nil once the task is finished.
    @OptionalField(key: "next_report_due") public var nextReportDue: String?
    @Field(key: "status") public var status: TaskStatus
    @Field(key: "progress") public var progress: Int
    /// The light as last computed (on every write and by the daily job), so lists can filter on it.
    @Field(key: "light") public var light: Light
    /// The first day of the current red spell, to escalate tasks red for N days.
    @OptionalField(key: "red_since") public var redSince: String?
    /// Tags separated by “，”, e.g. “民生，营商环境”.
    @Field(key: "tags") public var tags: String
    /// The day the task was marked finished; nil while open, and for tasks finished before it was kept.
    @OptionalField(key: "finished_on") public var finishedOn: String?
    /// The meeting that deployed the task (依据), if it cites one.
    @OptionalParent(key: "source_meeting_id") public var sourceMeeting: Meeting?
    /// The document the task comes from (依据), if it cites one.
    @OptionalParent(key: "source_document_id") public var sourceDocument: OfficialDocument?

    @Children(for: \.$task) public var coUnits: [TaskCoUnit]
    @Children(for: \.$task) public var milestones: [TaskMilestone]

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $createdAt, $updatedAt, $plan, $area, $parent, $sortOrder, $title, $description, $leadUnit, $leader,
            $startDay,
            $deadline, $reportFrequency, $nextReportDue, $status, $progress, $light, $redSince, $tags, $finishedOn,
            $sourceMeeting,
            $sourceDocument, $coUnits, $milestones,
        ]
    }

    /// The calendar days of the task, parsed; stored values are always valid.
    public var start: CalendarDay { CalendarDay(iso: startDay) ?? CalendarDay(ordinal: 0) }
    public var deadlineDay: CalendarDay { CalendarDay(iso: deadline) ?? CalendarDay(ordinal: 0) }

    /// The tags as a list.
    public var tagList: [String] { tags.split(separator: "，").map(String.init) }

    /// The fields the audit log compares before and after a change.
    var auditSnapshot: [String: String] {
        [
            "planId": $plan.id.uuidString, "areaId": $area.id?.uuidString ?? "",
            "parentId": $parent.id?.uuidString ?? "",
            "title": title, "description": description, "leadUnitId": $leadUnit.id.uuidString, "leader": leader,
            "startDay": startDay, "deadline": deadline, "reportFrequency": reportFrequency.rawValue,
            "status": status.rawValue, "progress": String(progress), "tags": tags, "sortOrder": String(sortOrder),
            "sourceMeetingId": $sourceMeeting.id?.uuidString ?? "",
            "sourceDocumentId": $sourceDocument.id?.uuidString ?? "",
        ]
    }

    /// The task with this id, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> WorkTask {
        guard let task = try await WorkTask.find(id, on: db) else { throw DomainError.notFound("找不到这项任务") }
        return task
    }
}

/// How often the lead unit reports progress.
public enum ReportFrequency: String, Codable, Sendable, CaseIterable {
    case monthly
    case quarterly
    /// At each milestone, and at the deadline.
    case milestones

    public var label: String {
        switch self {
        case .monthly: "每月"
        case .quarterly: "每季度"
        case .milestones: "按节点"
        }
    }

    /// The next report due after a report (or the task's start) on `day`: the end of the
    /// month, the end of the quarter, or the next milestone; never after the deadline.
    public func nextDue(after day: CalendarDay, milestones: [CalendarDay], deadline: CalendarDay) -> CalendarDay {
        let due: CalendarDay
        switch self {
        case .monthly:
            let end = day.endOfMonth()
            due = day == end ? day.endOfMonth(after: 1) : end
        case .quarterly:
            let month = day.components.month
            let quarterEnd = day.endOfMonth(after: (3 - month % 3) % 3)
            due = day == quarterEnd ? day.endOfMonth(after: 3) : quarterEnd
        case .milestones:
            due = milestones.filter { $0 > day }.min() ?? deadline
        }
        return min(due, deadline)
    }
}
