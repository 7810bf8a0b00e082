import Vapor

/// An error whose message is written for the person who sees it and is shown as is.
/// Framework errors (`Abort`) never show their reason: it may be English internals.
struct PublicError: Error {
    let status: HTTPStatus
    let message: String

    init(_ status: HTTPStatus, _ message: String) {
        self.status = status
        self.message = message
    }
}
