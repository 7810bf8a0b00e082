import FluentKit
import Foundation

/// What a new plan needs.
public struct NewPlan: Sendable {
    public var title: String
    /// `2026` or `2026-2027` (see ``PlanPeriod``).
    public var period: String

    public init(title: String, period: String) {
        self.title = title
        self.period = period
    }
}

/// Every write to plans: validate, authorise, change rows and audit in one transaction.
public struct PlanCommands: Sendable {
    private let audit: AuditLog
    /// Longest title accepted, in characters.
    public static let maxTitleLength = 200

    public init(clock: AppClock) {
        audit = AuditLog(clock: clock)
    }

    /// Creates a draft plan.
    public func create(_ input: NewPlan, by actor: Actor, on db: any Database) async throws -> Plan {
        try WorkPermissions.require(.managePlans, actor: actor)
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldError] = []
        if title.isEmpty { problems.append(FieldError("title", "请填写计划名称")) }
        if title.count > Self.maxTitleLength { problems.append(FieldError("title", "计划名称不能超过\(Self.maxTitleLength)个字")) }
        let period = PlanPeriod(input.period)
        if period == nil { problems.append(FieldError("period", "年度请写成“2026”或“2026-2027”(最长\(PlanPeriod.longestSpan)年)")) }
        guard problems.isEmpty, let period else { throw DomainError.invalid(problems) }
        return try await db.transaction { tx in
            let plan = Plan(title: title, period: period)
            try await plan.create(on: tx)
            try await audit.record(subject(plan), actor: actor, action: "plan.create",
                                   changes: AuditLog.diff(before: nil, after: plan.auditSnapshot), on: tx)
            return plan
        }
    }

    /// Issues a draft plan to the units. Issuing twice is a conflict and changes nothing.
    public func issue(_ id: UUID, by actor: Actor, on db: any Database) async throws -> Plan {
        try WorkPermissions.require(.managePlans, actor: actor)
        return try await db.transaction { tx in
            let plan = try await Plan.require(id, on: tx)
            let before = plan.auditSnapshot
            plan.status = try plan.status.moved(to: .issued)
            try await plan.save(on: tx)
            try await audit.record(subject(plan), actor: actor, action: "plan.issue",
                                   changes: AuditLog.diff(before: before, after: plan.auditSnapshot), on: tx)
            return plan
        }
    }

    private func subject(_ plan: Plan) -> AuditSubject {
        AuditSubject(type: "plan", id: plan.id, label: plan.title)
    }
}
