import FluentKit
import Foundation

/// A co-operating unit (配合单位) of a task, with its own part and the office's sign-off of it.
public final class TaskCoUnit: Model, @unchecked Sendable {
    public static let schema = "task_co_units"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: WorkTask
    @Parent(key: "unit_id") public var unit: OrgUnit
    /// What this unit does for the task; empty when the plan does not say.
    @Field(key: "part") public var part: String
    /// When the office signed this unit's part off; nil while open.
    @OptionalField(key: "signed_off_at") public var signedOffAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $task, $unit, $part, $signedOffAt] }

    public init(taskID: UUID, unitID: UUID, part: String) {
        self.$task.id = taskID
        self.$unit.id = unitID
        self.part = part
    }
}

/// A milestone of a task: by `day`, `expectedProgress` per cent done.
public final class TaskMilestone: Model, @unchecked Sendable {
    public static let schema = "task_milestones"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: WorkTask
    @Field(key: "day") public var day: String
    @Field(key: "expected_progress") public var expectedProgress: Int

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $task, $day, $expectedProgress] }

    public init(taskID: UUID, milestone: Milestone) {
        self.$task.id = taskID
        self.day = milestone.day.description
        self.expectedProgress = milestone.expectedProgress
    }

    public var milestone: Milestone {
        Milestone(day: CalendarDay(iso: day) ?? CalendarDay(ordinal: 0), expectedProgress: expectedProgress)
    }
}

/// One line of a task's history as people read it: who did what, when. Written by the same
/// command, in the same transaction, as the change and its audit entry.
public final class TaskEvent: Model, @unchecked Sendable {
    public static let schema = "task_events"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "task_id") public var task: WorkTask
    @Field(key: "at") public var at: Date
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "kind") public var kind: TaskEventKind
    /// The human line, e.g. “报送进展 60%：已完成选址”.
    @Field(key: "summary") public var summary: String

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $task, $at, $actorName, $kind, $summary] }

    public init(taskID: UUID, at: Date, actor: Actor, kind: TaskEventKind, summary: String) {
        self.$task.id = taskID
        self.at = at
        self.actorName = actor.username
        self.kind = kind
        self.summary = summary
    }
}

/// What happened to a task.
public enum TaskEventKind: String, Codable, Sendable, CaseIterable {
    case created, edited, status, reported, accepted, returned, instruction, signedOff, notice, reminded

    public var label: String {
        switch self {
        case .created: "创建任务"
        case .edited: "修改任务"
        case .status: "状态变更"
        case .reported: "报送进展"
        case .accepted: "采纳进展"
        case .returned: "退回进展"
        case .instruction: "领导批示"
        case .signedOff: "配合事项销号"
        case .notice: "发出督办单"
        case .reminded: "催报"
        }
    }
}
