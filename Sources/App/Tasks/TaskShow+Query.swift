import Domain
import Fluent
import Foundation

extension TaskShowView.Model {
    /// The task page as `actor` sees it on `today`; `typed` and `errors` bring back a report
    /// form that failed its checks.
    static func query(
        _ id: UUID, for actor: Actor, today: CalendarDay, typed: ReportsController.ReportForm? = nil,
        errors: [FieldError] = [], on db: any Database
    ) async throws -> Self {
        let detail = try await TaskDetail.load(id, for: actor, on: db)
        let reports = detail.reports.map(Report.init)
        let own = zip(detail.reports, reports).filter { $0.0.report.$unit.id == actor.unitID }.map(\.1)
        let ownReport: OwnReport =
            own.contains { $0.status == .submitted }
            ? .awaitingReview
            : own.first.flatMap { $0.status == .returned ? OwnReport.returned($0) : nil } ?? .none
        let task = detail.task
        return Self(
            task: Task(
                id: task.id!, title: task.title, description: task.description, leader: task.leader,
                startDay: task.startDay,
                deadline: task.deadline, status: task.status, progress: task.progress, light: task.light,
                reportFrequency: task.reportFrequency, nextReportDue: task.nextReportDue, tags: task.tagList),
            plan: (detail.plan.id!, detail.plan.title), areaTitle: detail.area?.title,
            parent: detail.parent.map { ($0.id!, $0.title) },
            subtasks: detail.subtasks.map {
                TaskLine(
                    id: $0.id!, title: $0.title, leadUnitName: "", deadline: $0.deadline, status: $0.status,
                    progress: $0.progress,
                    light: $0.light)
            },
            leadUnitName: detail.leadUnitName, coUnits: detail.coUnits, basis: detail.basis,
            milestones: detail.milestones,
            reports: reports,
            events: detail.events.map { Event(at: $0.at, kind: $0.kind, actorName: $0.actorName, summary: $0.summary) },
            today: today, isLead: detail.involvement == .lead, ownReport: ownReport,
            canManage: TaskPermissions.can(.manage, actor: actor),
            canReport: ReportPermissions.canReport(detail.involvement, actor: actor),
            canReview: ReportPermissions.can(.review, actor: actor),
            canInstruct: TaskPermissions.can(.instruct, actor: actor),
            typed: typed, errors: errors)
    }
}

extension TaskShowView.Model.Report {
    init(_ item: TaskDetail.Report) {
        let report = item.report
        self.init(
            id: report.id!, unitName: item.unitName, authorName: report.authorName, submittedAt: report.submittedAt,
            status: report.status, progress: report.progress, text: report.text, problems: report.problems,
            nextSteps: report.nextSteps, reviewComment: report.reviewComment, attachments: item.attachments)
    }
}
