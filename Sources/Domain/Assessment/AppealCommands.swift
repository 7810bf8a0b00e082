import FluentKit
import Foundation

/// Appeals (申诉) during 公示: a unit appeals one indicator's score with reasons and evidence
/// while the window is open; the office upholds it with a new score (both scores kept in the
/// audit log and on the appeal) or dismisses it with the reason.
public struct AppealCommands: Sendable {
    let write: DomainWrite
    let clock: AppClock

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// Files an appeal against one indicator of the actor's unit.
    public func file(_ entryID: UUID, reason: String, evidence: String, by actor: Actor, on db: any Database)
        async throws -> AssessmentAppeal
    {
        try AssessmentPermissions.require(.selfAssess, actor: actor)
        var problems: [FieldError] = []
        let reason = RequiredText("reason", "申诉理由", limit: ScoringCommands.maxTextLength).checked(
            reason, into: &problems)
        let evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        if evidence.count > ScoringCommands.maxTextLength {
            problems.append(FieldError("evidence", "佐证材料不能超过\(ScoringCommands.maxTextLength)个字"))
        }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        let today = CalendarDay.today(clock)
        let now = clock.now
        let clock = clock
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let context = try await ScoringCommands.context(entryID, on: tx)
            guard AssessmentPermissions.canSpeak(for: context.card.$unit.id, actor: actor) else {
                throw DomainError.forbidden("只能为本单位申诉")
            }
            guard context.scheme.isOpenForAppeal(on: today) else {
                throw DomainError.conflict(
                    context.scheme.status == .published
                        ? "公示期已于\(context.scheme.windowEnds ?? "")结束，不再受理申诉" : "考核结果不在公示期，不能申诉")
            }
            let open = try await AssessmentAppeal.query(on: tx).filter(\.$entry.$id == entryID)
                .filter(\.$status == .open).count()
            if open > 0 { throw DomainError.conflict("这项指标已有申诉在办理中") }
            let appeal = AssessmentAppeal()
            appeal.$entry.id = entryID
            appeal.reason = reason
            appeal.evidence = evidence
            appeal.status = .open
            appeal.answer = ""
            appeal.filedBy = actor.username
            appeal.filedAt = now
            try await appeal.create(on: tx)
            try await audit.record(
                try await context.subject(on: tx), action: "assessment.appeal",
                changes: AuditLog.diff(before: nil, after: appeal.auditSnapshot))
            try await Notifier(clock: clock).tellOffice(
                .appealFiled, title: "考核申诉：\(context.indicator.name)", from: context.card.$unit.id,
                "对\(context.scheme.year)年度考核该项得分提出申诉，请在公示期内答复。",
                about: .scorecard(context.card.requireID()), on: tx)
            return appeal
        }
    }

    /// Answers an appeal: `upheld` with the new score, or dismissed; the answer says why.
    public func answer(
        _ appealID: UUID, upheld: Bool, score: String = "", answer: String, by actor: Actor, on db: any Database
    ) async throws -> AssessmentAppeal {
        try AssessmentPermissions.require(.manage, actor: actor)
        var problems: [FieldError] = []
        let answer = RequiredText("answer", upheld ? "申诉处理意见" : "不予支持的理由", limit: ScoringCommands.maxTextLength)
            .checked(answer, into: &problems)
        let newScore = Points(text: score)
        if upheld, newScore == nil { problems.append(FieldError("score", "申诉成立时请填写更正后的得分，最多两位小数")) }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        let now = clock.now
        let clock = clock
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let appeal = try await AssessmentAppeal.require(appealID, on: tx)
            guard appeal.status == .open else { throw DomainError.conflict("这件申诉已答复") }
            let context = try await ScoringCommands.context(appeal.$entry.id, on: tx)
            guard context.scheme.status == .published else { throw DomainError.conflict("考核结果不在公示阶段") }
            let appealBefore = appeal.auditSnapshot
            let subject = try await context.subject(on: tx)
            if upheld, let newScore {
                guard newScore <= context.indicator.maximum else {
                    throw DomainError.invalid("score", "得分不能超过该项分值\(context.indicator.maximum)分")
                }
                let entryBefore = context.entry.auditSnapshot
                appeal.oldScore = context.entry.score ?? 0
                appeal.newScore = newScore.hundredths
                context.entry.score = newScore.hundredths
                context.entry.reviewReason = "申诉成立：\(answer)"
                try await context.entry.save(on: tx)
                try await audit.record(
                    subject, action: "assessment.rescore",
                    changes: AuditLog.diff(before: entryBefore, after: context.entry.auditSnapshot))
            }
            appeal.status = upheld ? .upheld : .dismissed
            appeal.answer = answer
            appeal.answeredAt = now
            try await appeal.save(on: tx)
            try await audit.record(
                subject, action: "assessment.appeal_answer",
                changes: AuditLog.diff(before: appealBefore, after: appeal.auditSnapshot))
            _ = try await Notifier(clock: clock).send(
                Notification(
                    kind: .appealAnswered,
                    title: "考核申诉“\(context.indicator.name)”\(upheld ? "成立" : "不成立")",
                    body: "答复：\(answer)。", subject: .scorecard(context.card.requireID())),
                toUnit: context.card.$unit.id, on: tx)
            return appeal
        }
    }
}

extension AssessmentAppeal {
    /// The open appeals of a scheme.
    static func open(in schemeID: UUID, on db: any Database) async throws -> [AssessmentAppeal] {
        try await AssessmentAppeal.query(on: db).filter(\.$status == .open)
            .join(AssessmentEntry.self, on: \AssessmentAppeal.$entry.$id == \AssessmentEntry.$id)
            .join(AssessmentCard.self, on: \AssessmentEntry.$card.$id == \AssessmentCard.$id)
            .filter(AssessmentCard.self, \.$scheme.$id == schemeID).all()
    }
}
