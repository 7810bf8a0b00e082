import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

@testable import App

@Suite struct SignInTests {
    func attempt(_ client: TestClient, _ username: String, _ password: String) async throws -> TestResponse {
        _ = try await client.get("/signin")
        return try await client.post("/signin", form: [("username", username), ("password", password)])
    }

    @Test func fiveFailuresForOneUsernameLockItForFifteenMinutes() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            for _ in 1...5 {
                let response = try await attempt(client, "admin", "wrong-password")
                #expect(response.status == 401)
                #expect(response.body.contains("用户名或密码不正确"))
            }
            // Even the right password is refused now, and the page says why.
            let locked = try await attempt(client, "admin", TestApp.adminPassword)
            #expect(locked.status == 429)
            #expect(locked.body.contains("登录失败次数过多"))
            #expect(locked.headers.first(name: "Retry-After") == "900")
            app.clock.advance(by: 14 * 60 + 59)
            #expect(try await attempt(client, "admin", TestApp.adminPassword).status == 429)
            app.clock.advance(by: 1)
            #expect(try await attempt(client, "admin", TestApp.adminPassword).status == 303)
        }
    }

    @Test func theSweepForgetsTriesOlderThanADay() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            for name in ["ghost1", "ghost2", "ghost3"] {
                #expect(try await attempt(client, name, "whatever-pass").status == 401)
            }
            app.clock.advance(by: 25 * 60 * 60)
            #expect(try await attempt(client, "ghost4", "whatever-pass").status == 401)
            #expect(try await attempt(client, "admin", TestApp.adminPassword).status == 303)
            try await SessionSweeper.sweep(now: app.clock.now, on: app.db)
            let kept = try await LoginAttempt.query(on: app.db).all().map(\.username).sorted()
            #expect(kept == ["admin", "ghost4"])
        }
    }

    @Test func fiveFailuresFromOneAddressLockEveryUsername() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            for name in ["a1", "a2", "a3", "a4", "a5"] {
                #expect(try await attempt(client, name, "whatever-pass").status == 401)
            }
            #expect(try await attempt(client, "admin", TestApp.adminPassword).status == 429)
        }
    }

    @Test func failuresSpreadOverMoreThanFifteenMinutesDoNotLock() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            for _ in 1...6 {
                #expect(try await attempt(client, "admin", "wrong-password").status == 401)
                app.clock.advance(by: 4 * 60)
            }
            #expect(try await attempt(client, "admin", TestApp.adminPassword).status == 303)
        }
    }

    @Test func signInRotatesTheSessionAndSetsSafeCookies() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            let form = try await client.get("/signin")
            let before = try #require(client.cookie("tongxin_session"))
            #expect(form.status == 200)
            let response = try await client.post(
                "/signin", form: [("username", "admin"), ("password", TestApp.adminPassword)])
            #expect(response.status == 303)
            let after = try #require(client.cookie("tongxin_session"))
            #expect(after != before)
            let setCookie = try #require(response.headers.first(name: "Set-Cookie")).lowercased()
            #expect(setCookie.contains("httponly"))
            #expect(setCookie.contains("samesite=lax"))
            #expect(!setCookie.contains("secure"))
            let entry = try #require(try await app.auditEntries().last)
            #expect(entry.action == "session.signin" && entry.actorName == "admin")
        }
    }

    @Test func idleSessionsExpire() async throws {
        try await withTestApp(sessionIdleMinutes: 30) { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            app.clock.advance(by: 29 * 60)
            #expect(try await client.get("/units").status == 200)
            // Activity resets the idle timer.
            app.clock.advance(by: 29 * 60)
            #expect(try await client.get("/units").status == 200)
            app.clock.advance(by: 30 * 60 + 1)
            let expired = try await client.get("/units")
            #expect(expired.status == 303)
            #expect(expired.location == "/signin?next=/units&expired=1")
            #expect(try await client.get("/signin?expired=1").body.contains("长时间未操作"))
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let response = try await client.post("/signout", form: [])
            #expect(response.status == 303)
            #expect(try await client.get("/").location == "/signin")
        }
    }

    @Test func nextParameterOnlyFollowsLocalPaths() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            _ = try await client.get("/signin")
            let evil = try await client.post(
                "/signin",
                form: [
                    ("username", "admin"), ("password", TestApp.adminPassword),
                    ("next", "//evil.example/"),
                ])
            #expect(evil.location == "/")
            let local = app.client()
            _ = try await local.get("/signin")
            let good = try await local.post(
                "/signin",
                form: [
                    ("username", "admin"), ("password", TestApp.adminPassword),
                    ("next", "/units"),
                ])
            #expect(good.location == "/units")
        }
    }

    @Test func deactivatedUsersCannotSignInAndLoseTheirSession() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let unit = try await app.makeUnit("a")
            let user = try await app.makeUser("gone", role: .viewer, unit: unit)
            let client = try await app.signedInClient("gone")
            let admin = try await requireUser(app, "admin")
            _ = try await UserCommands(clock: app.clock.appClock, hasher: app.app.tongxin.hasher)
                .update(user.id!, UserChanges(isActive: false), by: admin.actor, on: app.db)
            #expect(try await client.get("/").location == "/signin")
            #expect(try await attempt(app.client(), "gone", TestApp.adminPassword).status == 401)
        }
    }
}
