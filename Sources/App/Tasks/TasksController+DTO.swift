import Domain
import Fluent
import Vapor

/// What the TasksController pages post and query: forms and query strings, decoded by the controller.
extension TasksController {
    struct StatusForm: Content {
        var status: String
    }

    struct InstructionForm: Content {
        var text: String?
    }

    /// 催报: which unit (the lead unit when absent) and the page to come back to.
    struct RemindForm: Content {
        var unitId: UUID?
        var back: String?
    }

    struct CoUnitForm: Content {
        var unitId: String?
    }
}
