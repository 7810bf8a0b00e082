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

    struct CoUnitForm: Content {
        var unitId: String?
    }
}
