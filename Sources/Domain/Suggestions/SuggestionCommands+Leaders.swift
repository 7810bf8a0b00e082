import FluentKit
import Foundation

/// Leaders' part: instructions (批示) and adoption (采纳).
extension SuggestionCommands {
    public static let maxInstructionLength = 1_000

    /// A leader writes an instruction on a submitted suggestion; it stays on the suggestion's
    /// page for the office and the handling units.
    public func instruct(_ id: UUID, text: String, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try SuggestionPermissions.require(.instruct, actor: actor)
        let text = try RequiredText("text", "批示内容", limit: Self.maxInstructionLength).checked(text)
        return try await change(
            id, "suggestion.instruct", by: actor, noting: ["instruction": AuditChange(before: nil, after: text)],
            on: db
        ) { suggestion, tx, audit in
            guard suggestion.status.isSubmitted else { throw DomainError.conflict("建言还没有提交，不能批示") }
            guard let userID = actor.userID else { throw DomainError.forbidden("没有权限进行此操作") }
            try await SuggestionInstruction(suggestionID: suggestion.requireID(), authorID: userID, text: text).create(
                on: tx)
        }
    }

    /// A leader marks an accepted suggestion adopted (采纳), or takes the mark back.
    public func adopt(_ id: UUID, adopted: Bool, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try SuggestionPermissions.require(.instruct, actor: actor)
        return try await change(id, adopted ? "suggestion.adopt" : "suggestion.unadopt", by: actor, on: db) {
            suggestion, _, _ in
            guard SuggestionStatus.acceptedOnward.contains(suggestion.status) else {
                throw DomainError.conflict("这条建言现在「\(suggestion.status.label)」，受理后才能标记采纳")
            }
            suggestion.adopted = adopted
        }
    }
}
