import Domain
import Vapor

/// What the MeetingTopicsController pages post and query: forms and query strings, decoded by the controller.
extension MeetingTopicsController {
    struct TopicBody: Content {
        var suggestionId: UUID?
    }
}
