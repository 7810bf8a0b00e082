import Domain
import Vapor

/// `/api/v1/units`: the same operations as the pages, as JSON.
struct UnitsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.units), use: index)
        routes.post(.api(.units), use: create)
        routes.get(.api(.unit(nil)), use: show)
        routes.patch(.api(.unit(nil)), use: update)
    }

    @Sendable func index(req: Request) async throws -> ListDTO<UnitDTO> {
        try UnitPermissions.require(.read, actor: req.actor())
        let activeOnly = req.query[Bool.self, at: "active"] == true
        let tree = try await OrgUnit.tree(includeInactive: !activeOnly, on: req.db)
        return ListDTO(items: tree.map(UnitDTO.init), total: tree.count)
    }

    @Sendable func show(req: Request) async throws -> UnitDTO {
        try UnitPermissions.require(.read, actor: req.actor())
        return UnitDTO(try await OrgUnit.require(req.idParameter(), on: req.db))
    }

    @Sendable func create(req: Request) async throws -> Response {
        try UnitPermissions.require(.manage, actor: req.actor())
        let body = try req.content.decode(CreateUnitBody.self)
        let unit = try await req.tongxin.units.create(
            NewUnit(
                code: body.code, name: body.name, kind: body.kind, parentID: body.parentId, sortOrder: body.sortOrder),
            by: req.actor(), on: req.db)
        return try await UnitDTO(unit).encodeResponse(status: .created, for: req)
    }

    @Sendable func update(req: Request) async throws -> UnitDTO {
        try UnitPermissions.require(.manage, actor: req.actor())
        let body = try req.content.decode(PatchUnitBody.self)
        return UnitDTO(try await req.tongxin.units.update(req.idParameter(), body.changes, by: req.actor(), on: req.db))
    }
}
