import Domain
import Vapor

/// A user as the API shows it (never the password hash).
struct UserDTO: Content {
    let id: UUID
    let username: String
    let displayName: String
    let unitId: UUID
    let role: Role
    let isActive: Bool
    let createdAt: Date?
    let updatedAt: Date?

    init(_ user: User) {
        id = user.id!
        username = user.username
        displayName = user.displayName
        unitId = user.$unit.id
        role = user.role
        isActive = user.isActive
        createdAt = user.createdAt
        updatedAt = user.updatedAt
    }
}

/// `POST /api/v1/users`.
struct CreateUserBody: Content {
    let username: String
    let displayName: String
    let unitId: UUID
    let role: Role
    let password: String
}

/// `PATCH /api/v1/users/{id}`.
struct PatchUserBody: Content {
    let displayName: String?
    let unitId: UUID?
    let role: Role?
    let isActive: Bool?
}
