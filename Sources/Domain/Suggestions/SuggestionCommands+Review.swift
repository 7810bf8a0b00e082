import FluentKit
import Foundation

/// The office's moves: accept, decline, merge, route, and review the answer.
extension SuggestionCommands {
    public static let maxReasonLength = 1_000

    /// Accepts a submitted suggestion (受理), marking it key (重点建言) or not.
    public func accept(_ id: UUID, isKey: Bool, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try SuggestionPermissions.require(.review, actor: actor)
        return try await change(id, "suggestion.accept", by: actor, on: db) { suggestion, _, _ in
            suggestion.status = try suggestion.status.moved(to: .accepted)
            suggestion.isKey = isKey
        }
    }

    /// Declines a submitted suggestion with the reason the senders will read (不予受理).
    public func decline(_ id: UUID, reason: String, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try SuggestionPermissions.require(.review, actor: actor)
        let reason = try RequiredText("reason", "不予受理的理由", limit: Self.maxReasonLength).checked(reason)
        return try await change(id, "suggestion.decline", by: actor, on: db) { suggestion, _, _ in
            suggestion.status = try suggestion.status.moved(to: .declined)
            suggestion.declineReason = reason
            suggestion.closedAt = clock.now
        }
    }

    /// Merges a suggestion into another on the same matter (并案); the other carries on.
    public func merge(_ id: UUID, into targetID: UUID, by actor: Actor, on db: any Database) async throws -> Suggestion
    {
        try SuggestionPermissions.require(.review, actor: actor)
        guard id != targetID else { throw DomainError.invalid("intoId", "不能并入它自己") }
        return try await change(id, "suggestion.merge", by: actor, on: db) { suggestion, tx, audit in
            let target = try await Suggestion.require(targetID, on: tx)
            guard ![.draft, .cosigning, .declined, .merged].contains(target.status) else {
                throw DomainError.invalid("intoId", "只能并入已提交且仍在办理的建言")
            }
            suggestion.status = try suggestion.status.moved(to: .merged)
            suggestion.mergedIntoID = targetID
            suggestion.closedAt = clock.now
        }
    }

    /// Routes an accepted suggestion (交办) to one lead unit and any co-handling units, due on `due`.
    public func route(_ id: UUID, lead: UUID, coUnits: [UUID], due: String, by actor: Actor, on db: any Database)
        async throws -> Suggestion
    {
        try SuggestionPermissions.require(.review, actor: actor)
        let coUnits = Array(Set(coUnits).subtracting([lead]))
        guard let day = TaskRules.day(due), day >= today else {
            throw DomainError.invalid("answerDue", "请填写不早于今天的答复时限，如 2026-06-30")
        }
        return try await change(id, "suggestion.route", by: actor, on: db) { suggestion, tx, audit in
            let units = try await OrgUnit.query(on: tx).filter(\.$id ~~ ([lead] + coUnits)).filter(\.$isActive == true)
                .count()
            guard units == coUnits.count + 1 else { throw DomainError.invalid("leadUnitId", "承办单位不存在或已停用") }
            suggestion.status = try suggestion.status.moved(to: .routed)
            suggestion.answerDue = day.description
            suggestion.reviewComment = ""
            let suggestionID = try suggestion.requireID()
            try await SuggestionHandler.query(on: tx).filter(\.$suggestion.$id == suggestionID).delete()
            try await SuggestionHandler(suggestionID: suggestionID, unitID: lead, isLead: true).create(on: tx)
            for unit in coUnits {
                try await SuggestionHandler(suggestionID: suggestionID, unitID: unit, isLead: false).create(on: tx)
            }
            try await noticeRouted(suggestion, lead: lead, coUnits: coUnits, on: tx)
        }
    }

    /// Sends the lead unit's answer to the senders, or back to the unit with a comment.
    public func review(_ id: UUID, send: Bool, comment: String, by actor: Actor, on db: any Database) async throws
        -> Suggestion
    {
        try SuggestionPermissions.require(.review, actor: actor)
        let comment =
            send
            ? comment.trimmingCharacters(in: .whitespacesAndNewlines)
            : try RequiredText("comment", "退回修改的意见", limit: Self.maxReasonLength).checked(comment)
        return try await change(id, send ? "suggestion.answer_send" : "suggestion.answer_return", by: actor, on: db) {
            suggestion, tx, audit in
            suggestion.status = try suggestion.status.moved(to: send ? .answered : .routed)
            suggestion.reviewComment = send ? "" : comment
            if send, suggestion.answeredAt == nil {
                // The first answer counts for timeliness; a second one after 不满意 does not change it.
                suggestion.answeredAt = clock.now
                suggestion.answeredOnTime =
                    suggestion.answerDue.flatMap(CalendarDay.init(iso:)).map { today <= $0 } ?? true
            }
            if send {
                try await noticeAnswered(suggestion, on: tx)
            } else {
                try await noticeAnswerReturned(suggestion, comment: comment, on: tx)
            }
        }
    }
}
