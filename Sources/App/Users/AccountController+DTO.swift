import Domain
import Vapor

/// What the AccountController pages post and query: forms and query strings, decoded by the controller.
extension AccountController {
    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    struct DisplayForm: Content {
        var traditional: String?
        /// The page the switch was pressed on.
        var back: String?
    }
}
