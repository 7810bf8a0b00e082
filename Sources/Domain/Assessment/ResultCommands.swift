import FluentKit
import Foundation

/// The office's side of results: bonus, deduction and veto items; closing the scoring (which
/// freezes the automatic figures); publishing for appeal (公示); answering appeals; finalising.
public struct ResultCommands: Sendable {
    let write: DomainWrite
    let clock: AppClock
    public static let maxAdjustments = 50

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    private var today: CalendarDay { CalendarDay.today(clock) }

    /// Adds a bonus, a deduction or a veto to a unit's card, with its reason.
    public func addAdjustment(
        to cardID: UUID, kind: String, points: String, reason: String, by actor: Actor, on db: any Database
    ) async throws -> AssessmentAdjustment {
        try AssessmentPermissions.require(.manage, actor: actor)
        var problems: [FieldError] = []
        let kind = AdjustmentKind(rawValue: kind)
        if kind == nil { problems.append(FieldError("kind", "类型无效，可选：bonus（加分）、deduction（扣分）、veto（一票否决）")) }
        let value = kind == .veto ? .zero : Points(text: points)
        if value == nil || (kind != .veto && value == .zero) {
            problems.append(FieldError("points", "分值应为大于0的数，最多两位小数"))
        }
        let reason = RequiredText("reason", "事由", limit: ScoringCommands.maxTextLength).checked(reason, into: &problems)
        guard problems.isEmpty, let kind, let value else { throw DomainError.invalid(problems) }
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let card = try await AssessmentCard.require(cardID, on: tx)
            let scheme = try await AssessmentScheme.require(card.$scheme.id, on: tx)
            guard scheme.status == .issued || scheme.status == .closed else {
                throw DomainError.conflict("公示后不能再加减分")
            }
            let cap = Points(hundredths: kind == .bonus ? scheme.bonusCap : scheme.deductionCap)
            if kind != .veto, value > cap {
                throw DomainError.invalid("points", "\(kind.label)不能超过方案上限\(cap)分")
            }
            if try await AssessmentAdjustment.query(on: tx).filter(\.$card.$id == cardID).count() >= Self.maxAdjustments
            {
                throw DomainError.conflict("一个单位最多\(Self.maxAdjustments)项加减分")
            }
            let adjustment = AssessmentAdjustment()
            adjustment.$card.id = cardID
            adjustment.kind = kind
            adjustment.points = value.hundredths
            adjustment.reason = reason
            adjustment.createdBy = actor.username
            try await adjustment.create(on: tx)
            try await audit.record(
                try await card.subject(scheme, on: tx), action: "assessment.adjust",
                changes: AuditLog.diff(before: nil, after: adjustment.auditSnapshot))
            return adjustment
        }
    }

    /// Removes a bonus, deduction or veto before publication; the card it was on.
    @discardableResult
    public func removeAdjustment(_ id: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        try AssessmentPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            guard let adjustment = try await AssessmentAdjustment.find(id, on: tx) else {
                throw DomainError.notFound("找不到这项加减分")
            }
            let card = try await AssessmentCard.require(adjustment.$card.id, on: tx)
            let scheme = try await AssessmentScheme.require(card.$scheme.id, on: tx)
            guard scheme.status == .issued || scheme.status == .closed else {
                throw DomainError.conflict("公示后不能再撤销加减分")
            }
            try await adjustment.delete(on: tx)
            try await audit.record(
                try await card.subject(scheme, on: tx), action: "assessment.adjust_remove",
                changes: AuditLog.diff(before: adjustment.auditSnapshot, after: nil))
            return adjustment.$card.id
        }
    }

    /// Closes scoring: every submitted indicator must be decided; the automatic figures are
    /// computed as of `asOf` (today when nil) and frozen with their scores; a manual indicator
    /// the unit never assessed scores 0.
    public func close(_ id: UUID, asOf: String? = nil, by actor: Actor, on db: any Database) async throws
        -> AssessmentScheme
    {
        try AssessmentPermissions.require(.manage, actor: actor)
        let today = today
        let day =
            try asOf.flatMap { text -> CalendarDay? in
                guard !text.isEmpty else { return nil }
                guard let day = CalendarDay(iso: text), day <= today else {
                    throw DomainError.invalid("asOf", "统计截止日应为今天或以前的日期，如 2026-12-31")
                }
                return day
            } ?? today
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let scheme = try await AssessmentScheme.require(id, on: tx)
            let before = scheme.auditSnapshot
            scheme.status = try scheme.status.moved(to: .closed)
            try await ScoreFreezer(scheme: scheme, asOf: day).freeze(on: tx)
            scheme.figuresDay = day.description
            try await scheme.save(on: tx)
            try await audit.record(
                scheme.subject, action: "assessment.close",
                changes: AuditLog.diff(before: before, after: scheme.auditSnapshot))
            return scheme
        }
    }

    /// Publishes the results to the units for the scheme's window of working days.
    public func publish(_ id: UUID, by actor: Actor, on db: any Database) async throws -> AssessmentScheme {
        try AssessmentPermissions.require(.manage, actor: actor)
        let today = today
        let clock = clock
        return try await schemeMove(id, to: .published, action: "assessment.publish", by: actor, on: db) { scheme in
            scheme.publishedOn = today.description
            scheme.windowEnds = WorkingDays.adding(scheme.windowDays, to: today).description
        } check: { scheme, tx in
            // Every assessed unit hears that its result is out, and until when it may appeal.
            for card in try await AssessmentCard.query(on: tx).filter(\.$scheme.$id == scheme.requireID()).all() {
                _ = try await Notifier(clock: clock).send(
                    Notification(
                        kind: .assessmentPublished, title: "\(scheme.year)年度考核结果公示",
                        body: "公示期至\(scheme.windowEnds ?? "")，对得分有异议的可在此前逐项申诉。",
                        subject: .scorecard(card.requireID())), toUnit: card.$unit.id, on: tx)
            }
        }
    }

    /// Makes the results final: the window has closed and every appeal is answered.
    public func finalise(_ id: UUID, by actor: Actor, on db: any Database) async throws -> AssessmentScheme {
        try AssessmentPermissions.require(.manage, actor: actor)
        let today = today
        let now = clock.now
        return try await schemeMove(id, to: .final, action: "assessment.finalise", by: actor, on: db) { scheme in
            if let ends = scheme.windowEnds.flatMap(CalendarDay.init(iso:)), today <= ends {
                throw DomainError.conflict("公示期到\(ends)为止，公示期满后才能定档")
            }
            scheme.finalisedAt = now
        } check: { scheme, tx in
            let open = try await AssessmentAppeal.open(in: scheme.requireID(), on: tx)
            if !open.isEmpty { throw DomainError.conflict("还有\(open.count)件申诉未答复，答复后才能定档") }
        }
    }

    private func schemeMove(
        _ id: UUID, to status: SchemeStatus, action: String, by actor: Actor, on db: any Database,
        _ apply: @escaping @Sendable (AssessmentScheme) throws -> Void,
        check: (@Sendable (AssessmentScheme, any Database) async throws -> Void)? = nil
    ) async throws -> AssessmentScheme {
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let scheme = try await AssessmentScheme.require(id, on: tx)
            let before = scheme.auditSnapshot
            scheme.status = try scheme.status.moved(to: status)
            try apply(scheme)
            try await check?(scheme, tx)
            try await scheme.save(on: tx)
            try await audit.record(
                scheme.subject, action: action, changes: AuditLog.diff(before: before, after: scheme.auditSnapshot))
            return scheme
        }
    }
}

/// Working days: Monday to Friday. (Public holidays and the weekends worked in their place
/// are not known to Tongxin; the office sets the window's length with that in mind.)
public enum WorkingDays {
    /// The day `count` working days after `day` (the day itself not counted).
    public static func adding(_ count: Int, to day: CalendarDay) -> CalendarDay {
        var day = day
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if !isWeekend(day) { left -= 1 }
        }
        return day
    }

    /// 1970-01-01, ordinal 0, was a Thursday.
    public static func isWeekend(_ day: CalendarDay) -> Bool {
        let weekday = ((day.ordinal + 3) % 7 + 7) % 7  // 0 is Monday
        return weekday >= 5
    }
}

extension AssessmentCard {
    func subject(_ scheme: AssessmentScheme, on db: any Database) async throws -> AuditSubject {
        let unit = try await OrgUnit.require($unit.id, on: db)
        return AuditSubject(type: "assessment_card", id: id, label: "\(scheme.year)年度 \(unit.name)")
    }
}
