import Domain
import Vapor

/// What the SignInController pages post and query: forms and query strings, decoded by the controller.
extension SignInController {
    struct SignInForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }
}
