import FluentKit
import Foundation

/// What a unit reports on a task.
public struct ReportDraft: Sendable, Equatable {
    public var text: String
    public var progress: Int
    public var problems: String
    public var nextSteps: String

    public init(text: String, progress: Int, problems: String = "", nextSteps: String = "") {
        self.text = text
        self.progress = progress
        self.problems = problems
        self.nextSteps = nextSteps
    }
}

/// Submitting, accepting and returning progress reports.
public struct ReportCommands: Sendable {
    private let tasks: TaskCommands
    private let write: DomainWrite
    private let clock: AppClock
    public static let maxTextLength = 5_000
    public static let maxCommentLength = 1_000

    public init(clock: AppClock, thresholds: LightThresholds = LightThresholds()) {
        tasks = TaskCommands(clock: clock, thresholds: thresholds)
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// Submits a report for the actor's unit, or resubmits `revising`, a report of that unit
    /// that the office sent back. One report per unit waits for review at a time.
    public func submit(
        on taskID: UUID, _ draft: ReportDraft, attachments: [AttachmentUpload] = [], revising: UUID? = nil,
        by actor: Actor, on db: any Database
    ) async throws -> ProgressReport {
        let draft = try check(draft)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let task = try await WorkTask.require(taskID, on: tx)
            let involvement = try await TaskAccess.involvement(of: actor, in: task, on: tx)
            try ReportPermissions.requireReport(involvement, actor: actor)
            guard let unitID = actor.unitID else { throw DomainError.forbidden("账号没有所属单位") }
            if task.status.isFinished { throw DomainError.conflict("任务已\(task.status.label)，不再报送进展") }
            let report: ProgressReport
            let before: [String: String]?
            if let revising {
                report = try await ProgressReport.require(revising, on: tx)
                guard report.$task.id == taskID, report.$unit.id == unitID else {
                    throw DomainError.forbidden("只能修改本单位的进展报告")
                }
                before = report.auditSnapshot
                report.status = try report.status.moved(to: .submitted)
                let otherPending = try await ProgressReport.query(on: tx).filter(\.$task.$id == taskID).filter(
                    \.$unit.$id == unitID
                )
                .filter(\.$status == .submitted).filter(\.$id != revising).count()
                if otherPending > 0 { throw DomainError.conflict("本单位另一份进展报告还在审核中，审核后再报送") }
            } else {
                let pending = try await ProgressReport.query(on: tx).filter(\.$task.$id == taskID).filter(
                    \.$unit.$id == unitID
                )
                .filter(\.$status == .submitted).count()
                if pending > 0 { throw DomainError.conflict("本单位上一份进展报告还在审核中，审核后再报送") }
                report = ProgressReport()
                report.$task.id = taskID
                report.$unit.id = unitID
                report.status = .submitted
                report.onTime = task.nextReportDue.map { CalendarDay.today(clock).description <= $0 } ?? true
                before = nil
            }
            report.authorName = actor.username
            report.text = draft.text
            report.progress = draft.progress
            report.problems = draft.problems
            report.nextSteps = draft.nextSteps
            report.reviewComment = ""
            report.submittedAt = clock.now
            report.reviewedAt = nil
            try await report.save(on: tx)
            let reportID = try report.requireID()
            let files = try await AttachmentStore.store(
                attachments,
                besides: revising == nil ? nil : ReportAttachment.query(on: tx).filter(\.$report.$id == reportID),
                maxFiles: AttachmentRules.maxFiles,
                owner: "每份报告", at: clock.now, on: tx
            ) {
                let attachment = ReportAttachment()
                attachment.$report.id = reportID
                return attachment
            }
            if report.isFromLead(of: task) {
                // The report is in: the next one falls due after today.
                let milestones = try await TaskMilestone.query(on: tx).filter(\.$task.$id == taskID).all().map(
                    \.milestone)
                task.nextReportDue =
                    task.reportFrequency.nextDue(
                        after: CalendarDay.today(clock), milestones: milestones.map(\.day),
                        deadline: task.deadlineDay
                    ).description
                try await tasks.refresh(task, on: tx)
                try await task.save(on: tx)
            }
            var changes = AuditLog.diff(before: before, after: report.auditSnapshot)
            if !files.isEmpty { changes.merge(AttachmentStore.added(files)) { _, added in added } }
            try await audit.record(
                subject(report, task), action: revising == nil ? "report.submit" : "report.resubmit",
                changes: changes)
            let prefix = revising == nil ? "" : "修改后重新"
            try await TaskEvent(
                taskID: taskID, at: clock.now, actor: actor, kind: .reported,
                summary: "\(prefix)报送进展 \(draft.progress)%：\(excerpt(draft.text))"
            ).create(on: tx)
            try await Notifier(clock: clock).tellOffice(
                .reportSubmitted, title: "进展待审核：\(task.title)", from: unitID,
                "\(prefix)报送了进展（\(draft.progress)%），请审核。", about: Notification.Subject(type: "task", id: taskID),
                on: tx)
            return report
        }
    }

