import Domain
import Fluent
import Vapor

/// What the TasksAPIController pages post and query: forms and query strings, decoded by the controller.
extension TasksAPIController {
    struct CoUnitBody: Content {
        let unitId: UUID
    }
}

extension TasksAPIController {
    /// 催报: the unit to remind; the lead unit when absent.
    struct RemindBody: Content {
        var unitId: UUID?
    }

    /// The answer to 催报: who was reminded.
    struct RemindedDTO: Content {
        let unitName: String
        let message: String
    }
}
