import Domain

/// The form for changing one's own password.
enum PasswordView {
    static func page(errors: [FieldError]) -> PageModel {
        let fields = FormFields(errors: errors)
        return PageModel(
            title: "修改密码", crumbs: [Crumb("工作台", .home), Crumb("修改密码")],
            content: [
                fields.summary,
                tag(
                    "form", ["method": "post", "action": Path.ownPassword.string, "class": "stacked"],
                    [
                        Placeholder.csrfField,
                        fields.text(
                            "currentPassword", label: "当前密码", value: "", required: true, type: "password",
                            autocomplete: "current-password"),
                        fields.text(
                            "newPassword", label: "新密码", value: "", required: true,
                            help: "至少 \(PasswordPolicy.minLength) 个字符", type: "password", autocomplete: "new-password"),
                        fields.text(
                            "confirmPassword", label: "再次输入新密码", value: "", required: true, type: "password",
                            autocomplete: "new-password"),
                        tag(
                            "div", ["class": "actions"],
                            [tag("button", ["type": "submit", "class": "primary"], text: "保存")]),
                    ]),
            ])
    }
}
