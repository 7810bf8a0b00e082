import Domain
import Foundation

/// Create and edit forms for a user.
enum UserFormView {
    struct Model: Sendable {
        var values: UsersController.UserForm
        /// The user edited; nil for a new one.
        var editing: (id: UUID, username: String)?
        var tree: [UnitTreeEntry]
        var errors: [FieldError]
    }

    static func page(_ model: Model) -> PageModel {
        let (values, editing) = (model.values, model.editing)
        let fields = FormFields(errors: model.errors)
        let roles = Role.allCases.map { (value: $0.rawValue, label: $0.label) }
        let title = editing == nil ? "新建用户" : "编辑用户"
        var controls: [HTMLNode] = [Placeholder.csrfField]
        if editing == nil {
            controls.append(
                fields.text(
                    "username", label: "用户名", value: values.username ?? "", required: true,
                    help: "登录用，2–32 个小写字母、数字或 . _ -，创建后不能修改", maxLength: 32))
        }
        controls += [
            fields.text("displayName", label: "姓名", value: values.displayName ?? "", required: true, maxLength: 50),
            fields.select(
                "unitId", label: "所属单位", options: unitOptions(model.tree, includeNone: "请选择", keeping: values.unitId),
                selected: values.unitId ?? "", required: true),
            fields.select(
                "role", label: "角色", options: roles, selected: values.role, required: true,
                help: "管理员：办公室工作人员；领导：查看全部并批示；联络员：代表本单位；成员：只用建言；查看者：查看本单位"),
        ]
        if editing == nil {
            controls.append(
                fields.text(
                    "password", label: "初始密码", value: "", required: true,
                    help: "至少 \(PasswordPolicy.minLength) 个字符，请告知本人登录后修改", type: "password",
                    autocomplete: "new-password"))
        } else {
            controls.append(
                fields.checkbox("isActive", label: "账号在用（取消勾选即停用，停用后不能登录）", checked: values.isActive == "1"))
        }
        controls.append(
            tag(
                "div", ["class": "actions"],
                [
                    tag("button", ["type": "submit", "class": "primary"], text: "保存"),
                    Components.link("取消", editing.map { .user($0.id) } ?? .users),
                ]))
        var crumbs = [Crumb("工作台", .home), Crumb("用户", .users)]
        if let editing { crumbs.append(Crumb(editing.username, .user(editing.id))) }
        crumbs.append(Crumb(title))
        let action = editing.map { Path.user($0.id) } ?? .users
        return PageModel(
            title: title, crumbs: crumbs,
            content: [
                fields.summary,
                tag(
                    "form", ["method": "post", "action": action.string, "class": "stacked", "novalidate": ""], controls),
            ])
    }
}
