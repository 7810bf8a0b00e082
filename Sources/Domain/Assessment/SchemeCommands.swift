import FluentKit
import Foundation

/// Drafting, copying, amending and issuing a year's scheme (考核方案).
///
/// A draft changes freely. Issuing checks it (``SchemeCheck``) and gives every active unit of
/// its kinds a card. After that, until scoring closes, a change is an amendment: it needs a
/// reason, is recorded as `assessment.amend` with the reason, moves the revision, and must
/// leave the scheme as sound as it was issued.
public struct SchemeCommands: Sendable {
    let write: DomainWrite
    let clock: AppClock
    public static let maxIndicators = 200
    public static let maxReasonLength = 500

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// A new draft for a year, empty or a copy of `copyFrom` (last year's): its indicators,
    /// points, scorers and settings, under the new year and title.
    public func create(_ settings: SchemeSettings, copyFrom: UUID? = nil, by actor: Actor, on db: any Database)
        async throws -> AssessmentScheme
    {
        try AssessmentPermissions.require(.manage, actor: actor)
        let values = try settings.checked()
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            if try await AssessmentScheme.query(on: tx).filter(\.$year == values.year).count() > 0 {
                throw DomainError.invalid("year", "\(values.year)年度已有考核方案")
            }
            let scheme = AssessmentScheme()
            scheme.apply(values)
            if let copyFrom {
                let source = try await AssessmentScheme.require(copyFrom, on: tx)
                (scheme.totalPoints, scheme.unitKindsText, scheme.bonusCap, scheme.deductionCap) = (
                    source.totalPoints, source.unitKindsText, source.bonusCap, source.deductionCap
                )
                (scheme.grading, scheme.gradeBoundsText, scheme.windowDays) = (
                    source.grading, source.gradeBoundsText, source.windowDays
                )
            }
            scheme.status = .draft
            scheme.revision = 0
            try await scheme.create(on: tx)
            try await audit.record(
                scheme.subject, action: "assessment.create",
                changes: AuditLog.diff(before: nil, after: scheme.auditSnapshot))
            guard let copyFrom else { return scheme }
            let source = try await AssessmentScheme.require(copyFrom, on: tx)
            let indicators = try await AssessmentIndicator.query(on: tx).filter(\.$scheme.$id == source.requireID())
                .sort(\.$position).all()
            for old in indicators {
                let indicator = AssessmentIndicator()
                indicator.$scheme.id = try scheme.requireID()
                indicator.position = old.position
                indicator.category = old.category
                indicator.name = old.name
                indicator.rule = old.rule
                indicator.points = old.points
                indicator.method = old.method
                indicator.metric = old.metric
                indicator.$scorerUnit.id = old.$scorerUnit.id
                try await indicator.create(on: tx)
            }
            try await audit.record(
                scheme.subject, action: "assessment.copy",
                changes: [
                    "source": AuditChange(before: nil, after: "\(source.year)年度 \(source.title)"),
                    "indicators": AuditChange(before: nil, after: String(indicators.count)),
                ])
            return scheme
        }
    }

    /// Changes the settings: freely in a draft, as an amendment with `reason` once issued.
    public func update(
        _ id: UUID, _ settings: SchemeSettings, reason: String = "", by actor: Actor, on db: any Database
    )
        async throws -> AssessmentScheme
    {
        try AssessmentPermissions.require(.manage, actor: actor)
        let values = try settings.checked()
        return try await amending(id, reason: reason, by: actor, on: db) { scheme, tx in
            if scheme.status != .draft, values.year != scheme.year || values.unitKinds != scheme.unitKinds {
                throw DomainError.conflict("已印发的方案不能改变年度和被考核单位类型")
            }
            if values.year != scheme.year,
                try await AssessmentScheme.query(on: tx).filter(\.$year == values.year).count() > 0
            {
                throw DomainError.invalid("year", "\(values.year)年度已有考核方案")
            }
            scheme.apply(values)
            return scheme
        }
    }

    /// Adds an indicator at the end; on an issued scheme, every card gets an entry for it.
    public func addIndicator(
        to schemeID: UUID, _ input: IndicatorInput, reason: String = "", by actor: Actor, on db: any Database
    ) async throws -> AssessmentIndicator {
        try AssessmentPermissions.require(.manage, actor: actor)
        let values = try input.checked()
        return try await amending(schemeID, reason: reason, by: actor, on: db) { scheme, tx in
            let count = try await AssessmentIndicator.query(on: tx).filter(\.$scheme.$id == schemeID).count()
            if count >= Self.maxIndicators { throw DomainError.invalid("indicators", "一个方案最多\(Self.maxIndicators)项指标") }
            let last = try await AssessmentIndicator.query(on: tx).filter(\.$scheme.$id == schemeID).max(\.$position)
            let indicator = AssessmentIndicator()
            indicator.$scheme.id = schemeID
            indicator.position = (last ?? 0) + 1
            try await indicator.apply(values, scorer: input.scorerUnitID, on: tx)
            try await indicator.create(on: tx)
            if scheme.status == .issued {
                for card in try await AssessmentCard.query(on: tx).filter(\.$scheme.$id == schemeID).all() {
                    try await AssessmentEntry.make(card: card.requireID(), indicator: indicator).create(on: tx)
                }
            }
            return indicator
        }
    }

    /// Changes an indicator; once issued, its method and figure stay as issued.
    public func updateIndicator(
        _ id: UUID, _ input: IndicatorInput, reason: String = "", by actor: Actor, on db: any Database
    ) async throws -> AssessmentIndicator {
        try AssessmentPermissions.require(.manage, actor: actor)
        let values = try input.checked()
        let indicator = try await AssessmentIndicator.require(id, on: db)
        return try await amending(indicator.$scheme.id, reason: reason, by: actor, on: db) { scheme, tx in
            let indicator = try await AssessmentIndicator.require(id, on: tx)
            if scheme.status != .draft, values.method != indicator.method || values.metric != indicator.metric {
                throw DomainError.conflict("已印发的方案不能改变指标的评分方式和计算口径")
            }
            try await indicator.apply(values, scorer: input.scorerUnitID, on: tx)
            try await indicator.save(on: tx)
            return indicator
        }
    }

    /// Removes an indicator from a draft; the scheme it was in.
    @discardableResult
    public func removeIndicator(_ id: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        try AssessmentPermissions.require(.manage, actor: actor)
        let schemeID = try await AssessmentIndicator.require(id, on: db).$scheme.id
        try await amending(schemeID, reason: "", by: actor, on: db) { scheme, tx in
            guard scheme.status == .draft else { throw DomainError.conflict("已印发的方案不能删除指标，请修改其分值或细则") }
            try await AssessmentIndicator.require(id, on: tx).delete(on: tx)
        }
        return schemeID
    }

    /// Issues a sound draft: every active unit of its kinds gets a card with an entry per indicator.
    public func issue(_ id: UUID, by actor: Actor, on db: any Database) async throws -> AssessmentScheme {
        try AssessmentPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let scheme = try await AssessmentScheme.require(id, on: tx)
            let before = scheme.auditSnapshot
            scheme.status = try scheme.status.moved(to: .issued)
            let problems = try await SchemeCheck.problems(scheme, on: tx)
            guard problems.isEmpty else { throw DomainError.invalid(problems) }
            let indicators = try await AssessmentIndicator.query(on: tx).filter(\.$scheme.$id == id).all()
            let units = try await OrgUnit.query(on: tx).filter(\.$isActive == true)
                .filter(\.$kind ~~ scheme.unitKinds).all()
            if units.isEmpty { throw DomainError.conflict("没有属于被考核类型的在用单位") }
            for unit in units {
                let card = AssessmentCard()
                card.$scheme.id = id
                card.$unit.id = try unit.requireID()
                card.unitKind = unit.kind
                try await card.create(on: tx)
                for indicator in indicators {
                    try await AssessmentEntry.make(card: card.requireID(), indicator: indicator).create(on: tx)
                }
            }
            try await scheme.save(on: tx)
            try await audit.record(
                scheme.subject, action: "assessment.issue",
                changes: AuditLog.diff(before: before, after: scheme.auditSnapshot).merging(
                    ["cards": AuditChange(before: nil, after: String(units.count))]) { $1 })
            return scheme
        }
    }

    /// Runs `change` on a draft, or on an issued scheme as an amendment that must give a reason
    /// and leave the scheme sound; records the scheme's and the indicators' changes.
    @discardableResult
    func amending<T: Sendable>(
        _ id: UUID, reason: String, by actor: Actor, on db: any Database,
        _ change: @escaping @Sendable (AssessmentScheme, any Database) async throws -> T
    ) async throws -> T {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let scheme = try await AssessmentScheme.require(id, on: tx)
            guard scheme.status == .draft || scheme.status == .issued else {
                throw DomainError.conflict("评分结束后方案不能再修改")
            }
            let amendment = scheme.status == .issued
            if amendment { _ = try RequiredText("reason", "修改理由", limit: Self.maxReasonLength).checked(reason) }
            let before = try await SchemeSnapshot.take(scheme, on: tx)
            let result = try await change(scheme, tx)
            if amendment {
                scheme.revision += 1
                let problems = try await SchemeCheck.problems(scheme, on: tx)
                guard problems.isEmpty else { throw DomainError.invalid(problems) }
            }
            try await scheme.save(on: tx)
            var changes = AuditLog.diff(before: before, after: try await SchemeSnapshot.take(scheme, on: tx))
            if amendment { changes["reason"] = AuditChange(before: nil, after: reason) }
            try await audit.record(
                scheme.subject, action: amendment ? "assessment.amend" : "assessment.edit", changes: changes)
            return result
        }
    }
}

