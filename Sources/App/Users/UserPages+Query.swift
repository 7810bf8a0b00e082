import Domain
import Fluent
import Foundation

// The user pages' models, read from the database.

extension UserIndexView.Row {
    init(_ user: User) {
        self.init(
            id: user.id!, username: user.username, displayName: user.displayName,
            unitName: user.$unit.value?.name ?? "",
            role: user.role, isActive: user.isActive)
    }
}

extension UserIndexView.Model {
    static func query(_ query: UserListQuery, page: Domain.PageRequest, for actor: Actor, on db: any Database)
        async throws -> Self
    {
        let users = try await User.list(try query.filter(), visibleTo: actor, page: page, on: db)
        return Self(
            users: users.map(UserIndexView.Row.init), listQuery: query, tree: try await OrgUnit.tree(on: db),
            canManage: UserPermissions.can(.manage, actor: actor, target: nil))
    }
}

extension UserShowView.Model {
    static func query(_ id: UUID, newToken: String?, errors: [FieldError], for actor: Actor, on db: any Database)
        async throws -> Self
    {
        let user = try await User.require(id, on: db)
        try UserPermissions.require(.read, actor: actor, target: user)
        let canTokens = UserPermissions.can(.manageTokens, actor: actor, target: user)
        let tokens = canTokens ? try await user.tokens(on: db) : []
        let unit = try await user.$unit.get(on: db)
        let person = Person(
            id: id, username: user.username, displayName: user.displayName, unit: (unit.id!, unit.name),
            role: user.role, isActive: user.isActive, createdAt: user.createdAt)
        return Self(
            user: person,
            tokens: tokens.map {
                Token(
                    id: $0.id!, name: $0.name, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt,
                    isRevoked: $0.revokedAt != nil)
            },
            newToken: newToken, errors: errors, canManage: UserPermissions.can(.manage, actor: actor, target: user),
            canManageTokens: canTokens)
    }
}

extension UserFormView.Model {
    static func query(_ values: UsersController.UserForm, editing: User?, errors: [FieldError], on db: any Database)
        async throws -> Self
    {
        Self(
            values: values, editing: editing.map { ($0.id!, $0.username) }, tree: try await OrgUnit.tree(on: db),
            errors: errors)
    }
}
