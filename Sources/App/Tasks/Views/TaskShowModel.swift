import Domain
import Foundation

extension TaskShowView {
    /// Everything the task page shows, as plain values (built by `TaskShowView.Model.query`).
    struct Model: Sendable {
        struct Task: Sendable {
            var id: UUID
            var title: String
            var description: String
            var leader: String
            var startDay: String
            var deadline: String
            var status: TaskStatus
            var progress: Int
            var light: Light
            var reportFrequency: ReportFrequency
            var nextReportDue: String?
            var tags: [String]
        }

        struct Report: Sendable {
            var id: UUID
            var unitName: String
            var authorName: String
            var submittedAt: Date
            var status: ReportStatus
            var progress: Int
            var text: String
            var problems: String
            var nextSteps: String
            var reviewComment: String
            var attachments: [AttachmentInfo]
        }

        struct Event: Sendable {
            var at: Date
            var kind: TaskEventKind
            var actorName: String
            var summary: String
        }

        /// Where the viewer's own unit stands with its report.
        enum OwnReport: Sendable {
            case none
            case awaitingReview
            case returned(Report)
        }

        var task: Task
        var plan: (id: UUID, title: String)
        var areaTitle: String?
        var parent: (id: UUID, title: String)?
        var subtasks: [TaskLine]
        var leadUnitName: String
        var coUnits: [TaskDetail.CoUnit]
        var basis: TaskBasis
        var milestones: [Milestone]
        /// Newest first.
        var reports: [Report]
        /// Oldest first.
        var events: [Event]
        var today: CalendarDay
        /// The viewer's unit leads the task (else it co-operates, when it reports at all).
        var isLead: Bool
        var ownReport: OwnReport
        var canManage: Bool
        var canReport: Bool
        var canReview: Bool
        var canInstruct: Bool
        /// A report form that failed its checks, brought back with its problems.
        var typed: ReportsController.ReportForm?
        var errors: [FieldError]
    }
}
