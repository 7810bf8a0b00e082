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

    public init(status: SuggestionStatus? = nil, category: SuggestionCategory? = nil, handlingUnitID: UUID? = nil,
                overdueOn: CalendarDay? = nil, keyWithoutInstruction: Bool = false, order: Order = .submitted,
                descending: Bool = true) {
        self.status = status
        self.category = category
        self.handlingUnitID = handlingUnitID
        self.overdueOn = overdueOn
        self.keyWithoutInstruction = keyWithoutInstruction
        self.order = order
        self.descending = descending
    }
}

extension Suggestion {
    /// The suggestions the actor may see: a member's own and co-signed ones (and drafts), a
    /// unit's routed ones, every submitted one for the office and leaders; of those, what
    /// `filter` keeps, in its order.
    public static func visible(to actor: Actor, _ filter: SuggestionFilter, page: PageRequest,
                               on db: any Database) async throws -> Page<Suggestion> {
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
        if filter.keyWithoutInstruction {
            let instructed = try await SuggestionInstruction.query(on: db).unique().all(\.$suggestion.$id)
            query.filter(\.$isKey == true).filter(\.$status ~~ SuggestionStatus.acceptedOpen).filter(\.$id !~ instructed)
        }
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

    private static func signed(by actor: Actor, on db: any Database) async throws -> [UUID] {
        guard let userID = actor.userID else { return [] }
        return try await SuggestionSigner.query(on: db).filter(\.$user.$id == userID).filter(\.$state != .dropped).all(\.$suggestion.$id)
    }
}
