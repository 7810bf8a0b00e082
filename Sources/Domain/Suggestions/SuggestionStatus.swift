/// Where a suggestion (建言) stands, from the sender's draft to its close. Every move that is
/// not listed is refused with a clear message and nothing changes.
public enum SuggestionStatus: String, StateMachine, Codable {
    /// Being written; only its author sees it.
    case draft
    /// Submitted with co-signers (联名) still to confirm within the set days.
    case cosigning
    /// Waiting for the office (待受理).
    case submitted
    /// Accepted (受理), to be routed.
    case accepted
    /// Declined with a reason (不予受理).
    case declined
    /// Merged into another suggestion (并案).
    case merged
    /// Routed to a lead handling unit and any co-handling units (交办), being answered.
    case routed
    /// The lead unit's answer, countersigned, waits for the office's review.
    case answerSubmitted = "answer_submitted"
    /// The answer went to the senders, who rate it.
    case answered
    /// Rated; done (办结).
    case closed

    public static let transitions: [SuggestionStatus: Set<SuggestionStatus>] = [
        .draft: [.cosigning, .submitted],
        .cosigning: [.submitted],
        .submitted: [.accepted, .declined, .merged],
        .accepted: [.routed, .merged],
        .declined: [],
        .merged: [],
        // A unit sends a misrouted suggestion back; the lead unit submits the answer.
        .routed: [.accepted, .answerSubmitted],
        // The office sends the answer to the senders, or back to the unit.
        .answerSubmitted: [.answered, .routed],
        // Rated: done, or reopened once for a second answer after 不满意.
        .answered: [.closed, .routed],
        .closed: [],
    ]

    /// Accepted by the office and still its matter (not declined or merged away): what may be
    /// adopted (采纳) or chosen as a meeting's topic.
    public static let acceptedOnward: Set<SuggestionStatus> = [
        .accepted, .routed, .answerSubmitted, .answered, .closed,
    ]

    /// Accepted and not yet closed: being routed, handled, answered or rated.
    public static let acceptedOpen: [SuggestionStatus] = [.accepted, .routed, .answerSubmitted, .answered]

    /// Sent to the office: past the draft and the co-signing.
    public var isSubmitted: Bool { self != .draft && self != .cosigning }

    public var label: String {
        switch self {
        case .draft: "草稿"
        case .cosigning: "联名确认中"
        case .submitted: "待受理"
        case .accepted: "已受理"
        case .declined: "不予受理"
        case .merged: "已并案"
        case .routed: "办理中"
        case .answerSubmitted: "答复待审核"
        case .answered: "已答复待评价"
        case .closed: "已办结"
        }
    }
}

/// How the answer settles a suggestion (答复分类).
public enum AnswerClass: String, Codable, Sendable, CaseIterable {
    /// Adopted or solved.
    case a = "A"
    /// Being solved or planned.
    case b = "B"
    /// Explained; not feasible now.
    case c = "C"

    public var label: String {
        switch self {
        case .a: "A类（已采纳或解决）"
        case .b: "B类（正在解决或列入计划）"
        case .c: "C类（留作参考或说明解释）"
        }
    }
}

/// A signer's rating of the answer.
public enum Satisfaction: String, Codable, Sendable, CaseIterable {
    case satisfied
    case basicallySatisfied = "basically_satisfied"
    case dissatisfied

    public var label: String {
        switch self {
        case .satisfied: "满意"
        case .basicallySatisfied: "基本满意"
        case .dissatisfied: "不满意"
        }
    }
}

/// What a suggestion is about.
public enum SuggestionCategory: String, Codable, Sendable, CaseIterable {
    case economy, livelihood, environment, culture, governance
    case unitedFront = "united_front"
    case other

    public var label: String {
        switch self {
        case .economy: "经济发展"
        case .livelihood: "社会民生"
        case .environment: "生态环境"
        case .culture: "文化教育"
        case .governance: "社会治理"
        case .unitedFront: "统一战线"
        case .other: "其他"
        }
    }
}
