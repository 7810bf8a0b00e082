import FluentKit
import Foundation

/// Everything that waits for the actor's move or their unit's (待办), oldest first.
///
/// One list for the page, the API, the count in the top bar and the home page's figures, so
/// that every figure is the length of the list it opens.
public enum TodoList {
    /// Most lines read of each kind: a queue, not an archive.
    public static let maxPerKind = 500

    /// What waits for `actor` on `today`: the office's reviews and sign-offs, a unit's reports
    /// and answers, a leader's instructions, a member's co-signatures and ratings.
    public static func load(for actor: Actor, today: CalendarDay, on db: any Database) async throws -> [TodoItem] {
        var items: [TodoItem]
        switch actor.role {
        case .admin: items = try await office(actor, today: today, on: db)
        case .liaison: items = try await unit(actor, today: today, on: db)
        case .leader: items = try await leader(actor, today: today, on: db)
        case .member: items = try await member(actor, on: db)
        case .viewer: items = []
        }
        items.sort { ($0.since, $0.kind.rawValue, $0.title) < ($1.since, $1.kind.rawValue, $1.title) }
        return items
    }

    /// How many lines of each kind `items` holds, in the kinds' order.
    public static func counts(_ items: [TodoItem]) -> [(kind: TodoItem.Kind, count: Int)] {
        let byKind = Dictionary(grouping: items, by: \.kind)
        return TodoItem.Kind.allCases.compactMap { kind in byKind[kind].map { (kind, $0.count) } }
    }

    /// The suggestions `filter` keeps for `actor`, as lines of `kind`.
    static func suggestions(
        _ kind: TodoItem.Kind, _ filter: SuggestionFilter, for actor: Actor, since: (Suggestion) -> Date?,
        due: (Suggestion) -> String? = { _ in nil }, on db: any Database
    ) async throws -> [TodoItem] {
        try await Suggestion.visibleQuery(to: actor, filter, on: db).range(..<maxPerKind).all().map { suggestion in
            TodoItem(
                kind: kind, title: suggestion.title, detail: suggestion.number,
                since: day(since(suggestion) ?? suggestion.createdAt), due: due(suggestion),
                subject: .suggestion(suggestion.id!))
        }
    }

    /// A stored instant as the ISO day it fell on.
    static func day(_ date: Date?) -> String {
        date.map { CalendarDay($0).description } ?? ""
    }
}
