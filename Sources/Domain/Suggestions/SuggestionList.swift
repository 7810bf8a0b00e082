import FluentKit
import Foundation
import SQLKit

/// What a suggestion list keeps (nil keeps everything) and how it is ordered.
public struct SuggestionFilter: Sendable {
    public var status: SuggestionStatus?
    public var category: SuggestionCategory?
    /// Routed to this unit, as lead or co-handling unit.
    public var handlingUnitID: UUID?
    /// Being handled with the answer past due on this day.
    public var overdueOn: CalendarDay?
    /// Key suggestions (重点建言) still open that no leader has written an instruction on.
    public var keyWithoutInstruction: Bool
    /// Those waiting for the reader's own move: a member's confirmation of a co-signature or
    /// rating of an answer; a unit's answer (the lead) or countersignature (a co-handling
    /// unit). Keeps nothing for the office, leaders and viewers, whose work the other filters name.
    public var waitingForReader: Bool
    public var order: Order
    /// The latest first (for `.submitted`) or the furthest due day first (for `.due`).
    public var descending: Bool

    /// The orders a list offers, as its headers name them.
    public enum Order: String, Sendable, CaseIterable {
        /// By when it was submitted (a draft by when it was written).
        case submitted
        /// By the answer's due day; those not routed come last either way.
        case due

        /// Latest submitted first; earliest due first.
        public var descendingByDefault: Bool { self == .submitted }
    }

    /// `descending` nil: the order's own default.
    public init(
        status: SuggestionStatus? = nil, category: SuggestionCategory? = nil, handlingUnitID: UUID? = nil,
        overdueOn: CalendarDay? = nil, keyWithoutInstruction: Bool = false, waitingForReader: Bool = false,
        order: Order = .submitted, descending: Bool? = nil
    ) {
        self.status = status
        self.category = category
        self.handlingUnitID = handlingUnitID
        self.overdueOn = overdueOn
        self.keyWithoutInstruction = keyWithoutInstruction
        self.waitingForReader = waitingForReader
        self.order = order
        self.descending = descending ?? order.descendingByDefault
    }
}

extension Suggestion {
    /// The suggestions the actor may see: a member's own and co-signed ones (and drafts), a
    /// unit's routed ones, every submitted one for the office and leaders; of those, what
    /// `filter` keeps, in its order.
    public static func visible(
        to actor: Actor, _ filter: SuggestionFilter, page: PageRequest,
        on db: any Database
    ) async throws -> Page<Suggestion> {
        let query = try await visibleQuery(to: actor, filter, on: db)
        let total = try await query.count()
        let direction = filter.descending ? SQLDirection.descending : SQLDirection.ascending
        let key: any SQLExpression
        switch filter.order {
        case .submitted:
            key = SQLFunction("coalesce", args: SQLColumn("submitted_at"), SQLColumn("created_at"))
        case .due:
            // Without a due day last in both directions, the same on SQLite and PostgreSQL (which
            // otherwise place NULLs at opposite ends): stand in a day past every real one, or before.
            key = SQLFunction(
                "coalesce", args: SQLColumn("answer_due"),
                SQLLiteral.string(filter.descending ? "0000-00-00" : "9999-99-99"))
        }
        let items = try await query.sort(.custom(SQLOrderBy(expression: key, direction: direction)))
            .sort(\.$createdAt, filter.descending ? .descending : .ascending).range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }

    /// How many ``visible(to:_:page:on:)`` would list, in one count.
    public static func countVisible(to actor: Actor, _ filter: SuggestionFilter, on db: any Database) async throws
        -> Int
    {
        try await visibleQuery(to: actor, filter, on: db).count()
    }

