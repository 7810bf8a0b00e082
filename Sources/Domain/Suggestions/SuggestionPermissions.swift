import FluentKit
import Foundation

/// Who may do what with suggestions. Read the switch as the policy; who may see one
/// suggestion also depends on how the actor stands to it (``SuggestionAccess``).
public enum SuggestionPermissions {
    public enum Action: Sendable, CaseIterable {
        /// Write, save and submit one's own suggestions (a member), or enter one for a member (the office).
        case submit
        /// Accept, decline, merge, mark key, route, review answers (the office).
        case review
        /// For a unit the suggestion is routed to: send it back, countersign, answer (its liaison).
        case handle
        /// See every suggestion that has been submitted (the office and leaders).
        case readAll
        /// Write instructions (批示) and mark a suggestion adopted (采纳) (leaders).
        case instruct
    }

    public static func can(_ action: Action, actor: Actor) -> Bool {
        switch (action, actor.role) {
        case (.submit, .member), (.submit, .admin): true
        case (.submit, _): false
        case (.review, .admin): true
        case (.review, _): false
        case (.handle, .liaison): true
        case (.handle, _): false
        case (.readAll, .admin), (.readAll, .leader): true
        case (.readAll, _): false
        case (.instruct, .leader): true
        case (.instruct, _): false
        }
    }

    /// Throws `.forbidden` unless the actor may.
    public static func require(_ action: Action, actor: Actor) throws {
        guard can(action, actor: actor) else { throw DomainError.forbidden("没有权限进行此操作") }
    }
}

/// How an actor stands to one suggestion, which decides whether they see it: a member sees
/// only what they wrote or co-sign; a unit only what is routed to it; the office and leaders
/// every submitted one.
public struct SuggestionAccess: Sendable {
    public let isSigner: Bool
    public let isAuthor: Bool
    public let handlesIt: Bool
    public let leadsIt: Bool
    /// Office staff who typed it in for a member: they see and change the draft as its author would.
    public let enteredIt: Bool

    public static func of(_ actor: Actor, in suggestion: Suggestion, on db: any Database) async throws
        -> SuggestionAccess
    {
        let id = try suggestion.requireID()
        var signer: SuggestionSigner?
        if let userID = actor.userID {
            signer = try await SuggestionSigner.query(on: db).filter(\.$suggestion.$id == id).filter(
                \.$user.$id == userID
            )
            .filter(\.$state != .dropped).first()
        }
        var handler: SuggestionHandler?
        if let unitID = actor.unitID, SuggestionPermissions.can(.handle, actor: actor) || actor.role == .viewer {
            handler = try await SuggestionHandler.query(on: db).filter(\.$suggestion.$id == id).filter(
                \.$unit.$id == unitID
            ).first()
        }
        return SuggestionAccess(
            isSigner: signer != nil, isAuthor: signer?.isAuthor == true, handlesIt: handler != nil,
            leadsIt: handler?.isLead == true,
            enteredIt: actor.role == .admin && suggestion.enteredBy == actor.username)
    }

    /// The suggestion and how the actor stands to it, or `.notFound` when they may not see it
    /// (not even that it exists). Two or three queries: moves check this before they act.
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> (
        Suggestion, SuggestionAccess
    ) {
        guard let suggestion = try await Suggestion.find(id, on: db) else { throw DomainError.notFound("找不到这条建言") }
        let access = try await of(actor, in: suggestion, on: db)
        guard access.canRead(suggestion, actor: actor) else { throw DomainError.notFound("找不到这条建言") }
        return (suggestion, access)
    }

    /// Whether the actor may see the suggestion.
    public func canRead(_ suggestion: Suggestion, actor: Actor) -> Bool {
        if isSigner || enteredIt { return true }
        if suggestion.status == .draft { return false }
        if SuggestionPermissions.can(.readAll, actor: actor) { return true }
        return handlesIt
    }

    /// Which of these submitted suggestions the actor may read, in two queries at most: the
    /// same rule as ``canRead(_:actor:)``.
    static func readableAmong(_ suggestions: [Suggestion], by actor: Actor, on db: any Database) async throws -> Set<
        UUID
    > {
        let ids = suggestions.compactMap(\.id)
        if SuggestionPermissions.can(.readAll, actor: actor) { return Set(ids) }
        var visible = Set<UUID>()
        if let userID = actor.userID {
            visible.formUnion(
                try await SuggestionSigner.query(on: db).filter(\.$suggestion.$id ~~ ids).filter(\.$user.$id == userID)
                    .filter(\.$state != .dropped).all(\.$suggestion.$id))
        }
        if let unitID = actor.unitID, SuggestionPermissions.can(.handle, actor: actor) || actor.role == .viewer {
            visible.formUnion(
                try await SuggestionHandler.query(on: db).filter(\.$suggestion.$id ~~ ids).filter(\.$unit.$id == unitID)
                    .all(\.$suggestion.$id))
        }
        return visible
    }
}
