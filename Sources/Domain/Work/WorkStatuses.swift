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

/// A progress report: the office accepts it or sends it back with a comment, and a returned
/// report is corrected and submitted again.
public enum ReportStatus: String, StateMachine, Codable {
    case submitted
    case accepted
    case returned

    public static let transitions: [ReportStatus: Set<ReportStatus>] = [
        .submitted: [.accepted, .returned],
        .returned: [.submitted],
        .accepted: [],
    ]

    public var label: String {
        switch self {
        case .submitted: "待审核"
        case .accepted: "已采纳"
        case .returned: "已退回"
        }
    }
}

/// A supervision notice (督办单): the office issues it, the unit answers, the office closes it
/// or sends it back for a better answer.
public enum NoticeStatus: String, StateMachine, Codable {
    case issued
    case answered
    case closed

    public static let transitions: [NoticeStatus: Set<NoticeStatus>] = [
        .issued: [.answered],
        .answered: [.closed, .issued],
        .closed: [],
    ]

    public var label: String {
        switch self {
        case .issued: "待答复"
        case .answered: "已答复"
        case .closed: "已办结"
        }
    }
}

/// A rectification item (整改事项) from an inspection: the unit reports it rectified with
/// evidence, the office signs it off (销号) or returns it.
public enum RectificationStatus: String, StateMachine, Codable {
    case open
    case submitted
    case returned
    case signedOff = "signed_off"

    public static let transitions: [RectificationStatus: Set<RectificationStatus>] = [
        .open: [.submitted],
        .submitted: [.signedOff, .returned],
        .returned: [.submitted],
        .signedOff: [],
    ]

    public var label: String {
        switch self {
        case .open: "整改中"
        case .submitted: "待销号"
        case .returned: "已退回"
        case .signedOff: "已销号"
        }
    }
}

/// A plan (工作要点, 重点工作规划): drafted by the office, then issued to the units.
public enum PlanStatus: String, StateMachine, Codable {
    case draft
    case issued

    public static let transitions: [PlanStatus: Set<PlanStatus>] = [
        .draft: [.issued],
        .issued: [],
    ]

    public var label: String {
        switch self {
        case .draft: "草稿"
        case .issued: "已印发"
        }
    }
}