extension AssessmentScheme {
    var subject: AuditSubject { AuditSubject(type: "assessment", id: id, label: "\(year)年度 \(title)") }

    func apply(_ values: SchemeSettings.Checked) {
        year = values.year
        title = values.title
        totalPoints = values.total.hundredths
        unitKindsText = values.unitKinds.map(\.rawValue).joined(separator: ",")
        bonusCap = values.bonusCap.hundredths
        deductionCap = values.deductionCap.hundredths
        grading = values.grading
        gradeBoundsText = values.bounds.map(String.init).joined(separator: ",")
        windowDays = values.windowDays
    }
}

extension AssessmentIndicator {
    func apply(_ values: IndicatorInput.Checked, scorer: UUID?, on db: any Database) async throws {
        if let scorer {
            guard let unit = try await OrgUnit.find(scorer, on: db), unit.isActive else {
                throw DomainError.invalid("scorerUnitId", "评分单位不存在或已停用")
            }
        }
        category = values.category
        name = values.name
        rule = values.rule
        points = values.points.hundredths
        method = values.method
        metric = values.metric
        $scorerUnit.id = scorer
    }
}

extension AssessmentEntry {
    static func make(card: UUID, indicator: AssessmentIndicator) throws -> AssessmentEntry {
        let entry = AssessmentEntry()
        entry.$card.id = card
        entry.$indicator.id = try indicator.requireID()
        entry.state = indicator.method == .auto ? .auto : .pending
        entry.statement = ""
        entry.evidence = ""
        entry.reviewReason = ""
        return entry
    }
}

/// The scheme and its indicators flattened for the audit log, so an amendment's diff shows
/// every line that changed (e.g. `indicator.3.points: 10.00 → 8.00`).
enum SchemeSnapshot {
    static func take(_ scheme: AssessmentScheme, on db: any Database) async throws -> [String: String] {
        var snapshot = scheme.auditSnapshot
        for indicator in try await AssessmentIndicator.query(on: db).filter(\.$scheme.$id == scheme.requireID()).all() {
            for (key, value) in indicator.auditSnapshot { snapshot["indicator.\(indicator.position).\(key)"] = value }
        }
        return snapshot
    }
}
