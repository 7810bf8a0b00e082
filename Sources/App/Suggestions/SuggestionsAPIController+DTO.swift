import Domain
import Vapor

/// What the SuggestionsAPIController pages post and query: forms and query strings, decoded by the controller.
extension SuggestionsAPIController {
    struct ListQuery: Content {
        var status: String?
        var category: String?
        /// Routed to this unit (lead or co-handling).
        var unitId: UUID?
        /// Only those being handled whose answer is past due.
        var overdue: Bool?
        /// Only key suggestions still open without a leader's instruction.
        var uninstructed: Bool?
        /// Only those waiting for the caller's own move (members and units).
        var mine: Bool?
        /// `submitted` (the default, latest first) or `due` (earliest first); `dir` turns it round.
        var sort: String?
        var dir: String?
        var page: Int?
        var per: Int?
    }
}
