import FluentKit
import Foundation

/// What waits for the actor in the suggestions channel, for the home page. Each item is a
/// filtered list and its size, counted the way the list counts, so the figure on the home
/// page is the number of rows the link opens.
public struct SuggestionTodo: Sendable {
    public struct Item: Sendable {
        public let label: String
        public let count: Int
        public let filter: SuggestionFilter
    }

    public let items: [Item]

    /// The office: to accept, answers to review, overdue. Leaders: key suggestions without an
    /// instruction, overdue. Units: to answer or countersign, overdue. Members: invitations to
    /// co-sign, answers to rate. Nothing for viewers.
    public static func load(for actor: Actor, today: CalendarDay, on db: any Database) async throws -> SuggestionTodo {
        let overdue = ("答复逾期", SuggestionFilter(overdueOn: today))
        let wanted: [(String, SuggestionFilter)] =
            switch actor.role {
            case .admin:
                [
                    ("待受理", SuggestionFilter(status: .submitted)),
                    ("答复待审核", SuggestionFilter(status: .answerSubmitted)), overdue,
                ]
            case .leader: [("重点建言待批示", SuggestionFilter(keyWithoutInstruction: true)), overdue]
            case .liaison: [("待本单位办理", SuggestionFilter(waitingForReader: true)), overdue]
            case .member:
                [
                    ("待我确认联名", SuggestionFilter(status: .cosigning, waitingForReader: true)),
                    ("待我评价", SuggestionFilter(status: .answered, waitingForReader: true)),
                ]
            case .viewer: []
            }
        var items: [Item] = []
        for (label, filter) in wanted {
            items.append(
                Item(label: label, count: try await Suggestion.countVisible(to: actor, filter, on: db), filter: filter))
        }
        return SuggestionTodo(items: items)
    }
}
