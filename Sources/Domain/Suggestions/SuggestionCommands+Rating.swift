import FluentKit
import Foundation

/// The senders rate the answer; 不满意 reopens the suggestion once for a second answer.
extension SuggestionCommands {
    /// A signer rates this round's answer. When every signer has rated, the suggestion closes —
    /// or, if anyone was 不满意 and it has not been reopened before, goes back to its units.
    public func rate(_ id: UUID, _ rating: String, comment: String, by actor: Actor, on db: any Database) async throws
        -> Suggestion
    {
        guard let satisfaction = Satisfaction(rawValue: rating) else {
            throw DomainError.invalid("rating", "请选择满意、基本满意或不满意")
        }
        let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard comment.count <= Self.maxReasonLength else {
            throw DomainError.invalid("comment", "评价意见不能超过\(Self.maxReasonLength)个字")
        }
        if satisfaction == .dissatisfied, comment.isEmpty { throw DomainError.invalid("comment", "不满意时请写明理由") }
        return try await change(id, "suggestion.rate", by: actor, on: db) { suggestion, tx, audit in
            let suggestionID = try suggestion.requireID()
            guard let userID = actor.userID,
                let signer = try await SuggestionSigner.query(on: tx).filter(\.$suggestion.$id == suggestionID)
                    .filter(\.$user.$id == userID).filter(\.$state == .confirmed).first()
            else {
                throw DomainError.forbidden("只有建言人和联名人可以评价")
            }
            guard suggestion.status == .answered else {
                throw DomainError.conflict("这条建言现在「\(suggestion.status.label)」，还不能评价")
            }
            guard signer.ratedRound < suggestion.round else { throw DomainError.conflict("您已评价过这次答复") }
            signer.rating = satisfaction
            signer.ratingComment = comment
            signer.ratedRound = suggestion.round
            try await signer.save(on: tx)
            let signers = try await SuggestionSigner.query(on: tx).filter(\.$suggestion.$id == suggestionID).filter(
                \.$state == .confirmed
            ).all()
            guard signers.allSatisfy({ $0.ratedRound == suggestion.round }) else { return }
            if suggestion.round == 1, signers.contains(where: { $0.rating == .dissatisfied }) {
                // Reopened once: the same units answer again.
                suggestion.status = try suggestion.status.moved(to: .routed)
                suggestion.round = 2
                suggestion.answerDue = today.adding(days: 30).description
                for signer in signers {
                    signer.firstRating = signer.rating
                    signer.firstRatingComment = signer.ratingComment
                    try await signer.save(on: tx)
                }
                try await SuggestionHandler.query(on: tx).filter(\.$suggestion.$id == suggestionID)
                    .set(\.$countersignedAt, to: nil).update()
                try await noticeReopened(suggestion, on: tx)
            } else {
                suggestion.status = try suggestion.status.moved(to: .closed)
                suggestion.closedAt = clock.now
            }
        }
    }
}
