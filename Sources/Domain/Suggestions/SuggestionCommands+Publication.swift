import FluentKit
import Foundation

/// Publication on the public page, which needs the author's consent.
extension SuggestionCommands {
    /// The office publishes an answered suggestion with its answer, or withdraws it.
    public func publish(_ id: UUID, _ publish: Bool, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try SuggestionPermissions.require(.review, actor: actor)
        return try await change(id, publish ? "suggestion.publish" : "suggestion.unpublish", by: actor, on: db) {
            suggestion, _, _ in
            guard publish else {
                suggestion.publishedAt = nil
                return
            }
            guard suggestion.status == .answered || suggestion.status == .closed else {
                throw DomainError.conflict("答复送达建言人后才能公开")
            }
            guard suggestion.publishConsent else { throw DomainError.conflict("建言人没有同意公开，不能公开") }
            if suggestion.publishedAt == nil { suggestion.publishedAt = clock.now }
        }
    }

    /// The author gives or withdraws consent to publication; withdrawing takes a published
    /// suggestion off the public page at once. Only the author: office staff who typed the
    /// suggestion in may not consent for them.
    public func consent(_ id: UUID, _ consent: Bool, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try await change(id, consent ? "suggestion.consent" : "suggestion.consent_withdraw", by: actor, on: db) {
            suggestion, _, _ in
            guard actor.userID == suggestion.$author.id else { throw DomainError.forbidden("只有建言人本人可以决定是否公开") }
            suggestion.publishConsent = consent
            if !consent { suggestion.publishedAt = nil }
        }
    }
}
