import Domain
import Fluent
import Foundation

// The unit pages' models, read from the database.

extension UnitIndexView.Model {
    static func query(for actor: Actor, on db: any Database) async throws -> Self {
        Self(tree: try await OrgUnit.tree(on: db), canManage: UnitPermissions.can(.manage, actor: actor))
    }
}

extension UnitShowView.Model {
    static func query(_ id: UUID, for actor: Actor, on db: any Database) async throws -> Self {
        let unit = try await OrgUnit.require(id, on: db)
        let parent = try await unit.$parent.get(on: db)
        let activeUsers = try await User.query(on: db).filter(\.$unit.$id == id).filter(\.$isActive == true).count()
        let webhook = try await UnitWebhook.query(on: db).filter(\.$unit.$id == id).first()
        return Self(
            id: id, name: unit.name, code: unit.code, kind: unit.kind, parent: parent.map { ($0.id!, $0.name) },
            isActive: unit.isActive, activeUsers: activeUsers, updatedAt: unit.updatedAt,
            webhook: webhook.map { .init(kind: $0.kind, url: $0.url) },
            canManage: UnitPermissions.can(.manage, actor: actor))
    }
}

extension UnitFormView.Model {
    static func query(_ values: UnitsController.UnitForm, editing: OrgUnit?, errors: [FieldError], on db: any Database)
        async throws -> Self
    {
        Self(
            values: values, editing: editing.map { ($0.id!, $0.name) }, tree: try await OrgUnit.tree(on: db),
            errors: errors)
    }
}
