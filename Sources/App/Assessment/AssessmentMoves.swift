import Domain
import Vapor

/// Every write of the assessment, shared by its pages and the API so that both make the
/// same move with the same checks; the caller decides how to answer.
enum AssessmentMoves {
    static func createScheme(_ req: Request, _ body: AssessmentBodies.Scheme) async throws -> AssessmentScheme {
        try await SchemeCommands(clock: req.tongxin.clock).create(
            body.settings, copyFrom: body.copyFrom, by: req.actor(), on: req.db)
    }

    static func updateScheme(_ req: Request, _ id: UUID, _ body: AssessmentBodies.Scheme) async throws
        -> AssessmentScheme
    {
        try await SchemeCommands(clock: req.tongxin.clock).update(
            id, body.settings, reason: body.reason ?? "", by: req.actor(), on: req.db)
    }

    static func addIndicator(_ req: Request, _ schemeID: UUID, _ body: AssessmentBodies.Indicator) async throws
        -> AssessmentIndicator
    {
        try await SchemeCommands(clock: req.tongxin.clock).addIndicator(
            to: schemeID, body.input, reason: body.reason ?? "", by: req.actor(), on: req.db)
    }

    static func updateIndicator(_ req: Request, _ id: UUID, _ body: AssessmentBodies.Indicator) async throws
        -> AssessmentIndicator
    {
        try await SchemeCommands(clock: req.tongxin.clock).updateIndicator(
            id, body.input, reason: body.reason ?? "", by: req.actor(), on: req.db)
    }

    /// The scheme moves by name: issue, close, publish, finalise.
    static let schemeMoves = ["issue", "close", "publish", "finalise"]

    static func moveScheme(_ req: Request, _ id: UUID, _ move: String, asOf: String?) async throws
        -> AssessmentScheme
    {
        let actor = try req.actor()
        let clock = req.tongxin.clock
        switch move {
        case "issue": return try await SchemeCommands(clock: clock).issue(id, by: actor, on: req.db)
        case "close": return try await ResultCommands(clock: clock).close(id, asOf: asOf, by: actor, on: req.db)
        case "publish": return try await ResultCommands(clock: clock).publish(id, by: actor, on: req.db)
        default: return try await ResultCommands(clock: clock).finalise(id, by: actor, on: req.db)
        }
    }

    /// The entry moves by name: self (自评), review (审核), appeal (申诉).
    static let entryMoves = ["self", "review", "appeal"]

    static func moveEntry(_ req: Request, _ id: UUID, _ move: String, _ body: AssessmentBodies.Scoring) async throws
        -> UUID
    {
        let actor = try req.actor()
        let clock = req.tongxin.clock
        let entry: AssessmentEntry
        switch move {
        case "self":
            entry = try await ScoringCommands(clock: clock).selfAssess(
                id, score: body.score ?? "", statement: body.statement ?? "", evidence: body.evidence ?? "",
                files: try body.uploads(), by: actor, on: req.db)
        case "review":
            entry = try await ScoringCommands(clock: clock).review(
                id, decision: body.decision ?? "", score: body.score ?? "", reason: body.reason ?? "", by: actor,
                on: req.db)
        default:
            let appeal = try await AppealCommands(clock: clock).file(
                id, reason: body.reason ?? "", evidence: body.evidence ?? "", by: actor, on: req.db)
            entry = try await AssessmentEntry.require(appeal.$entry.id, on: req.db)
        }
        return entry.$card.id
    }

    static func answerAppeal(_ req: Request, _ id: UUID, _ body: AssessmentBodies.Scoring) async throws
        -> AssessmentAppeal
    {
        guard let upheld = body.upheld else { throw DomainError.invalid("upheld", "请选择申诉是否成立（true 或 false）") }
        return try await AppealCommands(clock: req.tongxin.clock).answer(
            id, upheld: upheld, score: body.score ?? "", answer: body.answer ?? "", by: req.actor(), on: req.db)
    }

    static func addAdjustment(_ req: Request, _ cardID: UUID, _ body: AssessmentBodies.Scoring) async throws
        -> AssessmentAdjustment
    {
        try await ResultCommands(clock: req.tongxin.clock).addAdjustment(
            to: cardID, kind: body.kind ?? "", points: body.points ?? "", reason: body.reason ?? "", by: req.actor(),
            on: req.db)
    }

    /// The card an adjustment was on, after removing it.
    static func removeAdjustment(_ req: Request, _ id: UUID) async throws -> UUID {
        try await ResultCommands(clock: req.tongxin.clock).removeAdjustment(id, by: req.actor(), on: req.db)
    }

    /// The card an evidence file was on, after removing it.
    static func removeFile(_ req: Request, _ id: UUID) async throws -> UUID {
        try await ScoringCommands(clock: req.tongxin.clock).removeFile(id, by: req.actor(), on: req.db)
    }

    /// The scheme an indicator was in, after removing it.
    static func removeIndicator(_ req: Request, _ id: UUID) async throws -> UUID {
        try await SchemeCommands(clock: req.tongxin.clock).removeIndicator(id, by: req.actor(), on: req.db)
    }
}
