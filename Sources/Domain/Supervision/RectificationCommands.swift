import FluentKit
import Foundation

/// A problem an inspection found, for one unit, with a deadline.
public struct ProblemDraft: Sendable {
    public var unitID: UUID?
    public var problem: String
    public var deadline: String

    public init(unitID: UUID?, problem: String, deadline: String) {
        self.unitID = unitID
        self.problem = problem
        self.deadline = deadline
    }
}

/// Recording inspections and walking rectification items to their sign-off (销号).
public struct RectificationCommands: Sendable {
    private let write: DomainWrite
    private let clock: AppClock
    public static let maxTextLength = 2_000
    public static let maxProblems = 200

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// Records an inspection with its problem list; each problem becomes an open item.
    public func recordInspection(
        title: String, day: String, inspectors: String, summary: String, problems: [ProblemDraft],
        by actor: Actor, on db: any Database
    ) async throws -> Inspection {
        try SupervisionPermissions.require(.supervise, actor: actor)
        var errors: [FieldError] = []
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors.append(FieldError("title", "请填写督查名称")) }
        if title.count > 200 { errors.append(FieldError("title", "督查名称不能超过200个字")) }
        let inspectionDay = TaskRules.day(day)
        if inspectionDay == nil { errors.append(FieldError("day", "请填写督查日期，如 2026-05-20")) }
        if inspectors.count > 200 { errors.append(FieldError("inspectors", "督查组不能超过200个字")) }
        if summary.count > Self.maxTextLength {
            errors.append(FieldError("summary", "督查情况不能超过\(Self.maxTextLength)个字"))
        }
        let kept = problems.filter { !$0.problem.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if kept.isEmpty { errors.append(FieldError("problems", "请至少填写一个问题")) }
        if kept.count > Self.maxProblems { errors.append(FieldError("problems", "一次最多\(Self.maxProblems)个问题")) }
        for (index, problem) in kept.enumerated() {
            if problem.unitID == nil { errors.append(FieldError("problems", "问题\(index + 1)：请选择整改单位")) }
            if problem.problem.count > Self.maxTextLength {
                errors.append(FieldError("problems", "问题\(index + 1)：内容太长"))
            }
            if TaskRules.day(problem.deadline) == nil { errors.append(FieldError("problems", "问题\(index + 1)：整改时限无效")) }
        }
        guard errors.isEmpty, let inspectionDay else { throw DomainError.invalid(errors) }
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let inspection = Inspection()
            inspection.title = title
            inspection.day = inspectionDay.description
            inspection.inspectors = inspectors.trimmingCharacters(in: .whitespacesAndNewlines)
            inspection.summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
            try await inspection.create(on: tx)
            try await audit.record(
                AuditSubject(type: "inspection", id: inspection.id, label: title), action: "inspection.create",
                changes: AuditLog.diff(before: nil, after: inspection.auditSnapshot))
            for (index, problem) in kept.enumerated() {
                guard let unit = try await OrgUnit.find(problem.unitID!, on: tx), unit.isActive else {
                    throw DomainError.invalid("problems", "问题\(index + 1)：整改单位不存在或已停用")
                }
                let item = RectificationItem()
                item.$inspection.id = try inspection.requireID()
                item.position = index + 1
                item.$unit.id = try unit.requireID()
                item.problem = problem.problem.trimmingCharacters(in: .whitespacesAndNewlines)
                item.deadline = TaskRules.day(problem.deadline)!.description
                item.measures = ""
                item.evidence = ""
                item.status = .open
                item.reviewComment = ""
                try await item.create(on: tx)
                try await record(item, title: title, action: "rectification.create", before: nil, in: audit)
            }
            return inspection
        }
    }

    /// The unit reports the item rectified, with its measures and evidence.
    public func submit(_ id: UUID, measures: String, evidence: String, by actor: Actor, on db: any Database)
        async throws -> RectificationItem
    {
        let measures = measures.trimmingCharacters(in: .whitespacesAndNewlines)
        let evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if measures.isEmpty { errors.append(FieldError("measures", "请填写整改措施")) }
        if evidence.isEmpty { errors.append(FieldError("evidence", "请填写整改成效或佐证材料")) }
        for (field, value) in [("measures", measures), ("evidence", evidence)] where value.count > Self.maxTextLength {
            errors.append(FieldError(field, "不能超过\(Self.maxTextLength)个字"))
        }
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        return try await change(id, action: "rectification.submit", actor: actor, on: db) { item in
            guard actor.role == .liaison, actor.belongs(to: item.$unit.id) else {
                throw DomainError.forbidden("只有整改单位的联络员可以报送整改情况")
            }
            item.status = try item.status.moved(to: .submitted)
            item.measures = measures
            item.evidence = evidence
        } then: { item, inspection, tx in
            try await Notifier(clock: clock).tellOffice(
                .rectificationSubmitted, title: "整改待销号：\(inspection.title) 问题\(item.position)", from: item.$unit.id,
                "报送了整改情况，请审核后销号或退回。",
                about: Notification.Subject(type: "inspection", id: try inspection.requireID()), on: tx)
        }
    }

    /// The office signs the item off (销号).
    public func signOff(_ id: UUID, by actor: Actor, on db: any Database) async throws -> RectificationItem {
        try SupervisionPermissions.require(.supervise, actor: actor)
        let now = clock.now
        return try await change(id, action: "rectification.signoff", actor: actor, on: db) { item in
            item.status = try item.status.moved(to: .signedOff)
            item.signedOffAt = now
        }
    }

    /// The office returns the item with what is still missing.
    public func sendBack(_ id: UUID, comment: String, by actor: Actor, on db: any Database) async throws
        -> RectificationItem
    {
        try SupervisionPermissions.require(.supervise, actor: actor)
        let comment = try RequiredText("comment", "退回原因", limit: Self.maxTextLength).checked(comment)
        let clock = clock
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let item = try await change(id, action: "rectification.return", actor: actor, on: tx) { item in
                item.status = try item.status.moved(to: .returned)
                item.reviewComment = comment
            }
            try await Notifier(clock: clock).send(
                Notification(
                    kind: .rectificationReturned, title: "整改事项被退回：\(item.problem)",
                    body: "退回意见：\(comment)。整改时限 \(item.deadline)。",
                    subject: Notification.Subject(type: "inspection", id: item.$inspection.id)), toUnit: item.$unit.id,
                on: tx)
            return item
        }
    }

    private func change(
        _ id: UUID, action: String, actor: Actor, on db: any Database,
        _ apply: @escaping @Sendable (RectificationItem) throws -> Void,
        then: (@Sendable (RectificationItem, Inspection, any Database) async throws -> Void)? = nil
    ) async throws -> RectificationItem {
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let item = try await RectificationItem.require(id, on: tx)
            let before = item.auditSnapshot
            try apply(item)
            try await item.save(on: tx)
            let inspection = try await Inspection.require(item.$inspection.id, on: tx)
            try await record(item, title: inspection.title, action: action, before: before, in: audit)
            try await then?(item, inspection, tx)
            return item
        }
    }

    private func record(
        _ item: RectificationItem, title: String, action: String, before: [String: String]?,
        in audit: AuditTrail
    ) async throws {
        try await audit.record(
            AuditSubject(type: "rectification", id: item.id, label: "\(title) 问题\(item.position)"), action: action,
            changes: AuditLog.diff(before: before, after: item.auditSnapshot))
    }
}
