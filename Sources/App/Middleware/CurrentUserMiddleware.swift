import Domain
import Fluent
import Vapor

/// Works out who is making the request: a personal API token (API paths only; pages
/// ignore the header) or the
/// session cookie. Ends sessions that were idle too long or whose user was deactivated.
struct CurrentUserMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        req.storage[SessionAvailableKey.self] = true
        let now = req.tongxin.clock.now
        if req.isAPI, let bearer = req.headers.bearerAuthorization {
            guard let user = try await ApiToken.authenticate(bearer.token, now: now, on: req.db) else {
                throw PublicError(.unauthorized, "API 令牌无效或已撤销")
            }
            // The token's user comes with their unit eager-loaded.
            req.signedIn = SignedInUser(user: user, unitName: user.$unit.value?.name ?? "", method: .token)
        } else if req.hasSession, let raw = req.session.data[SessionKeys.userID], let userID = UUID(uuidString: raw) {
            try await resume(userID: userID, now: now, req: req)
        }
        return try await next.respond(to: req)
    }

    private func resume(userID: UUID, now: Date, req: Request) async throws {
        let idleLimit = TimeInterval(req.tongxin.config.sessionIdleMinutes * 60)
        let lastSeen = req.session.data[SessionKeys.lastSeen].flatMap(TimeInterval.init).map(
            Date.init(timeIntervalSince1970:))
        guard let lastSeen, now.timeIntervalSince(lastSeen) <= idleLimit else {
            req.session.destroy()
            req.storage[SessionExpiredKey.self] = true
            return
        }
        // The session's row was read with its active user, unit name and unread count.
        guard let loaded = req.loadedSession, let user = loaded.row.user, user.id == userID else {
            req.session.destroy()
            return
        }
        // The session row is rewritten on every response anyway; keep the stamp coarse.
        if now.timeIntervalSince(lastSeen) >= 30 {
            req.session.data[SessionKeys.lastSeen] = String(Int(now.timeIntervalSince1970))
        }
        req.signedIn = SignedInUser(
            user: user, unitName: loaded.row.unitName, method: .session,
            unreadMessages: loaded.row.unreadMessages)
        if req.method == .GET, !req.isAPI { try await req.loadTodoCount() }
    }
}

/// Marks a request whose session just ran out, so the sign-in page can say why.
struct SessionExpiredKey: StorageKey {
    typealias Value = Bool
}

/// Marks a request that passed the sessions middleware; only those may touch `req.session`.
struct SessionAvailableKey: StorageKey {
    typealias Value = Bool
}

/// Lets only signed-in requests through: pages redirect to the sign-in form, the API answers 401.
struct RequireSignInMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard req.signedIn == nil else { return try await next.respond(to: req) }
        if req.isAPI { throw PublicError(.unauthorized, "请先登录或提供 API 令牌") }
        var query: [(String, String)] = []
        if req.method == .GET, req.url.path != Path.home.string {
            query.append(("next", req.url.path + (req.url.query.map { "?" + $0 } ?? "")))
        }
        if req.storage[SessionExpiredKey.self] == true { query.append(("expired", "1")) }
        return req.redirect(to: Path.signIn.with(query: query), redirectType: .normal)
    }
}
