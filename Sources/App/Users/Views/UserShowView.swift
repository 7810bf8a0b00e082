import Domain
import Foundation

/// A user's page: details, password reset (admins), personal API tokens.
enum UserShowView {
    struct Model: Sendable {
        struct Person: Sendable {
            var id: UUID
            var username: String
            var displayName: String
            var unit: (id: UUID, name: String)
            var role: Role
            var isActive: Bool
            var createdAt: Date?
        }

        struct Token: Sendable {
            var id: UUID
            var name: String
            var createdAt: Date?
            var lastUsedAt: Date?
            var isRevoked: Bool
        }

        let user: Person
        let tokens: [Token]
        /// A token just created, shown this once.
        let newToken: String?
        /// Problems with the password or token form just submitted.
        let errors: [FieldError]
        let canManage: Bool
        let canManageTokens: Bool
    }

    static func page(_ model: Model) -> PageModel {
        let user = model.user
        var content: [HTMLNode] = [
            Components.details([
                ("用户名", txt(user.username)),
                ("姓名", txt(user.displayName)),
                ("所属单位", Components.link(user.unit.name, .unit(user.unit.id))),
                ("角色", txt(user.role.label)),
                ("状态", user.isActive ? Components.pill("在用", tone: "green") : Components.pill("已停用", tone: "grey")),
                ("创建时间", txt(Components.dateTime(user.createdAt))),
            ])
        ]
        let fields = FormFields(errors: model.errors)
        content.insert(fields.summary, at: 0)
        if model.canManage { content.append(resetPasswordForm(user, fields: fields)) }
        if model.canManageTokens { content.append(tokensSection(model, fields: fields)) }
        return PageModel(
            title: user.displayName,
            crumbs: [Crumb("工作台", .home), Crumb("用户", .users), Crumb(user.username)],
            primary: model.canManage ? PrimaryAction(label: "编辑", path: .editUser(user.id)) : nil,
            content: content)
    }

    private static func resetPasswordForm(_ user: Model.Person, fields: FormFields) -> HTMLNode {
        tag(
            "section", ["aria-labelledby": "reset-title"],
            [
                tag("h2", ["id": "reset-title"], text: "重置密码"),
                tag(
                    "form", ["method": "post", "action": Path.resetPassword(user.id).string, "class": "stacked"],
                    [
                        Placeholder.csrfField,
                        fields.text(
                            "newPassword", label: "新密码", value: "", required: true,
                            help: "至少 \(PasswordPolicy.minLength) 个字符", type: "password", autocomplete: "new-password"),
                        tag("button", ["type": "submit"], text: "重置密码"),
                    ]),
            ])
    }

    private static func tokensSection(_ model: Model, fields: FormFields) -> HTMLNode {
        var children: [HTMLNode] = [tag("h2", ["id": "tokens-title"], text: "API 令牌")]
        if let secret = model.newToken {
            children.append(
                tag(
                    "div", ["class": "flash flash-success", "role": "status"],
                    [
                        tag("p", text: "新令牌如下，只显示这一次，请立即复制保存："),
                        preserved(tag("p", ["class": "token-secret"], text: secret)),
                    ]))
        }
        let rows = model.tokens.map { token -> [HTMLNode] in
            [
                txt(token.name),
                txt(Components.dateTime(token.createdAt)),
                txt(Components.dateTime(token.lastUsedAt)),
                !token.isRevoked
                    ? Layout.postButton(
                        .revokeToken(token.id), label: "撤销", fields: [:], ariaLabel: "撤销令牌 \(token.name)")
                    : Components.pill("已撤销", tone: "grey"),
            ]
        }
        children.append(
            Components.table(
                caption: "API 令牌",
                columns: [
                    .init(title: "名称"), .init(title: "创建时间"),
                    .init(title: "最近使用"), .init(title: "状态"),
                ],
                rows: rows, empty: "还没有令牌。需要用程序调用接口时，在下面新建一个。"))
        children.append(
            tag(
                "form", ["method": "post", "action": Path.userTokens(model.user.id).string, "class": "stacked"],
                [
                    Placeholder.csrfField,
                    fields.text(
                        "name", label: "新令牌名称", value: "", required: true, help: "写明用途，如“数据同步脚本”", maxLength: 60),
                    tag("button", ["type": "submit"], text: "新建令牌"),
                ]))
        return tag("section", ["aria-labelledby": "tokens-title"], children)
    }
}
