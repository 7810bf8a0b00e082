import FluentKit
import Foundation

/// A suggestion with everything its page shows, for an actor who may see it.
public struct SuggestionDetail: Sendable {
    public struct Signer: Sendable {
        public let userID: UUID
        public let name: String
        public let isAuthor: Bool
        public let state: SignerState
        public let respondBy: String?
        public let rating: Satisfaction?
        public let ratingComment: String
    }

    public struct Handler: Sendable {
        public let unitID: UUID
        public let unitName: String
        public let isLead: Bool
        public let part: String
        public let countersignedAt: Date?
    }

    public let suggestion: Suggestion
    public let unitName: String
    public let signers: [Signer]
    public let handlers: [Handler]
    public let access: SuggestionAccess

    /// The suggestion, or `.notFound` for an actor who may not see it (not even that it exists).
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> SuggestionDetail {
        let (suggestion, access) = try await SuggestionAccess.readable(id, by: actor, on: db)
        let units = try await OrgUnit.names(on: db)
        let signerRows = try await SuggestionSigner.query(on: db).filter(\.$suggestion.$id == id).all()
        let names = Dictionary(uniqueKeysWithValues: try await User.query(on: db).filter(\.$id ~~ signerRows.map(\.$user.id)).all()
            .map { ($0.id!, $0.displayName) })
        return SuggestionDetail(
            suggestion: suggestion, unitName: units[suggestion.$unit.id] ?? "",
            signers: signerRows.map { Signer(userID: $0.$user.id, name: names[$0.$user.id] ?? "", isAuthor: $0.isAuthor, state: $0.state,
                                             respondBy: $0.respondBy, rating: $0.rating, ratingComment: $0.ratingComment) }
                .sorted { ($0.isAuthor ? 0 : 1, $0.name) < ($1.isAuthor ? 0 : 1, $1.name) },
            handlers: try await SuggestionHandler.query(on: db).filter(\.$suggestion.$id == id).all()
                .map { Handler(unitID: $0.$unit.id, unitName: units[$0.$unit.id] ?? "", isLead: $0.isLead, part: $0.part,
                               countersignedAt: $0.countersignedAt) }
                .sorted { ($0.isLead ? 0 : 1, $0.unitName) < ($1.isLead ? 0 : 1, $1.unitName) },
            access: access)
    }
}

extension Suggestion {
    /// The suggestions the actor may see, newest first: a member's own and co-signed ones (and
    /// drafts), a unit's routed ones, every submitted one for the office and leaders.
    /// `overdueOn` keeps those being handled whose answer is past due on that day.
    public static func visible(to actor: Actor, status: SuggestionStatus?, overdueOn: CalendarDay? = nil, page: PageRequest,
                               on db: any Database) async throws -> Page<Suggestion> {
        let query = Suggestion.query(on: db)
        if SuggestionPermissions.can(.readAll, actor: actor) {
            let own = try await signed(by: actor, on: db)
            query.group(.or) { $0.filter(\.$status != .draft).filter(\.$id ~~ own) }
        } else if actor.role == .member {
            query.filter(\.$id ~~ (try await signed(by: actor, on: db)))
        } else if let unitID = actor.unitID {
            let routed = try await SuggestionHandler.query(on: db).filter(\.$unit.$id == unitID).all(\.$suggestion.$id)
            query.filter(\.$id ~~ routed)
        } else {
            query.filter(\.$id == UUID())
        }
        if let status { query.filter(\.$status == status) }
        if let overdueOn { query.filter(\.$status == .routed).filter(\.$answerDue < overdueOn.description) }
        let total = try await query.count()
        let items = try await query.sort(\.$createdAt, .descending).range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }

    private static func signed(by actor: Actor, on db: any Database) async throws -> [UUID] {
        guard let userID = actor.userID else { return [] }
        return try await SuggestionSigner.query(on: db).filter(\.$user.$id == userID).filter(\.$state != .dropped).all(\.$suggestion.$id)
    }
}
