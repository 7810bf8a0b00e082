import Foundation

/// One thing that waits for someone's move (待办), and the record where the move is made.
public struct TodoItem: Sendable, Equatable {
    /// What waits, and whose move it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        // The office's.
        case reportToReview = "report_to_review"
        case noticeToClose = "notice_to_close"
        case itemToSignOff = "item_to_sign_off"
        case suggestionToAccept = "suggestion_to_accept"
        case suggestionToRoute = "suggestion_to_route"
        case answerToReview = "answer_to_review"
        case relayOverdue = "relay_overdue"
        case appealToAnswer = "appeal_to_answer"
        // The scorer's: the office, or a member unit named to score an indicator.
        case selfAssessmentToReview = "self_assessment_to_review"
        // A unit's.
        case reportDue = "report_due"
        case reportReturned = "report_returned"
        case noticeToAnswer = "notice_to_answer"
        case itemToRectify = "item_to_rectify"
        case suggestionToHandle = "suggestion_to_handle"
        case relayDue = "relay_due"
        case selfAssessmentDue = "self_assessment_due"
        // A leader's.
        case taskToInstruct = "task_to_instruct"
        case suggestionToInstruct = "suggestion_to_instruct"
        // A member's.
        case cosignature
        case rating

        /// The Chinese name of the move, as the list and the home page show it.
        public var label: String {
            switch self {
            case .reportToReview: "进展待审核"
            case .noticeToClose: "督办答复待办结"
            case .itemToSignOff: "整改待销号"
            case .suggestionToAccept: "建言待受理"
            case .suggestionToRoute: "建言待交办"
            case .answerToReview: "建言答复待审核"
            case .relayOverdue: "传达落实逾期"
            case .appealToAnswer: "考核申诉待答复"
            case .selfAssessmentToReview: "考核自评待审核"
            case .reportDue: "进展待报送"
            case .reportReturned: "进展被退回"
            case .noticeToAnswer: "督办单待答复"
            case .itemToRectify: "问题待整改"
            case .suggestionToHandle: "建言待办理"
            case .relayDue: "传达落实待报送"
            case .selfAssessmentDue: "考核指标待自评"
            case .taskToInstruct: "红灯任务待批示"
            case .suggestionToInstruct: "重点建言待批示"
            case .cosignature: "联名待确认"
            case .rating: "答复待评价"
            }
        }
    }

    public let kind: Kind
    /// The record's name as people know it: a task's title, a notice's number and reason…
    public let title: String
    /// Whose it is or where it comes from: the reporting unit, the inspection, the meeting.
    public let detail: String
    /// The day it began to wait (ISO date); for what falls due, the due day.
    public let since: String
    /// The day the move is due, when one is set (ISO date).
    public let due: String?
    /// The record a line opens, named as a message names what it is about.
    public let subject: Notification.Subject

    public init(kind: Kind, title: String, detail: String, since: String, due: String?, subject: Notification.Subject) {
        self.kind = kind
        self.title = title
        self.detail = detail
        self.since = since
        self.due = due
        self.subject = subject
    }

    /// Whether the move is late on `today`.
    public func isOverdue(on today: CalendarDay) -> Bool {
        guard let due = due.flatMap(CalendarDay.init(iso:)) else { return kind == .relayOverdue }
        return due < today
    }
}
