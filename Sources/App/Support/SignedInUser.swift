import Domain
import Vapor

/// The user behind a request and how they proved it.
struct SignedInUser: Sendable {
    enum Method: Sendable {
        /// A browser session (cookie); state-changing requests need the CSRF token.
        case session
        /// A personal API token in the Authorization header.
        case token
    }

    let user: User
    let unitName: String
    let method: Method

    var actor: Actor { user.actor }
}

extension Request {
    private struct SignedInKey: StorageKey {
        typealias Value = SignedInUser
    }

    /// Set by ``CurrentUserMiddleware`` when the request is authenticated.
    var signedIn: SignedInUser? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    /// The acting user, or 401 (the sign-in middleware normally answers before this).
    func actor() throws -> Actor {
        guard let signedIn else { throw Abort(.unauthorized) }
        return signedIn.actor
    }

    /// True for requests under `/api/`.
    var isAPI: Bool { url.path.hasPrefix("/api/") }

    /// The client's address as seen by this server. Tongxin listens on loopback behind
    /// a proxy in production only if configured; forwarded headers are not trusted.
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}
