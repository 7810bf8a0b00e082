import Domain
import Fluent
import Vapor

/// HTML pages for users: list, show (with tokens), create, edit, reset password.
struct UsersController {
    struct UserForm: Content {
        var username: String?
        var displayName: String?
        var unitId: String?
        var role: String?
        var password: String?
        var isActive: String?
    }

    struct PasswordForm: Content {
        var newPassword: String?
    }

    struct TokenForm: Content {
        var name: String?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(.users, use: index)
        routes.get(.newUser, use: new)
        routes.post(.users, use: create)
        routes.get(.user(nil), use: show)
        routes.get(.editUser(nil), use: edit)
        routes.post(.user(nil), use: update)
        routes.post(.resetPassword(nil), use: resetPassword)
        routes.post(.userTokens(nil), use: createToken)
        routes.post(.revokeToken(nil), use: revokeToken)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        try UserPermissions.require(.read, actor: actor, target: nil)
        let query = try req.query.decode(UserListQuery.self)
        let page = try await User.list(query.filter, visibleTo: actor, page: PageRequest(page: query.page), on: req.db)
        let tree = try await OrgUnit.tree(on: req.db)
        return req.render(UserIndexView.page(page, query: query, tree: tree,
                                             canManage: UserPermissions.can(.manage, actor: actor, target: nil)))
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await showPage(req, newToken: nil)
    }

    @Sendable func new(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        return try await form(req, values: UserForm(role: Role.liaison.rawValue, isActive: "1"), editing: nil, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let values = try req.content.decode(UserForm.self)
        do {
            let input = NewUser(username: values.username ?? "", displayName: values.displayName ?? "",
                                unitID: try unitID(values.unitId), role: try role(values.role), password: values.password ?? "")
            let user = try await req.tongxin.users.create(input, by: req.actor(), on: req.db)
            return req.redirect(to: .user(user.id), flash: "已新建用户“\(user.username)”")
        } catch let error as DomainError {
            return try await form(req, values: values, editing: nil, errors: fieldErrors(error), status: status(error))
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let user = try await User.require(req.idParameter(), on: req.db)
        let values = UserForm(username: user.username, displayName: user.displayName,
                              unitId: user.$unit.id.uuidString.lowercased(), role: user.role.rawValue,
                              isActive: user.isActive ? "1" : nil)
        return try await form(req, values: values, editing: user, errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let user = try await User.require(req.idParameter(), on: req.db)
        let values = try req.content.decode(UserForm.self)
        do {
            let changes = UserChanges(displayName: values.displayName ?? "", unitID: try unitID(values.unitId),
                                      role: try role(values.role), isActive: values.isActive == "1")
            _ = try await req.tongxin.users.update(user.requireID(), changes, by: req.actor(), on: req.db)
            return req.redirect(to: .user(user.id), flash: "已保存")
        } catch let error as DomainError {
            return try await form(req, values: values, editing: user, errors: fieldErrors(error), status: status(error))
        }
    }

    @Sendable func resetPassword(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(PasswordForm.self)
        do {
            try await req.tongxin.users.resetPassword(id, to: form.newPassword ?? "", by: req.actor(), on: req.db)
            return req.redirect(to: .user(id), flash: "密码已重置，请把新密码当面或电话告知本人")
        } catch DomainError.invalid(let errors) {
            req.flash(.error, errors.map(\.message).joined(separator: "；"))
            return req.redirect(to: Path.user(id).string, redirectType: .normal)
        }
    }

    @Sendable func createToken(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(TokenForm.self)
        do {
            let (_, secret) = try await req.tongxin.users.createToken(for: id, name: form.name ?? "", by: req.actor(), on: req.db)
            return try await showPage(req, newToken: secret)
        } catch DomainError.invalid(let errors) {
            req.flash(.error, errors.map(\.message).joined(separator: "；"))
            return req.redirect(to: Path.user(id).string, redirectType: .normal)
        }
    }

    @Sendable func revokeToken(req: Request) async throws -> Response {
        let tokenID = try req.idParameter()
        guard let token = try await ApiToken.find(tokenID, on: req.db) else { throw DomainError.notFound("令牌不存在") }
        try await req.tongxin.users.revokeToken(tokenID, now: req.tongxin.clock.now, by: req.actor(), on: req.db)
        return req.redirect(to: .user(token.$user.id), flash: "令牌“\(token.name)”已撤销")
    }

    // MARK: helpers

    private func showPage(_ req: Request, newToken: String?) async throws -> Response {
        let actor = try req.actor()
        let user = try await User.require(req.idParameter(), on: req.db)
        try UserPermissions.require(.read, actor: actor, target: user)
        let canTokens = UserPermissions.can(.manageTokens, actor: actor, target: user)
        let tokens = canTokens ? try await user.tokens(on: req.db) : []
        let model = UserShowView.Model(user: user, tokens: tokens, newToken: newToken,
                                       canManage: UserPermissions.can(.manage, actor: actor, target: user),
                                       canManageTokens: canTokens)
        return req.render(UserShowView.page(model))
    }

    private func form(_ req: Request, values: UserForm, editing: User?, errors: [FieldError],
                      status: HTTPStatus = .ok) async throws -> Response {
        let tree = try await OrgUnit.tree(includeInactive: false, on: req.db)
        return req.render(UserFormView.page(values: values, editing: editing, tree: tree, errors: errors), status: status)
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

/// The user list's filters, as GET parameters so a filtered view is a shareable link.
struct UserListQuery: Content {
    var unitId: String?
    var role: String?
    var q: String?
    var page: Int?

    var filter: UserFilter {
        UserFilter(unitID: unitId.flatMap(UUID.init(uuidString:)), role: role.flatMap(Role.init(rawValue:)),
                   text: q.map { String($0.prefix(50)) })
    }

    var queryItems: [(String, String)] {
        [("unitId", unitId), ("role", role), ("q", q)].compactMap { key, value in
            value.flatMap { $0.isEmpty ? nil : (key, $0) }
        }
    }
}
