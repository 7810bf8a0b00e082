import Domain
import Vapor

/// `/api/v1/users`.
struct UsersAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.users), use: index)
        routes.post(.api(.users), use: create)
        routes.get(.api(.user(nil)), use: show)
        routes.patch(.api(.user(nil)), use: update)
    }

    @Sendable func index(req: Request) async throws -> ListDTO<UserDTO> {
        let actor = try req.actor()
        try UserPermissions.require(.read, actor: actor, target: nil)
        let query = try req.query.decode(UserListQuery.self)
        let per = req.query[Int.self, at: "per"]
        let page = try await User.list(
            try query.filter(), visibleTo: actor, page: PageRequest(page: query.page, per: per), on: req.db)
        return ListDTO(page, transform: UserDTO.init)
    }

    @Sendable func show(req: Request) async throws -> UserDTO {
        let user = try await User.require(req.idParameter(), on: req.db)
        try UserPermissions.require(.read, actor: req.actor(), target: user)
        return UserDTO(user)
    }

    @Sendable func create(req: Request) async throws -> Response {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let body = try req.content.decode(CreateUserBody.self)
        let user = try await req.tongxin.users.create(
            NewUser(
                username: body.username, displayName: body.displayName, unitID: body.unitId, role: body.role,
                password: body.password),
            by: req.actor(), on: req.db)
        return try await UserDTO(user).encodeResponse(status: .created, for: req)
    }

    @Sendable func update(req: Request) async throws -> UserDTO {
        try UserPermissions.require(.manage, actor: req.actor(), target: nil)
        let body = try req.content.decode(PatchUserBody.self)
        let changes = UserChanges(
            displayName: body.displayName, unitID: body.unitId, role: body.role, isActive: body.isActive)
        return UserDTO(try await req.tongxin.users.update(req.idParameter(), changes, by: req.actor(), on: req.db))
    }
}
