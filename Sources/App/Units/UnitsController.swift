import Domain
import Fluent
import Vapor

/// HTML pages for the unit tree: list, show, create, edit (including move), reorder, deactivate.
struct UnitsController {
    func register(_ routes: any RoutesBuilder) {
        routes.recordPages(
            list: .units, new: .newUnit, record: .unit(nil), edit: .editUnit(nil),
            .init(index: index, new: new, create: create, show: show, edit: edit, update: update))
        routes.post(.reorderUnit(nil), use: reorder)
        routes.get(.deactivateUnit(nil), use: confirmDeactivate)
        routes.post(.deactivateUnit(nil), use: deactivate)
        routes.post(.activateUnit(nil), use: activate)
        routes.post(.unitWebhook(nil), use: setWebhook)
    }

    /// Sets or removes the unit's group robot (DingTalk or WeCom).
    @Sendable func setWebhook(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let id = try req.idParameter()
        let form = try req.content.decode(WebhookForm.self)
        let kind = form.kind.flatMap(WebhookKind.init(rawValue:)) ?? .dingtalk
        return try await req.runForm(back: { .unit(id) }) {
            try await WebhookCommands(clock: req.tongxin.clock).set(
                unitID: id, kind: kind, url: form.url ?? "", by: req.actor(), on: req.db)
            return (.unit(id), (form.url ?? "").isEmpty ? "已移除群机器人" : "已设置群机器人")
        }
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        try UnitPermissions.require(.read, actor: actor)
        return req.render(UnitIndexView.page(try await .query(for: actor, on: req.db)))
    }

    @Sendable func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        try UnitPermissions.require(.read, actor: actor)
        return req.render(UnitShowView.page(try await .query(req.idParameter(), for: actor, on: req.db)))
    }

    @Sendable func new(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let parent = req.query[String.self, at: "parentId"]
        return try await form(
            req, values: UnitForm(code: "", name: "", kind: UnitKind.memberUnit.rawValue, parentId: parent),
            editing: nil, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let values = try req.content.decode(UnitForm.self)
        return try await req.saveForm {
            let input = NewUnit(
                code: values.code ?? "", name: values.name ?? "", kind: try kind(values.kind),
                parentID: try parentID(values.parentId))
            let unit = try await req.tongxin.units.create(input, by: req.actor(), on: req.db)
            return (.unit(unit.id), "已新建单位“\(unit.name)”")
        } reshow: { errors, status in
            try await form(req, values: values, editing: nil, errors: errors, status: status)
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let unit = try await OrgUnit.require(req.idParameter(), on: req.db)
        let values = UnitForm(
            code: unit.code, name: unit.name, kind: unit.kind.rawValue,
            parentId: unit.$parent.id?.uuidString.lowercased() ?? "")
        return try await form(req, values: values, editing: unit, errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let unit = try await OrgUnit.require(req.idParameter(), on: req.db)
        let values = try req.content.decode(UnitForm.self)
        return try await req.saveForm {
            let changes = UnitChanges(
                code: values.code ?? "", name: values.name ?? "", kind: try kind(values.kind),
                parentID: .some(try parentID(values.parentId)))
            let updated = try await req.tongxin.units.update(unit.requireID(), changes, by: req.actor(), on: req.db)
            return (.unit(updated.id), "已保存")
        } reshow: { errors, status in
            try await form(req, values: values, editing: unit, errors: errors, status: status)
        }
    }

    @Sendable func reorder(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let form = try req.content.decode(MoveForm.self)
        _ = try await req.tongxin.units.reorder(
            req.idParameter(), up: form.up, by: req.actor(), on: req.db)
        return req.redirect(to: .units)
    }

    @Sendable func confirmDeactivate(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let unit = try await OrgUnit.require(req.idParameter(), on: req.db)
        return req.render(UnitShowView.confirmDeactivate((try unit.requireID(), unit.name)))
    }

    @Sendable func deactivate(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let unit = try await req.tongxin.units.setActive(req.idParameter(), false, by: req.actor(), on: req.db)
        return req.redirect(to: .unit(unit.id), flash: "已停用“\(unit.name)”")
    }

    @Sendable func activate(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let unit = try await req.tongxin.units.setActive(req.idParameter(), true, by: req.actor(), on: req.db)
        return req.redirect(to: .unit(unit.id), flash: "已启用“\(unit.name)”")
    }

    // MARK: helpers

    private func form(
        _ req: Request, values: UnitForm, editing: OrgUnit?, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        req.render(
            UnitFormView.page(try await .query(values, editing: editing, errors: errors, on: req.db)), status: status)
    }

    private func kind(_ raw: String?) throws -> UnitKind {
        guard let raw, let kind = UnitKind(rawValue: raw) else { throw DomainError.invalid("kind", "请选择单位类型") }
        return kind
    }

    private func parentID(_ raw: String?) throws -> UUID? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw) else { throw DomainError.invalid("parentId", "上级单位不存在") }
        return id
    }
}
