import Domain
import Fluent
import Vapor

/// HTML pages for users: list, show (with tokens), create, edit, reset password.
struct UsersController {
    func register(_ routes: any RoutesBuilder) {
        routes.recordPages(
            list: .users, new: .newUser, record: .user(nil), edit: .editUser(nil),
            .init(index: index, new: new, create: create, show: show, edit: edit, update: update))
        routes.post(.resetPassword(nil), use: resetPassword)
        routes.post(.userTokens(nil), use: createToken)
        routes.post(.revokeToken(nil), use: revokeToken)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        try UserPermissions.require(.read, actor: actor, target: nil)
        let query = try req.query.decode(UserListQuery.self)
        if let format = query.format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            // The rows only: an export needs no filter form.
            let all = try await User.list(try query.filter(), visibleTo: actor, page: .export, on: req.db)
            return try UserIndexView.spreadsheet(all.items.map(UserIndexView.Row.init)).response(format)
        }
        let model = try await UserIndexView.Model.query(
            query, page: ListPrint.pageRequest(format: query.format, page: query.page),
            for: actor, on: req.db)
        return req.render(ListPrint.marked(UserIndexView.page(model), format: query.format))
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await showPage(req)
    }

    @Sendable func new(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        return try await form(
            req, values: UserForm(role: Role.liaison.rawValue, isActive: "1"), editing: nil, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let values = try req.content.decode(UserForm.self)
        return try await req.saveForm {
            let input = NewUser(
                username: values.username ?? "", displayName: values.displayName ?? "",
                unitID: try unitID(values.unitId), role: try role(values.role), password: values.password ?? "")
            let user = try await req.tongxin.users.create(input, by: req.actor(), on: req.db)
            return (.user(user.id), "已新建用户“\(user.username)”")
        } reshow: { errors, status in
            try await form(req, values: values, editing: nil, errors: errors, status: status)
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let user = try await User.require(req.idParameter(), on: req.db)
        let values = UserForm(
            username: user.username, displayName: user.displayName,
            unitId: user.$unit.id.uuidString.lowercased(), role: user.role.rawValue,
            isActive: user.isActive ? "1" : nil)
        return try await form(req, values: values, editing: user, errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let user = try await User.require(req.idParameter(), on: req.db)
        let values = try req.content.decode(UserForm.self)
        return try await req.saveForm {
            let changes = UserChanges(
                displayName: values.displayName ?? "", unitID: try unitID(values.unitId),
                role: try role(values.role), isActive: values.isActive == "1")
            _ = try await req.tongxin.users.update(user.requireID(), changes, by: req.actor(), on: req.db)
            return (.user(user.id), "已保存")
        } reshow: { errors, status in
            try await form(req, values: values, editing: user, errors: errors, status: status)
        }
    }

    @Sendable func resetPassword(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let id = try req.idParameter()
        let form = try req.content.decode(PasswordForm.self)
        do {
            try await req.tongxin.users.resetPassword(id, to: form.newPassword ?? "", by: req.actor(), on: req.db)
            return req.redirect(to: .user(id), flash: "密码已重置，该用户已在所有设备上退出；请把新密码当面或电话告知本人")
        } catch DomainError.invalid(let errors) {
            return try await showPage(req, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func createToken(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(TokenForm.self)
        do {
            let (_, secret) = try await req.tongxin.users.createToken(
                for: id, name: form.name ?? "", by: req.actor(), on: req.db)
            return try await showPage(req, newToken: secret)
        } catch DomainError.invalid(let errors) {
            return try await showPage(req, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func revokeToken(req: Request) async throws -> Response {
        let token = try await req.tongxin.users.revokeToken(req.idParameter(), by: req.actor(), on: req.db)
        return req.redirect(to: .user(token.$user.id), flash: "令牌“\(token.name)”已撤销")
    }

    // MARK: helpers

    private func showPage(
        _ req: Request, newToken: String? = nil, errors: [FieldError] = [],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let model = try await UserShowView.Model.query(
            req.idParameter(), newToken: newToken, errors: errors, for: req.actor(),
            on: req.db)
        return req.render(UserShowView.page(model), status: status)
    }

    private func form(
        _ req: Request, values: UserForm, editing: User?, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        req.render(
            UserFormView.page(try await .query(values, editing: editing, errors: errors, on: req.db)), status: status)
    }

    private func unitID(_ raw: String?) throws -> UUID {
        guard let raw, let id = UUID(uuidString: raw) else { throw DomainError.invalid("unitId", "请选择所属单位") }
        return id
    }

    private func role(_ raw: String?) throws -> Role {
        guard let raw, let role = Role(rawValue: raw) else { throw DomainError.invalid("role", "请选择角色") }
        return role
    }
}
