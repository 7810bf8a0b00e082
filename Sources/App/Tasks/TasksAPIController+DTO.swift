import Domain
import Fluent
import Vapor

/// What the TasksAPIController pages post and query: forms and query strings, decoded by the controller.
extension TasksAPIController {
    struct CoUnitBody: Content {
        let unitId: UUID
    }
}
