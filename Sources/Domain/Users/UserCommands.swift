import FluentKit
import Foundation

/// Every write to users: validate, authorise, change rows and audit in one transaction.
public struct UserCommands: Sendable {
    private let write: DomainWrite
    private let hasher: any PasswordHashing

    public init(clock: AppClock, hasher: any PasswordHashing) {
        write = DomainWrite(clock: clock)
        self.hasher = hasher
    }

    /// Creates a user in an active unit.
    public func create(_ input: NewUser, by actor: Actor, on db: any Database) async throws -> User {
        try UserPermissions.require(.manage, actor: actor, target: nil)
        let username = UserRules.normalizedUsername(input.username)
        var problems = UserRules.problems(username: username, displayName: input.displayName)
        if let problem = PasswordPolicy.problem(with: input.password) { problems.append(problem) }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        let hash = try await hasher.hash(input.password)
        return try await write.perform(by: actor, touching: .work, .access, on: db) { tx, audit in
            try await requireActiveUnit(input.unitID, on: tx)
            if try await User.find(username: username, on: tx) != nil {
                throw DomainError.conflict("用户名“\(username)”已被使用")
            }
            let user = User(
                username: username, displayName: input.displayName.trimmingCharacters(in: .whitespacesAndNewlines),
                unitID: input.unitID, role: input.role, passwordHash: hash)
            try await mappingUniqueViolation("用户名“\(username)”已被使用") { try await user.create(on: tx) }
            try await audit.record(
                subject(user), action: "user.create",
                changes: AuditLog.diff(before: nil, after: user.auditSnapshot))
            return user
        }
    }

    /// Changes a user's name, unit, role or active flag. Admins cannot lock themselves out.
    public func update(_ id: UUID, _ changes: UserChanges, by actor: Actor, on db: any Database) async throws -> User {
        try UserPermissions.require(.manage, actor: actor, target: nil)
        let problems = UserRules.problems(username: nil, displayName: changes.displayName)
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        if id == actor.userID, changes.isActive == false || (changes.role.map { $0 != .admin } ?? false) {
            throw DomainError.conflict("不能停用自己的账号或取消自己的管理员角色")
        }
        return try await write.perform(by: actor, touching: .work, .access, on: db) { tx, audit in
            let user = try await User.require(id, on: tx)
            let before = user.auditSnapshot
            if let name = changes.displayName {
                user.displayName = name.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if let unitID = changes.unitID, unitID != user.$unit.id {
                try await requireActiveUnit(unitID, on: tx)
                user.$unit.id = unitID
            }
            if let role = changes.role { user.role = role }
            if let active = changes.isActive { user.isActive = active }
            let diff = AuditLog.diff(before: before, after: user.auditSnapshot)
            guard !diff.isEmpty else { return user }
            try await user.save(on: tx)
            // A deactivated user is signed out everywhere at once.
            if !user.isActive { try await StoredSession.endAll(of: user.requireID(), on: tx) }
            try await audit.record(subject(user), action: "user.update", changes: diff)
            return user
        }
    }

    /// An admin sets a new password for someone who forgot theirs.
    public func resetPassword(_ id: UUID, to password: String, by actor: Actor, on db: any Database) async throws {
        try UserPermissions.require(.manage, actor: actor, target: nil)
        try await setPassword(id, to: password, action: "user.password.reset", by: actor, on: db)
    }

    /// A user changes their own password after proving they know the current one.
    public func changeOwnPassword(current: String, new password: String, by actor: Actor, on db: any Database)
        async throws
    {
        guard let id = actor.userID else { throw DomainError.forbidden("系统账号没有密码") }
        let user = try await User.require(id, on: db)
        guard (try? await hasher.verify(current, created: user.passwordHash)) == true else {
            throw DomainError.invalid("currentPassword", "当前密码不正确")
        }
        try await setPassword(id, to: password, action: "user.password.change", by: actor, on: db)
    }

    /// Switches the user's display between Simplified and Traditional.
    public func setPrefersTraditional(_ traditional: Bool, by actor: Actor, on db: any Database) async throws {
        guard let id = actor.userID else { return }
        try await write.perform(by: actor, touching: .work, .access, on: db) { tx, audit in
            let user = try await User.require(id, on: tx)
            guard user.prefersTraditional != traditional else { return }
            let before = user.auditSnapshot
            user.prefersTraditional = traditional
            try await user.save(on: tx)
            try await audit.record(
                subject(user), action: "user.display",
                changes: AuditLog.diff(before: before, after: user.auditSnapshot))
        }
    }

    /// Creates a personal API token; the returned string is the only time it is visible.
    public func createToken(for userID: UUID, name: String, by actor: Actor, on db: any Database) async throws -> (
        ApiToken, String
    ) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= UserRules.tokenNameMaxLength else {
            throw DomainError.invalid("name", "令牌名称为 1–\(UserRules.tokenNameMaxLength) 个字符")
        }
        return try await write.perform(by: actor, touching: .access, on: db) { tx, audit in
            let user = try await User.require(userID, on: tx)
            try UserPermissions.require(.manageTokens, actor: actor, target: user)
            guard user.isActive else { throw DomainError.conflict("该用户已停用") }
            let secret = ApiToken.generate()
            let token = ApiToken(userID: userID, name: trimmed, tokenHash: ApiToken.hash(secret))
            try await token.create(on: tx)
            try await audit.record(
                AuditSubject(type: "api_token", id: token.id, label: "\(user.username)/\(trimmed)"),
                action: "token.create",
                changes: ["name": AuditChange(before: nil, after: trimmed)])
            return (token, secret)
        }
    }

