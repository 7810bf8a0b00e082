/// The sign-in form.
enum SignInView {
    struct Model {
        var username: String
        var next: String?
        var notice: String?
        var error: String?
    }

    static func page(_ model: Model) -> PageModel {
        let fields = FormFields(errors: model.error.map { [.init("password", $0)] } ?? [])
        var content: [HTMLNode] = []
        if let notice = model.notice {
            content.append(tag("div", ["class": "flash flash-info", "role": "status"], text: notice))
        }
        if let error = model.error {
            content.append(tag("div", ["class": "flash flash-error", "role": "alert"], text: error))
        }
        content.append(
            tag(
                "form", ["method": "post", "action": Path.signIn.string, "class": "stacked"],
                [
                    Placeholder.csrfField,
                    voidTag("input", ["type": "hidden", "name": "next", "value": model.next]),
                    fields.text(
                        "username", label: "用户名", value: model.username, required: true, autocomplete: "username"),
                    FormFields().text(
                        "password", label: "密码", value: "", required: true, type: "password",
                        autocomplete: "current-password"),
                    tag(
                        "div", ["class": "actions"],
                        [tag("button", ["type": "submit", "class": "primary"], text: "登录")]),
                ]))
        return PageModel(title: "登录", content: content)
    }
}
