import Domain
import Vapor

/// The moves of a suggestion, shared by the pages and the API: the last segment of the path
/// names the move, the body carries its fields (``SuggestionMoveBody``).
enum SuggestionMoves {
    static let all = [
        "submit", "cosign", "accept", "decline", "merge", "route", "return", "countersign", "answer", "review", "rate",
        "instruct", "adopt", "publish", "consent",
    ]

    /// Performs `move` on the suggestion (404 first unless the caller may see it) and returns
    /// it as the move left it, with whether the caller still reads it: a unit's send-back (退回)
    /// and a co-signer's refusal end the reading that the routing or invitation gave.
    @discardableResult
    static func perform(
        _ move: String, on id: UUID, _ body: SuggestionMoveBody,
        _ req: Request
    ) async throws -> (suggestion: Suggestion, stillReadable: Bool) {
        let actor = try req.actor()
        let db = req.db
        _ = try await SuggestionAccess.readable(id, by: actor, on: db)
        let commands = SuggestionCommands(clock: req.tongxin.clock)
        let suggestion: Suggestion
        switch move {
        case "submit": suggestion = try await commands.submit(id, cosigners: body.cosignerIds ?? [], by: actor, on: db)
        case "cosign": suggestion = try await commands.cosign(id, confirm: body.confirm ?? true, by: actor, on: db)
        case "accept": suggestion = try await commands.accept(id, isKey: body.isKey ?? false, by: actor, on: db)
        case "decline": suggestion = try await commands.decline(id, reason: body.reason ?? "", by: actor, on: db)
        case "merge":
            guard let into = body.intoId else { throw DomainError.invalid("intoId", "请选择并入的建言") }
            suggestion = try await commands.merge(id, into: into, by: actor, on: db)
        case "route":
            guard let lead = body.leadUnitId else { throw DomainError.invalid("leadUnitId", "请选择主办单位") }
            suggestion = try await commands.route(
                id, lead: lead, coUnits: body.coUnitIds ?? [], due: body.answerDue ?? "", by: actor, on: db)
        case "return": suggestion = try await commands.sendBack(id, reason: body.reason ?? "", by: actor, on: db)
        case "countersign": suggestion = try await commands.countersign(id, part: body.part ?? "", by: actor, on: db)
        case "answer":
            suggestion = try await commands.answer(
                id, text: body.text ?? "", answerClass: body.answerClass ?? "", by: actor, on: db)
        case "review":
            suggestion = try await commands.review(
                id, send: body.send ?? false, comment: body.comment ?? "", by: actor, on: db)
        case "rate":
            suggestion = try await commands.rate(id, body.rating ?? "", comment: body.comment ?? "", by: actor, on: db)
        case "instruct": suggestion = try await commands.instruct(id, text: body.text ?? "", by: actor, on: db)
        case "adopt": suggestion = try await commands.adopt(id, adopted: body.adopted ?? true, by: actor, on: db)
        case "publish": suggestion = try await commands.publish(id, body.publish ?? true, by: actor, on: db)
        case "consent": suggestion = try await commands.consent(id, body.consent ?? true, by: actor, on: db)
        default: throw Abort(.notFound)
        }
        let access = try await SuggestionAccess.of(actor, in: suggestion, on: db)
        return (suggestion, access.canRead(suggestion, actor: actor))
    }

    /// What the page says after a move.
    static func done(_ move: String) -> String {
        switch move {
        case "submit": "已提交"
        case "cosign": "已回复联名邀请"
        case "accept": "已受理"
        case "decline": "已不予受理"
        case "merge": "已并案"
        case "route": "已交办"
        case "return": "已退回办公室重新交办"
        case "countersign": "已会签"
        case "answer": "答复已提交，等待办公室审核"
        case "review": "已处理答复"
        case "rate": "已评价"
        case "instruct": "批示已保存"
        case "adopt": "已更新采纳标记"
        case "publish": "已更新公开状态"
        case "consent": "已更新是否同意公开"
        default: "已完成"
        }
    }
}
