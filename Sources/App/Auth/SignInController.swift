import Domain
import Vapor

/// Sign-in and sign-out.
struct SignInController {
    func register(public routes: any RoutesBuilder, protected: any RoutesBuilder) {
        routes.get(.signIn, use: show)
        routes.post(.signIn, use: signIn)
        protected.post(.signOut, use: signOut)
    }

    @Sendable func show(req: Request) async throws -> Response {
        if req.signedIn != nil { return req.redirect(to: .home) }
        var notice: String?
        if req.query[String.self, at: "expired"] != nil { notice = "长时间未操作，已自动退出，请重新登录。" }
        if req.query[String.self, at: "signedout"] != nil { notice = "已安全退出。" }
        let model = SignInView.Model(
            username: "", next: safeNext(req.query[String.self, at: "next"]),
            notice: notice, error: nil)
        return req.render(SignInView.page(model))
    }

    @Sendable func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let username = String((form.username ?? "").prefix(64))
        let password = String((form.password ?? "").prefix(256))
        let next = safeNext(form.next)
        do {
            let user = try await req.tongxin.signIn.attempt(
                username: username, password: password,
                ip: req.clientAddress, on: req.db)
            try await req.startSession(userID: user.requireID(), now: req.tongxin.clock.now)
            return req.redirect(to: next ?? Path.home.string, redirectType: .normal)
        } catch let error as DomainError {
            let problem = Problem(error)
            let model = SignInView.Model(username: username, next: next, notice: nil, error: problem.message)
            let status: HTTPStatus = problem.status == .tooManyRequests ? .tooManyRequests : .unauthorized
            let response = req.render(SignInView.page(model), status: status)
            response.addRetryAfter(for: error, now: req.tongxin.clock.now)
            return response
        }
    }

    @Sendable func signOut(req: Request) async throws -> Response {
        try await req.tongxin.signIn.recordSignOut(req.actor(), on: req.db)
        req.session.destroy()
        return req.redirect(to: Path.signIn.with(query: [("signedout", "1")]), redirectType: .normal)
    }

    /// Only local paths are followed after sign-in.
    private func safeNext(_ next: String?) -> String? {
        LocalPath.validated(next)
    }
}
