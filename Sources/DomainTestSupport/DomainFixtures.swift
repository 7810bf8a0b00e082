import Domain
import FluentKit
import Foundation

/// Records for tests, made through the same commands the application uses. Domain tests
/// get them on ``TestDomain``; app tests on their server.
public protocol DomainFixtures {
    var db: any Database { get }
    var clock: ManualClock { get }
    var hasher: any PasswordHashing { get }
}

/// A test's set-up or wait that failed, with what went wrong.
public struct FixtureError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension DomainFixtures {
    /// The office unit created at first start.
    public func officeUnit() async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(code: FirstStart.officeCode, on: db) else {
            throw FixtureError("no office unit")
        }
        return unit
    }

    /// The first-start administrator, as an actor for domain commands.
    public func adminActor() async throws -> Actor {
        guard let admin = try await User.find(username: "admin", on: db) else { throw FixtureError("no admin user") }
        return admin.actor
    }

    /// Creates a unit as the system.
    @discardableResult
    public func makeUnit(_ code: String, name: String? = nil, kind: UnitKind = .memberUnit, parent: OrgUnit? = nil)
        async throws -> OrgUnit
    {
        try await UnitCommands(clock: clock.appClock).create(
            NewUnit(code: code, name: name ?? "测试单位\(code)", kind: kind, parentID: parent?.id), by: .system, on: db)
    }

    /// Creates a user as the system with `password` (the admin's unless given).
    @discardableResult
    public func makeUser(_ username: String, role: Role, unit: OrgUnit, password: String = "admin-password-1")
        async throws -> User
    {
        try await UserCommands(clock: clock.appClock, hasher: hasher).create(
            NewUser(
                username: username, displayName: "用户\(username)", unitID: try unit.requireID(), role: role,
                password: password),
            by: .system, on: db)
    }

    /// Creates an API token for `user` and returns the secret.
    public func makeToken(for user: User) async throws -> String {
        try await UserCommands(clock: clock.appClock, hasher: hasher)
            .createToken(for: try user.requireID(), name: "test", by: .system, on: db).1
    }

    /// All audit entries, oldest first.
    public func auditEntries() async throws -> [AuditEntry] {
        try await AuditEntry.query(on: db).sort(\.$at).all()
    }
}
