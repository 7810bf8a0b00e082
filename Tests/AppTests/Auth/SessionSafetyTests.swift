import Domain
import Fluent
import Foundation
import TestSupport
import Testing

@Suite struct SessionSafetyTests {
    @Test func requestsWithoutAnyCookieGet401OrTheSignInForm() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            let api = try await client.request(
                .POST, "/api/v1/units", body: Data("{}".utf8), contentType: "application/json")
            #expect(api.status == 401)
            let page = try await client.post("/units", form: [("name", "x")], csrf: false)
            #expect(page.status == 303 && page.location == "/signin")
        }
    }

    @Test(arguments: ["//evil.example/", "/\t/evil.example", "/\\evil.example", "https://evil.example/", "/%0A/evil"])
    func signInNeverRedirectsOffSite(next: String) async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            _ = try await client.get("/signin")
            let response = try await client.post(
                "/signin",
                form: [
                    ("username", "admin"), ("password", TestApp.adminPassword),
                    ("next", next),
                ])
            #expect(response.status == 303)
            let location = try #require(response.location)
            #expect(
                location == "/"
                    || (location.hasPrefix("/") && !location.hasPrefix("//") && !location.contains("evil.example")),
                "next=\(next) led to \(location)")
        }
    }

    @Test func theDisplaySwitchReturnsOnlyToLocalPaths() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let local = try await client.post(
                "/account/display", form: [("traditional", "1"), ("back", "/units?page=1")])
            #expect(local.location == "/units?page=1")
            let evil = try await client.post(
                "/account/display", form: [("traditional", "0"), ("back", "//evil.example")])
            #expect(evil.location == "/")
        }
    }

    @Test func aPasswordResetSignsTheUserOutEverywhere() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let unit = try await app.makeUnit("a")
            let user = try await app.makeUser("wang", role: .liaison, unit: unit)
            let phone = try await app.signedInClient("wang")
            let laptop = try await app.signedInClient("wang")
            #expect(try await phone.get("/").status == 200)
            let admin = try await app.signedInClient("admin")
            let reset = try await admin.post(
                "/users/\(user.id!.uuidString.lowercased())/password", form: [("newPassword", "brand-new-pass")])
            #expect(reset.status == 303)
            #expect(try await phone.get("/").location == "/signin")
            #expect(try await laptop.get("/").location == "/signin")
        }
    }

    @Test func changingOwnPasswordKeepsThisSessionAndEndsOthers() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let here = try await app.signedInClient("admin")
            let elsewhere = try await app.signedInClient("admin")
            let before = here.cookie("tongxin_session")
            let response = try await here.post(
                "/account/password",
                form: [
                    ("currentPassword", TestApp.adminPassword),
                    ("newPassword", "another-pass-1"),
                    ("confirmPassword", "another-pass-1"),
                ])
            #expect(response.status == 303)
            #expect(here.cookie("tongxin_session") != before)
            #expect(try await here.get("/").status == 200)
            #expect(try await elsewhere.get("/").location == "/signin")
        }
    }

    @Test func sessionKeysAreStoredOnlyAsHashes() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let key = try #require(client.cookie("tongxin_session"))
            let rows = try await StoredSession.query(on: app.db).all()
            #expect(!rows.isEmpty)
            #expect(!rows.contains { $0.keyHash == key || $0.data.contains(key) })
            #expect(rows.contains { $0.keyHash == StoredSession.hash(key) })
        }
    }

    @Test func signOutIsAudited() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            _ = try await client.post("/signout", form: [])
            let entry = try #require(try await app.auditEntries().last)
            #expect(entry.action == "session.signout" && entry.actorName == "admin")
        }
    }

    @Test func forwardedForIsIgnoredFromUntrustedPeers() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            for index in 1...5 {
                _ = try await client.get("/signin")
                let response = try await client.request(
                    .POST, "/signin", headers: [("X-Forwarded-For", "10.0.0.\(index)")],
                    body: Data("username=nobody\(index)&password=wrong-pass-1&_csrf=\(client.csrfToken!)".utf8),
                    contentType: "application/x-www-form-urlencoded")
                #expect(response.status == 401)
            }
            _ = try await client.get("/signin")
            let locked = try await client.post(
                "/signin", form: [("username", "admin"), ("password", TestApp.adminPassword)])
            #expect(locked.status == 429, "spoofed addresses must not dodge the per-address limit")
        }
    }
}
