import Domain
import Fluent
import Vapor

/// What the MeetingsAPIController pages post and query: forms and query strings, decoded by the controller.
extension MeetingsAPIController {
    struct AttendanceBody: Content {
        let attending: Bool
        let note: String?
    }

    struct RelayQuery: Content {
        var overdue: Bool?
    }
}
