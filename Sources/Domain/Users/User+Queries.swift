import FluentKit
import Foundation

extension User {
    /// The user with `id`, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> User {
        guard let user = try await User.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("用户不存在")
        }
        return user
    }

    /// The user named `username` (any case), if any.
    public static func find(username: String, on db: any Database) async throws -> User? {
        try await User.query(on: db).filter(\.$username == UserRules.normalizedUsername(username)).first()
    }

    /// One page of the users `actor` may read, filtered, with their units loaded.
    public static func list(_ filter: UserFilter, visibleTo actor: Actor, page: PageRequest, on db: any Database)
        async throws -> Page<User>
    {
        let query = User.query(on: db).with(\.$unit)
        switch actor.role {
        case .admin, .leader: break
        case .liaison, .viewer: query.filter(\.$unit.$id == (actor.unitID ?? UUID()))
        case .member: query.filter(\.$id == (actor.userID ?? UUID()))
        }
        if let unitID = filter.unitID { query.filter(\.$unit.$id == unitID) }
        if let role = filter.role { query.filter(\.$role == role) }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query.group(.or) { group in
                group.filter(\.$username ~~ text.lowercased())
                group.filter(\.$displayName ~~ text)
            }
        }
        let total = try await query.count()
        let direction: DatabaseQuery.Sort.Direction = filter.descending ? .descending : .ascending
        switch filter.sort {
        case .username: query.sort(\.$username, direction)
        case .displayName: query.sort(\.$displayName, direction)
        case .role: query.sort(\.$role, direction)
        case .createdAt: query.sort(\.$createdAt, direction)
        }
        let users = try await query.sort(\.$username).range(page.rows).all()
        return Page(items: users, total: total, request: page)
    }

    /// The user's tokens, newest first, revoked ones included.
    public func tokens(on db: any Database) async throws -> [ApiToken] {
        try await ApiToken.query(on: db).filter(\.$user.$id == requireID()).sort(\.$createdAt, .descending).all()
    }
    /// The active party and federation members, by name: who may write or co-sign a suggestion.
    public static func activeMembers(on db: any Database) async throws -> [User] {
        try await User.query(on: db).filter(\.$role == .member).filter(\.$isActive == true).sort(\.$displayName).all()
    }
}

extension ApiToken {
    /// The active user owning an unrevoked token, or nil. Refreshes `lastUsedAt` at most once a minute.
    public static func authenticate(_ token: String, now: Date, on db: any Database) async throws -> User? {
        guard token.hasPrefix(prefix), token.count < 100 else { return nil }
        guard
            let record = try await ApiToken.query(on: db)
                .filter(\.$tokenHash == hash(token)).filter(\.$revokedAt == nil)
                .with(\.$user, { $0.with(\.$unit) }).first(),
            record.user.isActive
        else { return nil }
        if (record.lastUsedAt ?? .distantPast) < now.addingTimeInterval(-60) {
            record.lastUsedAt = now
            try await record.save(on: db)
        }
        return record.user
    }

}
