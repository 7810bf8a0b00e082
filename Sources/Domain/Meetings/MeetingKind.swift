/// What kind of meeting it was.
public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case plenary = "plenary"
    case special = "special"
    case working = "working"
    case progress = "progress"
    case joint = "joint"
    case consultation = "consultation"
    case other = "other"

    public var label: String {
        switch self {
        case .plenary: "全体会议"
        case .special: "专题会议"
        case .working: "工作会议"
        case .progress: "推进会"
        case .joint: "联席会议"
        case .consultation: "协商座谈会"
        case .other: "其他"
        }
    }

    /// The kind a meeting's name says it is, or `.other`. Checked from the most specific
    /// word to the most general: a “工作推进会” is a 推进会, a “全体会议暨工作会议” a 全体会议.
    public static func guessed(from name: String) -> MeetingKind {
        let words: [(String, MeetingKind)] = [
            ("协商座谈", .consultation), ("座谈会", .consultation), ("联席会", .joint), ("推进会", .progress),
            ("全体会议", .plenary), ("全体（扩大）会议", .plenary), ("专题会", .special), ("工作会", .working),
        ]
        return words.first { name.contains($0.0) }?.1 ?? .other
    }
}

/// What kind of document it is.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case opinion = "opinion"
    case rules = "rules"
    case responsibility = "responsibility"
    case notice = "notice"
    case plan = "plan"
    case keyPoints = "key_points"
    case scheme = "scheme"
    case report = "report"
    case other = "other"

    public var label: String {
        switch self {
        case .opinion: "实施意见"
        case .rules: "工作规则"
        case .responsibility: "责任分工方案"
        case .notice: "通知"
        case .plan: "规划"
        case .keyPoints: "工作要点"
        case .scheme: "方案"
        case .report: "报告"
        case .other: "其他"
        }
    }

    /// The kind a title says it is, or `.other` (e.g. 《…责任分工方案》, 《…实施意见》).
    public static func guessed(from title: String) -> DocumentKind {
        let words: [(String, DocumentKind)] = [
            ("分工方案", .responsibility), ("实施意见", .opinion), ("意见", .opinion), ("工作规则", .rules), ("规则", .rules),
            ("工作要点", .keyPoints), ("规划", .plan), ("通知", .notice), ("方案", .scheme), ("报告", .report),
        ]
        return words.first { title.contains($0.0) }?.1 ?? .other
    }
}

/// The parts a named participant plays in a meeting.
public enum ParticipantRole {
    /// 主持, 讲话, 出席, 宣读, 发言, 报告 — the roles the reader finds and the forms offer.
    public static let all = ["主持", "讲话", "出席", "宣读", "发言", "报告"]
}