    /// Revokes a token and returns it; revoking twice changes nothing.
    @discardableResult
    public func revokeToken(_ tokenID: UUID, by actor: Actor, on db: any Database) async throws -> ApiToken {
        try await write.perform(by: actor, touching: .access, on: db) { tx, audit in
            guard let token = try await ApiToken.query(on: tx).filter(\.$id == tokenID).with(\.$user).first() else {
                throw DomainError.notFound("令牌不存在")
            }
            try UserPermissions.require(.manageTokens, actor: actor, target: token.user)
            guard token.revokedAt == nil else { return token }
            token.revokedAt = audit.now
            try await token.save(on: tx)
            try await audit.record(
                AuditSubject(type: "api_token", id: token.id, label: "\(token.user.username)/\(token.name)"),
                action: "token.revoke",
                changes: ["revoked": AuditChange(before: "false", after: "true")])
            return token
        }
    }

    // MARK: helpers

    /// Sets a new password and ends every session of the user: whoever held one must prove
    /// the new password. (The caller starts a fresh session for a user changing their own.)
    private func setPassword(_ id: UUID, to password: String, action: String, by actor: Actor, on db: any Database)
        async throws
    {
        if let problem = PasswordPolicy.problem(with: password, field: "newPassword") {
            throw DomainError.invalid([problem])
        }
        let hash = try await hasher.hash(password)
        try await write.perform(by: actor, touching: .work, .access, on: db) { tx, audit in
            let user = try await User.require(id, on: tx)
            user.passwordHash = hash
            try await user.save(on: tx)
            try await StoredSession.endAll(of: id, on: tx)
            try await audit.record(
                subject(user), action: action,
                changes: ["password": AuditChange(before: "***", after: "***")])
        }
    }

    private func subject(_ user: User) -> AuditSubject {
        AuditSubject(type: "user", id: user.id, label: user.username)
    }

    private func requireActiveUnit(_ unitID: UUID, on db: any Database) async throws {
        guard let unit = try await OrgUnit.find(unitID, on: db) else { throw DomainError.invalid("unitId", "单位不存在") }
        guard unit.isActive else { throw DomainError.invalid("unitId", "该单位已停用") }
    }
}
