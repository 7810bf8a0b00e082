import Domain
import Vapor

/// What every signed-in user can do for themselves: change their password, switch script.
struct AccountController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.ownPassword, use: showPassword)
        routes.post(.ownPassword, use: changePassword)
        routes.post(.displayScript, use: switchDisplay)
    }

    @Sendable func showPassword(req: Request) async throws -> Response {
        req.render(PasswordView.page(errors: []))
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        let form = try req.content.decode(PasswordForm.self)
        let new = form.newPassword ?? ""
        do {
            guard new == (form.confirmPassword ?? "") else {
                throw DomainError.invalid("confirmPassword", "两次输入的新密码不一致")
            }
            let actor = try req.actor()
            try await req.tongxin.users.changeOwnPassword(
                current: form.currentPassword ?? "", new: new, by: actor, on: req.db)
            // The change ended every session of this user; continue in a fresh one.
            try await req.startSession(userID: actor.userID!, now: req.tongxin.clock.now)
            return req.redirect(to: .home, flash: "密码已修改，其他设备上的登录已退出")
        } catch DomainError.invalid(let errors) {
            return req.render(PasswordView.page(errors: errors), status: .unprocessableEntity)
        }
    }

    @Sendable func switchDisplay(req: Request) async throws -> Response {
        let form = try req.content.decode(DisplayForm.self)
        try await req.tongxin.users.setPrefersTraditional(form.traditional == "1", by: try req.actor(), on: req.db)
        return req.redirect(to: LocalPath.validated(form.back) ?? Path.home.string, redirectType: .normal)
    }
}
