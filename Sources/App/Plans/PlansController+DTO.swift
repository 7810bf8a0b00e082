import Domain
import Fluent
import Vapor

/// What the PlansController pages post and query: forms and query strings, decoded by the controller.
extension PlansController {
    struct PlanForm: Content {
        var title: String?
        var period: String?
    }

    struct AreaForm: Content {
        var title: String?
    }
}
