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
    private let write: DomainWrite
    /// Longest title accepted, in characters.
    public static let maxTitleLength = 200

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
    }

    /// Creates a draft plan.
    public func create(_ input: NewPlan, by actor: Actor, on db: any Database) async throws -> Plan {
        try PlanPermissions.require(.manage, actor: actor)
        var problems: [FieldError] = []
        let title = RequiredText("title", "计划名称", limit: Self.maxTitleLength).checked(input.title, into: &problems)
        let period = PlanPeriod(input.period)
        if period == nil {
            problems.append(FieldError("period", "年度请写成“2026”或“2026-2027”(最长\(PlanPeriod.longestSpan)年)"))
        }
        guard problems.isEmpty, let period else { throw DomainError.invalid(problems) }
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            return try await insert(title, period: period, sourceMeeting: nil, on: tx, audit: audit)
        }
    }

    /// Writes a checked draft plan inside the caller's transaction (also used by report imports).
    func insert(
        _ title: String, period: PlanPeriod, sourceMeeting: UUID?, on tx: any Database,
        audit: AuditTrail
    ) async throws -> Plan {
        let plan = Plan(title: title, period: period)
        plan.$sourceMeeting.id = sourceMeeting
        try await plan.create(on: tx)
        try await audit.record(
            subject(plan), action: "plan.create",
            changes: AuditLog.diff(before: nil, after: plan.auditSnapshot))
        return plan
    }

    /// Issues a draft plan to the units. Issuing twice is a conflict and changes nothing.
    public func issue(_ id: UUID, by actor: Actor, on db: any Database) async throws -> Plan {
        try PlanPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let plan = try await Plan.require(id, on: tx)
            let before = plan.auditSnapshot
            plan.status = try plan.status.moved(to: .issued)
            try await plan.save(on: tx)
            try await audit.record(
                subject(plan), action: "plan.issue",
                changes: AuditLog.diff(before: before, after: plan.auditSnapshot))
            return plan
        }
    }

    /// Adds an area (方面) at the end of the plan.
    public func addArea(to planID: UUID, title: String, by actor: Actor, on db: any Database) async throws -> PlanArea {
        try PlanPermissions.require(.manage, actor: actor)
        let title = try Self.checkedAreaTitle(title)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let plan = try await Plan.require(planID, on: tx)
            let last = try await PlanArea.query(on: tx).filter(\.$plan.$id == planID).max(\.$sortOrder) ?? 0
            let area = PlanArea(planID: planID, title: title, sortOrder: last + 1)
            try await area.create(on: tx)
            try await audit.record(
                subject(plan), action: "plan.area.add",
                changes: AuditLog.diff(before: nil, after: area.auditSnapshot))
            return area
        }
    }

    /// Swaps an area with the previous (`up`) or next one; its 序号 follow.
    public func moveArea(_ id: UUID, up: Bool, by actor: Actor, on db: any Database) async throws {
        try PlanPermissions.require(.manage, actor: actor)
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            guard let area = try await PlanArea.find(id, on: tx) else { throw DomainError.notFound("找不到这个方面") }
            var areas = try await PlanArea.query(on: tx).filter(\.$plan.$id == area.$plan.id).sort(\.$sortOrder).all()
            guard let index = areas.firstIndex(where: { $0.id == id }) else { return }
            let target = up ? index - 1 : index + 1
            guard areas.indices.contains(target) else { return }
            areas.swapAt(index, target)
            for (position, item) in areas.enumerated() where item.sortOrder != position + 1 {
                item.sortOrder = position + 1
                try await item.save(on: tx)
            }
            let plan = try await Plan.require(area.$plan.id, on: tx)
            try await audit.record(
                subject(plan), action: "plan.area.move",
                changes: [
                    "area": AuditChange(before: "\(index + 1) \(area.title)", after: "\(target + 1) \(area.title)")
                ])
        }
    }

    static func checkedAreaTitle(_ raw: String) throws -> String {
        try RequiredText("title", "方面名称", limit: maxTitleLength).checked(raw)
    }

    private func subject(_ plan: Plan) -> AuditSubject {
        AuditSubject(type: "plan", id: plan.id, label: plan.title)
    }
}