    /// Accepts a report. A lead unit's report sets the task's progress; the task starts if
    /// it had not, and is done at 100 %.
    public func accept(_ id: UUID, by actor: Actor, on db: any Database) async throws -> ProgressReport {
        try ReportPermissions.require(.review, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let report = try await ProgressReport.require(id, on: tx)
            let task = try await WorkTask.require(report.$task.id, on: tx)
            let before = report.auditSnapshot
            report.status = try report.status.moved(to: .accepted)
            report.reviewedAt = clock.now
            try await report.save(on: tx)
            try await audit.record(
                subject(report, task), action: "report.accept",
                changes: AuditLog.diff(before: before, after: report.auditSnapshot))
            var summary = "采纳进展报告（\(report.progress)%）"
            if report.isFromLead(of: task) && !task.status.isFinished {
                let taskBefore = task.auditSnapshot
                task.progress = report.progress
                if task.status == .notStarted || task.status == .suspended { task.status = .inProgress }
                if report.progress == 100 {
                    task.status = .done
                    task.finishedOn = CalendarDay.today(clock).description
                }
                try await tasks.refresh(task, on: tx)
                try await task.save(on: tx)
                try await audit.record(
                    AuditSubject(type: "task", id: task.id, label: task.title), action: "task.progress",
                    changes: AuditLog.diff(before: taskBefore, after: task.auditSnapshot))
                summary += "，任务进度更新为 \(task.progress)%" + (task.status == .done ? "，任务已完成" : "")
            }
            try await TaskEvent(
                taskID: task.requireID(), at: clock.now, actor: actor, kind: .accepted, summary: summary
            ).create(on: tx)
            return report
        }
    }

    /// Sends a report back to its unit with a comment saying what to fix.
    public func sendBack(_ id: UUID, comment: String, by actor: Actor, on db: any Database) async throws
        -> ProgressReport
    {
        try ReportPermissions.require(.review, actor: actor)
        let comment = try RequiredText("comment", "退回原因", limit: Self.maxCommentLength).checked(comment)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let report = try await ProgressReport.require(id, on: tx)
            let task = try await WorkTask.require(report.$task.id, on: tx)
            let before = report.auditSnapshot
            report.status = try report.status.moved(to: .returned)
            report.reviewComment = comment
            report.reviewedAt = clock.now
            try await report.save(on: tx)
            try await audit.record(
                subject(report, task), action: "report.return",
                changes: AuditLog.diff(before: before, after: report.auditSnapshot))
            try await TaskEvent(
                taskID: task.requireID(), at: clock.now, actor: actor, kind: .returned,
                summary: "退回进展报告：\(comment)"
            ).create(on: tx)
            try await Notifier(clock: clock).send(
                Notification(
                    kind: .reportReturned, title: "进展报告被退回：\(task.title)", body: "退回意见：\(comment)。请修改后重新报送。",
                    subject: Notification.Subject(type: "task", id: task.requireID())), toUnit: report.$unit.id, on: tx)
            return report
        }
    }

    private func check(_ draft: ReportDraft) throws -> ReportDraft {
        var problems: [FieldError] = []
        let text = RequiredText("text", "进展情况", limit: Self.maxTextLength).checked(draft.text, into: &problems)
        let issues = draft.problems.trimmingCharacters(in: .whitespacesAndNewlines)
        let next = draft.nextSteps.trimmingCharacters(in: .whitespacesAndNewlines)
        for (field, value, label) in [("problems", issues, "存在问题"), ("nextSteps", next, "下步打算")]
        where value.count > Self.maxTextLength {
            problems.append(FieldError(field, "\(label)不能超过\(Self.maxTextLength)个字"))
        }
        if !(0...100).contains(draft.progress) { problems.append(FieldError("progress", "进度应在 0 到 100 之间")) }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return ReportDraft(text: text, progress: draft.progress, problems: issues, nextSteps: next)
    }

    private func subject(_ report: ProgressReport, _ task: WorkTask) -> AuditSubject {
        AuditSubject(type: "report", id: report.id, label: task.title)
    }

    private func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
