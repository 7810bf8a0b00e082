import FluentKit
import Foundation

/// Self-assessment (自评) by a unit's liaison, and the scorer's review of each manual
/// indicator: accept the unit's score, adjust it with a reason, or send it back.
public struct ScoringCommands: Sendable {
    let write: DomainWrite
    let clock: AppClock
    public static let maxTextLength = 2_000

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
        self.clock = clock
    }

    /// The scorer's three decisions.
    public enum Decision: String, Sendable, CaseIterable {
        case accept, adjust, `return`
    }

    /// The unit scores one manual indicator itself, says why and lists its evidence, with files
    /// (at most ``AssessmentAttachment/maxFiles`` an indicator).
    public func selfAssess(
        _ entryID: UUID, score: String, statement: String, evidence: String, files: [AttachmentUpload] = [],
        by actor: Actor, on db: any Database
    ) async throws -> AssessmentEntry {
        try AssessmentPermissions.require(.selfAssess, actor: actor)
        var problems: [FieldError] = []
        let given = Points(text: score)
        if given == nil { problems.append(FieldError("score", "请填写自评分，不小于0，最多两位小数")) }
        let statement = RequiredText("statement", "自评说明", limit: Self.maxTextLength).checked(statement, into: &problems)
        let evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        if evidence.count > Self.maxTextLength {
            problems.append(FieldError("evidence", "佐证材料不能超过\(Self.maxTextLength)个字"))
        }
        guard problems.isEmpty, let given else { throw DomainError.invalid(problems) }
        let now = clock.now
        return try await change(entryID, action: "assessment.self", by: actor, on: db) { context, tx in
            guard AssessmentPermissions.canSpeak(for: context.card.$unit.id, actor: actor) else {
                throw DomainError.forbidden("只能为本单位自评")
            }
            guard context.scheme.status == .issued else { throw DomainError.conflict("考核不在自评阶段") }
            let entry = context.entry
            guard [.pending, .returned, .submitted].contains(entry.state) else {
                throw DomainError.conflict("这项指标\(entry.state.label)，不能再自评")
            }
            if given > context.indicator.maximum {
                throw DomainError.invalid("score", "自评分不能超过该项分值\(context.indicator.maximum)分")
            }
            entry.selfScore = given.hundredths
            entry.statement = statement
            entry.evidence = evidence
            entry.state = .submitted
            _ = try await AttachmentStore.store(
                files, besides: AssessmentAttachment.query(on: tx).filter(\.$entry.$id == entryID),
                maxFiles: AssessmentAttachment.maxFiles, owner: "每项指标", at: now, on: tx
            ) {
                let file = AssessmentAttachment()
                file.$entry.id = entryID
                return file
            }
        }
    }

    /// The unit removes one of its evidence files while the indicator is still its to assess.
    public func removeFile(_ fileID: UUID, by actor: Actor, on db: any Database) async throws -> UUID {
        try AssessmentPermissions.require(.selfAssess, actor: actor)
        guard let file = try await AssessmentAttachment.find(fileID, on: db) else {
            throw DomainError.notFound("找不到这个附件")
        }
        let entry = try await change(file.$entry.id, action: "assessment.detach", by: actor, on: db) { context, tx in
            guard AssessmentPermissions.canSpeak(for: context.card.$unit.id, actor: actor) else {
                throw DomainError.forbidden("只能删除本单位的附件")
            }
            guard context.scheme.status == .issued, [.pending, .returned, .submitted].contains(context.entry.state)
            else {
                throw DomainError.conflict("这项指标已审核，附件不能再删除")
            }
            try await AssessmentAttachment.query(on: tx).filter(\.$id == fileID).delete()
        }
        return entry.$card.id
    }

    /// The scorer decides a submitted indicator. Adjusting and sending back need a reason.
    public func review(
        _ entryID: UUID, decision: String, score: String = "", reason: String = "", by actor: Actor,
        on db: any Database
    ) async throws -> AssessmentEntry {
        guard let decision = Decision(rawValue: decision) else {
            throw DomainError.invalid("decision", "审核意见无效，可选：accept（认定）、adjust（调整）、return（退回）")
        }
        var problems: [FieldError] = []
        let reason =
            decision == .accept
            ? reason.trimmingCharacters(in: .whitespacesAndNewlines)
            : RequiredText("reason", decision == .adjust ? "调整理由" : "退回理由", limit: Self.maxTextLength)
                .checked(reason, into: &problems)
        let adjusted = Points(text: score)
        if decision == .adjust, adjusted == nil { problems.append(FieldError("score", "请填写调整后的得分，最多两位小数")) }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        let clock = clock
        return try await change(entryID, action: "assessment.review", by: actor, on: db) { context, tx in
            guard AssessmentPermissions.canScore(scorer: context.indicator.$scorerUnit.id, actor: actor) else {
                throw DomainError.forbidden("只有这项指标的评分单位可以审核")
            }
            guard context.scheme.status == .issued else { throw DomainError.conflict("考核不在评分阶段") }
            let entry = context.entry
            guard entry.state == .submitted else { throw DomainError.conflict("这项指标\(entry.state.label)，不在待审核状态") }
            switch decision {
            case .accept:
                entry.state = .accepted
                entry.score = entry.selfScore
            case .adjust:
                guard let adjusted, adjusted <= context.indicator.maximum else {
                    throw DomainError.invalid("score", "得分不能超过该项分值\(context.indicator.maximum)分")
                }
                entry.state = .adjusted
                entry.score = adjusted.hundredths
            case .return:
                entry.state = .returned
                entry.score = nil
            }
            entry.reviewReason = reason
            entry.reviewedBy = actor.username
            // The unit hears of a change to its score, and of a return it must answer.
            guard decision != .accept else { return }
            let said = decision == .adjust ? "调整为\(Points(hundredths: entry.score ?? 0))分" : "被退回，请重新自评"
            _ = try await Notifier(clock: clock).send(
                Notification(
                    kind: .assessmentReviewed, title: "\(context.scheme.year)年度考核“\(context.indicator.name)”\(said)",
                    body: "理由：\(reason)。", subject: .scorecard(context.card.requireID())),
                toUnit: context.card.$unit.id, on: tx)
        }
    }

    /// What a change to one entry sees: the entry with its card, indicator and scheme.
    struct EntryContext: Sendable {
        let entry: AssessmentEntry
        let card: AssessmentCard
        let indicator: AssessmentIndicator
        let scheme: AssessmentScheme
    }

    /// Loads the entry in a write, applies `apply`, saves and records it.
    func change(
        _ entryID: UUID, action: String, by actor: Actor, on db: any Database,
        _ apply: @escaping @Sendable (EntryContext, any Database) async throws -> Void
    ) async throws -> AssessmentEntry {
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let context = try await Self.context(entryID, on: tx)
            var before = context.entry.auditSnapshot
            before["files"] = try await Self.fileNames(entryID, on: tx)
            try await apply(context, tx)
            var after = context.entry.auditSnapshot
            after["files"] = try await Self.fileNames(entryID, on: tx)
            try await context.entry.save(on: tx)
            try await audit.record(
                try await context.subject(on: tx), action: action, changes: AuditLog.diff(before: before, after: after))
            return context.entry
        }
    }

    /// The entry's file names, for the audit log.
    static func fileNames(_ entryID: UUID, on db: any Database) async throws -> String {
        try await AssessmentAttachment.query(on: db).filter(\.$entry.$id == entryID).field(\.$id)
            .field(\.$entry.$id).field(\.$filename).sort(\.$filename).all().map(\.filename).joined(separator: "、")
    }

    static func context(_ entryID: UUID, on db: any Database) async throws -> EntryContext {
        let entry = try await AssessmentEntry.require(entryID, on: db)
        let card = try await AssessmentCard.require(entry.$card.id, on: db)
        return EntryContext(
            entry: entry, card: card, indicator: try await AssessmentIndicator.require(entry.$indicator.id, on: db),
            scheme: try await AssessmentScheme.require(card.$scheme.id, on: db))
    }
}

extension ScoringCommands.EntryContext {
    /// “2026年度 · 示范局 · 理论学习”.
    func subject(on db: any Database) async throws -> AuditSubject {
        let unit = try await OrgUnit.require(card.$unit.id, on: db)
        return AuditSubject(
            type: "assessment_entry", id: entry.id, label: "\(scheme.year)年度 \(unit.name) \(indicator.name)")
    }
}
