import FluentKit
import Foundation

/// What the office writes on a supervision notice.
public struct NoticeDraft: Sendable {
    public var taskID: UUID?
    public var unitID: UUID?
    public var reason: String
    public var requiredAction: String
    public var replyDue: String

    public init(taskID: UUID? = nil, unitID: UUID?, reason: String, requiredAction: String, replyDue: String) {
        self.taskID = taskID
        self.unitID = unitID
        self.reason = reason
        self.requiredAction = requiredAction
        self.replyDue = replyDue
    }
}

/// Issuing, answering, sending back and closing supervision notices (督办单).
public struct NoticeCommands: Sendable {
    private let write: DomainWrite
    private let clock: AppClock
    public static let maxTextLength = 2_000

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// Issues a notice to a unit, numbered 督办〔year〕n号 in order of issue.
    public func issue(_ draft: NoticeDraft, by actor: Actor, on db: any Database) async throws -> SupervisionNotice {
        try SupervisionPermissions.require(.supervise, actor: actor)
        let today = CalendarDay.today(clock)
        var problems: [FieldError] = []
        if draft.unitID == nil { problems.append(FieldError("unitId", "请选择被督办单位")) }
        let reason = RequiredText("reason", "督办事由", limit: Self.maxTextLength).checked(draft.reason, into: &problems)
        let action = RequiredText("requiredAction", "办理要求", limit: Self.maxTextLength).checked(
            draft.requiredAction, into: &problems)
        let due = TaskRules.day(draft.replyDue)
        if due == nil {
            problems.append(FieldError("replyDue", "请填写答复时限，如 2026-06-30"))
        } else if let due, due < today {
            problems.append(FieldError("replyDue", "答复时限不能早于今天"))
        }
        guard problems.isEmpty, let unitID = draft.unitID, let due else { throw DomainError.invalid(problems) }
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            guard let unit = try await OrgUnit.find(unitID, on: tx), unit.isActive else {
                throw DomainError.invalid("unitId", "被督办单位不存在或已停用")
            }
            if let taskID = draft.taskID { _ = try await WorkTask.require(taskID, on: tx) }
            let year = today.components.year
            let last = try await SupervisionNotice.query(on: tx).filter(\.$year == year).max(\.$sequence) ?? 0
            let notice = SupervisionNotice()
            notice.year = year
            notice.sequence = last + 1
            notice.number = "督办〔\(year)〕\(last + 1)号"
            notice.$task.id = draft.taskID
            notice.$unit.id = unitID
            notice.reason = reason
            notice.requiredAction = action
            notice.replyDue = due.description
            notice.status = .issued
            notice.answer = ""
            notice.reviewComment = ""
            notice.issuedBy = actor.username
            try await notice.create(on: tx)
            try await record(notice, action: "notice.issue", before: nil, in: audit)
            try await Notifier(clock: clock).send(
                Notification(
                    kind: .noticeIssued, title: "\(notice.number)：\(reason)", body: "办理要求：\(action)。请于 \(due) 前答复。",
                    subject: Notification.Subject(type: "notice", id: notice.requireID())), toUnit: unitID, on: tx)
            if let taskID = draft.taskID {
                try await TaskEvent(
                    taskID: taskID, at: clock.now, actor: actor, kind: .notice,
                    summary: "发出\(notice.number)：\(action)，\(due)前答复"
                ).create(on: tx)
            }
            return notice
        }
    }

    /// The unit's answer, by a liaison of the unit the notice went to.
    public func answer(_ id: UUID, text: String, by actor: Actor, on db: any Database) async throws -> SupervisionNotice
    {
        let text = try RequiredText("answer", "答复内容", limit: Self.maxTextLength).checked(text)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let notice = try await SupervisionNotice.require(id, on: tx)
            guard actor.role == .liaison, actor.belongs(to: notice.$unit.id) else {
                throw DomainError.forbidden("只有被督办单位的联络员可以答复")
            }
            let before = notice.auditSnapshot
            notice.status = try notice.status.moved(to: .answered)
            notice.answer = text
            notice.answeredAt = clock.now
            try await notice.save(on: tx)
            try await record(notice, action: "notice.answer", before: before, in: audit)
            try await Notifier(clock: clock).tellOffice(
                .noticeAnswered, title: "督办单已答复：\(notice.number)", from: notice.$unit.id,
                "答复了督办单\(notice.number)，请审核后办结或退回。",
                about: Notification.Subject(type: "notice", id: try notice.requireID()), on: tx)
            return notice
        }
    }

    /// Closes an answered notice (办结).
    public func close(_ id: UUID, by actor: Actor, on db: any Database) async throws -> SupervisionNotice {
        try SupervisionPermissions.require(.supervise, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let notice = try await SupervisionNotice.require(id, on: tx)
            let before = notice.auditSnapshot
            notice.status = try notice.status.moved(to: .closed)
            notice.closedAt = clock.now
            try await notice.save(on: tx)
            try await record(notice, action: "notice.close", before: before, in: audit)
            return notice
        }
    }

    /// Sends an answer back: the notice waits for a new answer.
    public func sendBack(_ id: UUID, comment: String, by actor: Actor, on db: any Database) async throws
        -> SupervisionNotice
    {
        try SupervisionPermissions.require(.supervise, actor: actor)
        let comment = try RequiredText("comment", "退回原因", limit: Self.maxTextLength).checked(comment)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let notice = try await SupervisionNotice.require(id, on: tx)
            let before = notice.auditSnapshot
            notice.status = try notice.status.moved(to: .issued)
            notice.reviewComment = comment
            try await notice.save(on: tx)
            try await record(notice, action: "notice.return", before: before, in: audit)
            try await Notifier(clock: clock).send(
                Notification(
                    kind: .noticeReturned, title: "\(notice.number) 答复被退回",
                    body: "退回意见：\(comment)。请于 \(notice.replyDue) 前重新答复。",
                    subject: Notification.Subject(type: "notice", id: notice.requireID())), toUnit: notice.$unit.id,
                on: tx)
            return notice
        }
    }

    private func record(_ notice: SupervisionNotice, action: String, before: [String: String]?, in audit: AuditTrail)
        async throws
    {
        try await audit.record(
            AuditSubject(type: "notice", id: notice.id, label: notice.number), action: action,
            changes: AuditLog.diff(before: before, after: notice.auditSnapshot))
    }
}
