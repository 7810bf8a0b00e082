import Domain
import Fluent
import Vapor

/// What the SuggestionsController pages post and query: forms and query strings, decoded by the controller.
extension SuggestionsController {
    struct ListQuery: Content {
        var status: String?
        var category: String?
        var unitId: String?
        var overdue: String?
        /// Only key suggestions still open without a leader's instruction.
        var uninstructed: String?
        /// Only those waiting for the reader's own move (members and units).
        var mine: String?
        /// `submitted` (the default, latest first) or `due` (earliest first); `dir` turns it round.
        var sort: String?
        var dir: String?
        /// `xlsx` or `csv` exports the filtered list instead of showing a page of it; `print`
        /// shows all of it on one page and prints it.
        var format: String?
        var page: Int?

        /// What the list keeps and its order; values that name nothing keep everything (a
        /// shared link with a stray value still opens), and a box is ticked by `1` or `true`.
        func filter(today: CalendarDay) -> SuggestionFilter {
            func ticked(_ value: String?) -> Bool { value == "1" || value == "true" }
            return SuggestionFilter(
                status: status.flatMap(SuggestionStatus.init(rawValue:)),
                category: category.flatMap(SuggestionCategory.init(rawValue:)),
                handlingUnitID: unitId.flatMap(UUID.init(uuidString:)), overdueOn: ticked(overdue) ? today : nil,
                keyWithoutInstruction: ticked(uninstructed), waitingForReader: ticked(mine),
                order: sort.flatMap(SuggestionFilter.Order.init(rawValue:)) ?? .submitted,
                descending: dir == "desc" ? true : dir == "asc" ? false : nil)
        }
    }

    /// The writing form; `action` is `save` (a draft) or `submit`.
    struct SuggestionForm: Content {
        var title: String?
        var body: String?
        var category: String?
        var publishConsent: String?
        var authorId: String?
        var cosignerIds: [String]?
        var action: String?
        var files: [File]?

        var draft: SuggestionDraft {
            SuggestionDraft(
                title: title ?? "", body: body ?? "", category: category ?? "", publishConsent: publishConsent == "1")
        }
    }
}
