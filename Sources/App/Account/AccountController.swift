import Domain
import Vapor

/// What every signed-in user can do for themselves: change their password, switch script.
struct AccountController {
    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    struct DisplayForm: Content {
        var traditional: String?
    }

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
            try await req.tongxin.users.changeOwnPassword(current: form.currentPassword ?? "", new: new,
                                                           by: try req.actor(), on: req.db)
            return req.redirect(to: .home, flash: "密码已修改")
        } catch DomainError.invalid(let errors) {
            return req.render(PasswordView.page(errors: errors), status: .unprocessableEntity)
        }
    }

    @Sendable func switchDisplay(req: Request) async throws -> Response {
        let form = try req.content.decode(DisplayForm.self)
        try await req.tongxin.users.setPrefersTraditional(form.traditional == "1", by: try req.actor(), on: req.db)
        let back = req.headers.first(name: .referer).flatMap(URL.init(string:))?.path ?? Path.home.string
        return req.redirect(to: back.hasPrefix("/") ? back : Path.home.string, redirectType: .normal)
    }
}

enum PasswordView {
    static func page(errors: [FieldError]) -> PageModel {
        let fields = FormFields(errors: errors)
        return PageModel(title: "修改密码", crumbs: [Crumb("工作台", .home), Crumb("修改密码")], content: [
            fields.summary,
            tag("form", ["method": "post", "action": Path.ownPassword.string, "class": "stacked"], [
                CSRFPlaceholder.field,
                fields.text("currentPassword", label: "当前密码", value: "", required: true, type: "password",
                            autocomplete: "current-password"),
                fields.text("newPassword", label: "新密码", value: "", required: true,
                            help: "至少 \(PasswordPolicy.minLength) 个字符", type: "password", autocomplete: "new-password"),
                fields.text("confirmPassword", label: "再次输入新密码", value: "", required: true, type: "password",
                            autocomplete: "new-password"),
                tag("div", ["class": "actions"], [tag("button", ["type": "submit", "class": "primary"], text: "保存")]),
            ]),
        ])
    }
}
