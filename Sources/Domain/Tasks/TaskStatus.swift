/// A task's status. 已销号 (closed) is the office's sign-off of a finished task.
public enum TaskStatus: String, StateMachine, Codable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case done
    case suspended
    case closed

    public static let transitions: [TaskStatus: Set<TaskStatus>] = [
        .notStarted: [.inProgress, .done, .suspended],
        .inProgress: [.done, .suspended],
        .suspended: [.inProgress],
        // The office signs a finished task off, or reopens it when the work does not hold up.
        .done: [.closed, .inProgress],
        .closed: [],
    ]

    public var label: String {
        switch self {
        case .notStarted: "未启动"
        case .inProgress: "推进中"
        case .done: "已完成"
        case .suspended: "暂缓"
        case .closed: "已销号"
        }
    }

    /// Finished work: no light, no reminders.
    public var isFinished: Bool { self == .done || self == .closed }
}
