import Domain
import Fluent
import Vapor

/// What the UnitsController pages post and query: forms and query strings, decoded by the controller.
extension UnitsController {
    struct UnitForm: Content {
        var code: String?
        var name: String?
        var kind: String?
        var parentId: String?
    }

    struct WebhookForm: Content {
        var kind: String?
        var url: String?
    }
}
