import Domain
import Vapor

/// What the PublicSuggestionsController pages post and query: forms and query strings, decoded by the controller.
extension PublicSuggestionsController {
    struct ListQuery: Content {
        var page: Int?
        var per: Int?
    }
}
