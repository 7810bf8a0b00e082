import FluentKit
import Foundation

/// The handling units' moves: send back, countersign, answer.
extension SuggestionCommands {
    /// The lead unit sends a misrouted suggestion back to the office with a reason (退回).
    public func sendBack(_ id: UUID, reason: String, by actor: Actor, on db: any Database) async throws -> Suggestion {
        let reason = try RequiredText("reason", "退回理由", limit: Self.maxReasonLength).checked(reason)
        return try await change(id, "suggestion.send_back", by: actor, on: db) { suggestion, tx, audit in
            let lead = try await handler(of: suggestion, actor, lead: true, on: tx)
            suggestion.status = try suggestion.status.moved(to: .accepted)
            suggestion.answerDue = nil  // the office sets a new one when it routes again
            // The office reads which unit sent it back (who pressed the button is in the audit log).
            let unitName = try await OrgUnit.find(lead.$unit.id, on: tx)?.name ?? "主办单位"
            suggestion.reviewComment = "\(unitName)退回：\(reason)"
            try await noticeSentBack(suggestion, comment: suggestion.reviewComment, on: tx)
            try await SuggestionHandler.query(on: tx).filter(\.$suggestion.$id == suggestion.requireID()).delete()
        }
    }

    /// A co-handling unit countersigns the answer with its part (会签).
    public func countersign(_ id: UUID, part: String, by actor: Actor, on db: any Database) async throws -> Suggestion {
        let part = try RequiredText("part", "本单位的办理意见", limit: Self.maxBodyLength).checked(part)
        return try await change(id, "suggestion.countersign", by: actor, on: db) { suggestion, tx, audit in
            let handler = try await handler(of: suggestion, actor, lead: false, on: tx)
            guard suggestion.status == .routed else {
                throw DomainError.conflict("这条建言现在「\(suggestion.status.label)」，不能会签")
            }
            handler.part = part
            handler.countersignedAt = clock.now
            try await handler.save(on: tx)
        }
    }

    /// The lead unit submits the answer, classified A, B or C, once every co-handling unit has countersigned.
    public func answer(_ id: UUID, text: String, answerClass: String, by actor: Actor, on db: any Database) async throws
        -> Suggestion
    {
        let text = try RequiredText("answer", "答复内容", limit: Self.maxBodyLength).checked(text)
        guard let kind = AnswerClass(rawValue: answerClass) else {
            throw DomainError.invalid("answerClass", "请选择答复类别（A、B 或 C）")
        }
        return try await change(id, "suggestion.answer", by: actor, on: db) { suggestion, tx, audit in
            _ = try await handler(of: suggestion, actor, lead: true, on: tx)
            let missing = try await SuggestionHandler.query(on: tx).filter(\.$suggestion.$id == suggestion.requireID())
                .filter(\.$isLead == false).filter(\.$countersignedAt == nil).count()
            guard missing == 0 else { throw DomainError.conflict("还有 \(missing) 个协办单位没有会签") }
            suggestion.status = try suggestion.status.moved(to: .answerSubmitted)
            suggestion.answer = text
            suggestion.answerClass = kind
            suggestion.reviewComment = ""
            try await noticeAnswerSubmitted(suggestion, on: tx)
        }
    }

    /// The actor's unit's routing of the suggestion: the lead one, or a co-handling one.
    private func handler(of suggestion: Suggestion, _ actor: Actor, lead: Bool, on db: any Database) async throws
        -> SuggestionHandler
    {
        try SuggestionPermissions.require(.handle, actor: actor)
        guard let unitID = actor.unitID,
            let handler = try await SuggestionHandler.query(on: db)
                .filter(\.$suggestion.$id == suggestion.requireID()).filter(\.$unit.$id == unitID).filter(
                    \.$isLead == lead
                ).first()
        else {
            throw DomainError.forbidden(lead ? "只有主办单位可以这样做" : "只有协办单位可以会签")
        }
        return handler
    }
}
