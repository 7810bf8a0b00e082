/// Where a year's assessment stands: drafted, issued for self-assessment and scoring, scoring
/// closed (figures frozen), published for appeal (公示), final.
public enum SchemeStatus: String, StateMachine, Codable {
    case draft
    case issued
    case closed
    case published
    case final

    public static let transitions: [SchemeStatus: Set<SchemeStatus>] = [
        .draft: [.issued], .issued: [.closed], .closed: [.published], .published: [.final], .final: [],
    ]

    public var label: String {
        switch self {
        case .draft: "起草中"
        case .issued: "自评打分中"
        case .closed: "评分已结束"
        case .published: "公示中"
        case .final: "已定档"
        }
    }
}

/// How an indicator is scored.
public enum IndicatorMethod: String, Codable, Sendable, CaseIterable {
    /// From Tongxin's own records (``AutoMetric``).
    case auto
    /// By the scorer, on the unit's self-assessment and evidence.
    case manual

    public var label: String {
        switch self {
        case .auto: "系统自动计算"
        case .manual: "自评＋审核"
        }
    }
}

/// How grades are given: by total points, or by shares of each unit kind's ranking.
public enum Grading: String, Codable, Sendable, CaseIterable {
    case thresholds
    case shares

    public var label: String {
        switch self {
        case .thresholds: "按分数线"
        case .shares: "按比例"
        }
    }
}

/// The four grades (等次), best first.
public enum Grade: Int, Codable, Sendable, CaseIterable, Comparable {
    case excellent = 0
    case good
    case fair
    case poor

    public var label: String {
        switch self {
        case .excellent: "优秀"
        case .good: "良好"
        case .fair: "一般"
        case .poor: "较差"
        }
    }

    /// Better grades sort first.
    public static func < (left: Grade, right: Grade) -> Bool { left.rawValue < right.rawValue }
}

/// A manual indicator's way through self-assessment and review; automatic ones are `.auto`.
public enum EntryState: String, Codable, Sendable, CaseIterable {
    case auto
    case pending
    case submitted
    case returned
    case accepted
    case adjusted

    public var label: String {
        switch self {
        case .auto: "自动计算"
        case .pending: "待自评"
        case .submitted: "待审核"
        case .returned: "已退回"
        case .accepted: "已认定"
        case .adjusted: "已调整"
        }
    }

    /// The scorer has decided the score.
    public var isScored: Bool { self == .accepted || self == .adjusted }
}

/// A bonus, a deduction or a veto (一票否决) on one unit's card.
public enum AdjustmentKind: String, Codable, Sendable, CaseIterable {
    case bonus
    case deduction
    case veto

    public var label: String {
        switch self {
        case .bonus: "加分"
        case .deduction: "扣分"
        case .veto: "一票否决"
        }
    }
}

/// An appeal (申诉) is open until the office upholds or dismisses it.
public enum AppealStatus: String, Codable, Sendable, CaseIterable {
    case open
    case upheld
    case dismissed

    public var label: String {
        switch self {
        case .open: "待答复"
        case .upheld: "申诉成立"
        case .dismissed: "申诉不成立"
        }
    }
}