    static func visibleQuery(to actor: Actor, _ filter: SuggestionFilter, on db: any Database) async throws
        -> QueryBuilder<Suggestion>
    {
        let query = Suggestion.query(on: db)
        let readsAll = SuggestionPermissions.can(.readAll, actor: actor)
        // The actor's own signatures, read once: they widen what the office sees (its drafts) and
        // are all a member sees, and "waiting for me" looks at them again.
        let signatures = readsAll || actor.role == .member ? try await signed(by: actor, on: db) : []
        let own = signatures.map(\.$suggestion.id)
        if readsAll {
            query.group(.or) {
                $0.filter(\.$status != .draft).filter(\.$id ~~ own).filter(\.$enteredBy == actor.username)
            }
        } else if actor.role == .member {
            query.filter(\.$id ~~ own)
        } else if let unitID = actor.unitID {
            let routed = try await SuggestionHandler.query(on: db).filter(\.$unit.$id == unitID).all(\.$suggestion.$id)
            query.filter(\.$id ~~ routed)
        } else {
            query.filter(\.$id == UUID())
        }
        if let status = filter.status { query.filter(\.$status == status) }
        if let category = filter.category { query.filter(\.$category == category) }
        if let unitID = filter.handlingUnitID {
            query.filter(
                \.$id
                    ~~ (try await SuggestionHandler.query(on: db).filter(\.$unit.$id == unitID).all(\.$suggestion.$id)))
        }
        if let overdueOn = filter.overdueOn {
            query.filter(\.$status == .routed).filter(\.$answerDue < overdueOn.description)
        }
        if filter.keyWithoutInstruction { query.filter(\.$id ~~ (try await keyWithoutInstruction(on: db))) }
        if filter.waitingForReader { try await keepWaiting(query, for: actor, signatures: signatures, on: db) }
        return query
    }

    /// The actor's signatures still standing (author, invited or confirmed co-signer).
    private static func signed(by actor: Actor, on db: any Database) async throws -> [SuggestionSigner] {
        guard let userID = actor.userID else { return [] }
        return try await SuggestionSigner.query(on: db).filter(\.$user.$id == userID).filter(\.$state != .dropped).all()
    }

    /// Open key suggestions without an instruction: few, so two small lookups.
    private static func keyWithoutInstruction(on db: any Database) async throws -> [UUID] {
        let key = try await Suggestion.query(on: db).filter(\.$isKey == true).filter(
            \.$status ~~ SuggestionStatus.acceptedOpen
        ).all(\.$id)
        let instructed = Set(
            try await SuggestionInstruction.query(on: db).filter(\.$suggestion.$id ~~ key).all(\.$suggestion.$id))
        return key.filter { !instructed.contains($0) }
    }

    /// Keeps those waiting for the actor's own move (see ``SuggestionFilter/waitingForReader``).
    private static func keepWaiting(
        _ query: QueryBuilder<Suggestion>, for actor: Actor, signatures: [SuggestionSigner],
        on db: any Database
    ) async throws {
        switch actor.role {
        case .member:
            // Invited rows exist only while co-signing; a confirmed signer rates each answer round once.
            let invited = signatures.filter { $0.state == .invited }.map(\.$suggestion.id)
            let rated = Dictionary(
                signatures.filter { $0.state == .confirmed }.map { ($0.$suggestion.id, $0.ratedRound) }
            ) { first, _ in first }
            let answered = try await Suggestion.query(on: db).filter(\.$id ~~ Array(rated.keys)).filter(
                \.$status == .answered
            )
            .field(\.$id).field(\.$round).all()
            let toRate = answered.filter { suggestion in rated[suggestion.id!].map { $0 < suggestion.round } ?? false }
                .map { $0.id! }
            query.filter(\.$id ~~ (invited + toRate))
        case .liaison:
            // The lead answers; a co-handling unit countersigns once a round.
            let handled = try await SuggestionHandler.query(on: db).filter(\.$unit.$id == actor.unitID ?? UUID())
                .group(.or) { $0.filter(\.$isLead == true).filter(\.$countersignedAt == nil) }.all(\.$suggestion.$id)
            query.filter(\.$id ~~ handled).filter(\.$status == .routed)
        case .admin, .leader, .viewer:
            query.filter(\.$id == UUID())  // their work is named by the other filters
        }
    }
}
