import FluentKit
import Foundation

/// One message in a user's inbox (站内消息): a reminder, a send-back, an escalation.
public final class InboxMessage: Model, @unchecked Sendable {
    public static let schema = "inbox_messages"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Field(key: "kind") public var kind: NotificationKind
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    /// What the message is about, for its link: `task`, `notice` or `inspection`.
    @Field(key: "subject_type") public var subjectType: String
    @Field(key: "subject_id") public var subjectID: UUID
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "read_at") public var readAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $user, $kind, $title, $body, $subjectType, $subjectID, $createdAt, $readAt]
    }

    public init(userID: UUID, notification: Notification, at: Date) {
        self.$user.id = userID
        kind = notification.kind
        title = notification.title
        body = notification.body
        subjectType = notification.subject.type
        subjectID = notification.subject.id
        createdAt = at
    }
}

/// Why a message was sent.
public enum NotificationKind: String, Codable, Sendable, CaseIterable {
    case reportDue = "report_due"
    case reportOverdue = "report_overdue"
    case deadlineSoon = "deadline_soon"
    case reportReturned = "report_returned"
    case redEscalation = "red_escalation"
    case noticeIssued = "notice_issued"
    case noticeReturned = "notice_returned"
    case rectificationReturned = "rectification_returned"
    case relayDue = "relay_due"
    case relayOverdue = "relay_overdue"
    case suggestionDue = "suggestion_due"
    case suggestionOverdue = "suggestion_overdue"
    case suggestionRouted = "suggestion_routed"
    case suggestionAnswerReturned = "suggestion_answer_returned"
    case suggestionAnswered = "suggestion_answered"
    case suggestionCosignInvited = "suggestion_cosign_invited"
    case suggestionSentBack = "suggestion_sent_back"
    case reportSubmitted = "report_submitted"
    case noticeAnswered = "notice_answered"
    case rectificationSubmitted = "rectification_submitted"
    case suggestionSubmitted = "suggestion_submitted"
    case suggestionAnswerSubmitted = "suggestion_answer_submitted"
    case reportReminder = "report_reminder"
    case assessmentReviewed = "assessment_reviewed"
    case assessmentPublished = "assessment_published"
    case appealFiled = "appeal_filed"
    case appealAnswered = "appeal_answered"

    public var label: String {
        switch self {
        case .reportDue: "进展报送提醒"
        case .reportOverdue: "进展报送逾期"
        case .deadlineSoon: "完成时限临近"
        case .reportReturned: "进展报告被退回"
        case .redEscalation: "红灯督办"
        case .noticeIssued: "督办单"
        case .noticeReturned: "督办答复被退回"
        case .rectificationReturned: "整改被退回"
        case .relayDue: "传达落实报送提醒"
        case .relayOverdue: "传达落实逾期"
        case .suggestionDue: "建言答复提醒"
        case .suggestionOverdue: "建言答复逾期"
        case .suggestionRouted: "建言交办"
        case .suggestionAnswerReturned: "建言答复被退回"
        case .suggestionAnswered: "建言已答复"
        case .suggestionCosignInvited: "联名邀请"
        case .suggestionSentBack: "建言被退回"
        case .reportSubmitted: "进展待审核"
        case .noticeAnswered: "督办单已答复"
        case .rectificationSubmitted: "整改待销号"
        case .suggestionSubmitted: "建言待受理"
        case .suggestionAnswerSubmitted: "建言答复待审核"
        case .reportReminder: "催报"
        case .assessmentReviewed: "考核自评审核意见"
        case .assessmentPublished: "考核结果公示"
        case .appealFiled: "考核申诉待答复"
        case .appealAnswered: "考核申诉答复"
        }
    }
}

/// A message before it is addressed: what it says and what it is about.
public struct Notification: Sendable, Equatable {
    public struct Subject: Sendable, Equatable {
        public let type: String
        public let id: UUID

        public init(type: String, id: UUID) {
            self.type = type
            self.id = id
        }

        public static func task(_ id: UUID) -> Self { Self(type: "task", id: id) }
        public static func notice(_ id: UUID) -> Self { Self(type: "notice", id: id) }
        public static func inspection(_ id: UUID) -> Self { Self(type: "inspection", id: id) }
        public static func suggestion(_ id: UUID) -> Self { Self(type: "suggestion", id: id) }
        public static func meeting(_ id: UUID) -> Self { Self(type: "meeting", id: id) }
    }

    public let kind: NotificationKind
    public let title: String
    public let body: String
    public let subject: Subject

    public init(kind: NotificationKind, title: String, body: String, subject: Subject) {
        self.kind = kind
        self.title = title
        self.body = body
        self.subject = subject
    }
}
