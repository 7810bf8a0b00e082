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
    /// Unread inbox messages, for the top bar (pages only).
    var unreadMessages = 0
    /// Lines on the user's 待办 list, for the top bar (pages only).
    var todoCount = 0

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

    /// The client's address. `X-Forwarded-For` is believed only when the request comes
    /// from a proxy listed in `TONGXIN_TRUSTED_PROXIES`; then the right-most hop that is
    /// not itself a trusted proxy is the client.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        let trusted = tongxin.config.trustedProxies
        guard trusted.contains(peer), let forwarded = headers.first(name: "X-Forwarded-For") else { return peer }
        let hops = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return hops.reversed().first { !$0.isEmpty && !trusted.contains($0) } ?? peer
    }

    /// True once the sessions middleware has run for this request.
    var sessionAvailable: Bool { storage[SessionAvailableKey.self] == true }
}
