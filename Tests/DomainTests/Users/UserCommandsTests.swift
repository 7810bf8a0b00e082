import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct UserCommandsTests {
    func commands(_ app: TestDomain) -> UserCommands {
        UserCommands(clock: app.clock.appClock, hasher: app.hasher)
    }

    @Test func createHashesThePasswordAndAuditsWithoutIt() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let unit = try await app.makeUnit("a")
            let user = try await app.makeUser("Li.Si", role: .liaison, unit: unit, password: "a-long-password")
            #expect(user.username == "li.si")
            #expect(user.passwordHash != "a-long-password")
            #expect(try await app.hasher.verify("a-long-password", created: user.passwordHash))
            let entry = try #require(try await app.auditEntries().last)
            #expect(entry.action == "user.create")
            #expect(!entry.changesJSON.contains(user.passwordHash))
            #expect(entry.changes["role"]?.after == "liaison")
        }
    }

    @Test func duplicateUsernameAndShortPasswordAreRefused() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let unit = try await app.officeUnit()
            await #expect(throws: DomainError.conflict("用户名“admin”已被使用")) {
                try await app.makeUser("ADMIN", role: .viewer, unit: unit)
            }
            await #expect(throws: DomainError.invalid("password", "密码至少需要 10 个字符")) {
                try await app.makeUser("short", role: .viewer, unit: unit, password: "123")
            }
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }

    @Test func inactiveUnitCannotReceiveUsers() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let unit = try await app.makeUnit("gone")
            _ = try await UnitCommands(clock: app.clock.appClock).setActive(unit.id!, false, by: .system, on: app.db)
            await #expect(throws: DomainError.invalid("unitId", "该单位已停用")) {
                try await app.makeUser("x1", role: .viewer, unit: unit)
            }
        }
    }

    @Test func adminCannotLockThemselvesOut() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let admin = try #require(try await User.find(username: "admin", on: app.db))
            await #expect(throws: DomainError.self) {
                _ = try await commands(app).update(admin.id!, UserChanges(isActive: false), by: admin.actor, on: app.db)
            }
            await #expect(throws: DomainError.self) {
                _ = try await commands(app).update(admin.id!, UserChanges(role: .viewer), by: admin.actor, on: app.db)
            }
            #expect(try await User.find(admin.id, on: app.db)?.isActive == true)
        }
    }

    @Test func changingOwnPasswordNeedsTheCurrentOne() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let admin = try #require(try await User.find(username: "admin", on: app.db))
            await #expect(throws: DomainError.invalid("currentPassword", "当前密码不正确")) {
                try await commands(app).changeOwnPassword(
                    current: "wrong-password", new: "new-password-1", by: admin.actor, on: app.db)
            }
            try await commands(app).changeOwnPassword(
                current: TestDomain.adminPassword, new: "new-password-1", by: admin.actor, on: app.db)
            let reloaded = try #require(try await User.find(admin.id, on: app.db))
            #expect(try await app.hasher.verify("new-password-1", created: reloaded.passwordHash))
            #expect(try await app.auditEntries().last?.action == "user.password.change")
        }
    }

    @Test func tokensAuthenticateUntilRevoked() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let unit = try await app.makeUnit("a")
            let user = try await app.makeUser("liaison", role: .liaison, unit: unit)
            let (token, secret) = try await commands(app).createToken(
                for: user.id!, name: "同步脚本", by: user.actor, on: app.db)
            #expect(secret.hasPrefix("tx_"))
            #expect(token.tokenHash == ApiToken.hash(secret))
            #expect(try await ApiToken.authenticate(secret, now: app.clock.now, on: app.db)?.id == user.id)
            // Another liaison may not revoke it.
            let other = try await app.makeUser("other", role: .liaison, unit: unit)
            await #expect(throws: DomainError.self) {
                try await commands(app).revokeToken(token.id!, by: other.actor, on: app.db)
            }
            try await commands(app).revokeToken(token.id!, by: user.actor, on: app.db)
            #expect(try await ApiToken.authenticate(secret, now: app.clock.now, on: app.db) == nil)
            #expect(try await app.auditEntries().last?.action == "token.revoke")
        }
    }
}
