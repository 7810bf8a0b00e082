import Domain
import Fluent
import Vapor

/// What the PlanImportController pages post and query: forms and query strings, decoded by the controller.
extension PlanImportController {
    struct Upload: Content {
        var file: File?
        /// "1" when the user chose to leave the bad rows out.
        var skipBadRows: String?
    }
}
