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
    public init(status: SuggestionStatus? = nil, category: SuggestionCategory? = nil, handlingUnitID: UUID? = nil,
                overdueOn: CalendarDay? = nil, keyWithoutInstruction: Bool = false, waitingForReader: Bool = false,
                order: Order = .submitted, descending: Bool? = nil) {
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
    public static func visible(to actor: Actor, _ filter: SuggestionFilter, page: PageRequest,
                               on db: any Database) async throws -> Page<Suggestion> {
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
            key = SQLFunction("coalesce", args: SQLColumn("answer_due"), SQLLiteral.string(filter.descending ? "0000-00-00" : "9999-99-99"))
        }
        let items = try await query.sort(.custom(SQLOrderBy(expression: key, direction: direction)))
            .sort(\.$createdAt, filter.descending ? .descending : .ascending).range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }

    /// How many ``visible(to:_:page:on:)`` would list, in one count.
    public static func countVisible(to actor: Actor, _ filter: SuggestionFilter, on db: any Database) async throws -> Int {
        try await visibleQuery(to: actor, filter, on: db).count()
    }

    private static func visibleQuery(to actor: Actor, _ filter: SuggestionFilter, on db: any Database) async throws -> QueryBuilder<Suggestion> {
        let query = Suggestion.query(on: db)
        if SuggestionPermissions.can(.readAll, actor: actor) {
            let own = try await signed(by: actor, on: db)
            query.group(.or) { $0.filter(\.$status != .draft).filter(\.$id ~~ own).filter(\.$enteredBy == actor.username) }
        } else if actor.role == .member {
            query.filter(\.$id ~~ (try await signed(by: actor, on: db)))
        } else if let unitID = actor.unitID {
            let routed = try await SuggestionHandler.query(on: db).filter(\.$unit.$id == unitID).all(\.$suggestion.$id)
            query.filter(\.$id ~~ routed)
        } else {
            query.filter(\.$id == UUID())
        }
        if let status = filter.status { query.filter(\.$status == status) }
        if let category = filter.category { query.filter(\.$category == category) }
        if let unitID = filter.handlingUnitID {
            query.filter(\.$id ~~ (try await SuggestionHandler.query(on: db).filter(\.$unit.$id == unitID).all(\.$suggestion.$id)))
        }
        if let overdueOn = filter.overdueOn { query.filter(\.$status == .routed).filter(\.$answerDue < overdueOn.description) }
        if filter.keyWithoutInstruction { query.filter(\.$id ~~ (try await keyWithoutInstruction(on: db))) }
        if filter.waitingForReader { query.filter(\.$id ~~ (try await waiting(for: actor, on: db))) }
        return query
    }

    private static func signed(by actor: Actor, on db: any Database) async throws -> [UUID] {
        guard let userID = actor.userID else { return [] }
        return try await SuggestionSigner.query(on: db).filter(\.$user.$id == userID).filter(\.$state != .dropped).all(\.$suggestion.$id)
    }

    /// Open key suggestions without an instruction: few, so two small lookups.
    private static func keyWithoutInstruction(on db: any Database) async throws -> [UUID] {
        let key = try await Suggestion.query(on: db).filter(\.$isKey == true).filter(\.$status ~~ SuggestionStatus.acceptedOpen).all(\.$id)
        let instructed = Set(try await SuggestionInstruction.query(on: db).filter(\.$suggestion.$id ~~ key).all(\.$suggestion.$id))
        return key.filter { !instructed.contains($0) }
    }

    /// The suggestions waiting for the actor's own move (see ``SuggestionFilter/waitingForReader``).
    private static func waiting(for actor: Actor, on db: any Database) async throws -> [UUID] {
        if actor.role == .member, let userID = actor.userID {
            let rows = try await SuggestionSigner.query(on: db).filter(\.$user.$id == userID).filter(\.$state != .dropped).all()
            // Invited rows exist only while co-signing; a confirmed signer rates each answer round once.
            let invited = rows.filter { $0.state == .invited }.map(\.$suggestion.id)
            let confirmed = Dictionary(rows.filter { $0.state == .confirmed }.map { ($0.$suggestion.id, $0.ratedRound) }) { first, _ in first }
            let toRate = try await Suggestion.query(on: db).filter(\.$id ~~ Array(confirmed.keys)).filter(\.$status == .answered).all()
                .filter { suggestion in confirmed[suggestion.id!].map { $0 < suggestion.round } ?? false }.map { $0.id! }
            return invited + toRate
        }
        guard actor.role == .liaison, let unitID = actor.unitID else { return [] }
        // The lead answers; a co-handling unit countersigns once a round.
        let handlers = try await SuggestionHandler.query(on: db).filter(\.$unit.$id == unitID)
            .group(.or) { $0.filter(\.$isLead == true).filter(\.$countersignedAt == nil) }.all(\.$suggestion.$id)
        return try await Suggestion.query(on: db).filter(\.$id ~~ handlers).filter(\.$status == .routed).all(\.$id)
    }
}
