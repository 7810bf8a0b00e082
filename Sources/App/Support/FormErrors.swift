import Domain
import Vapor

/// Field errors to show on a form: validation errors by field, anything else in the summary.
func fieldErrors(_ error: DomainError) -> [FieldError] {
    switch error {
    case .invalid(let errors): errors
    case .conflict(let message), .forbidden(let message), .notFound(let message): [FieldError("_form", message)]
    case .throttled: [FieldError("_form", Problem(error).message)]
    }
}

/// The status a form page returns when it comes back with `error`.
func status(_ error: DomainError) -> HTTPStatus {
    Problem(error).status
}
