import Domain
import Fluent
import Foundation
import TestSupport
import Testing

@Suite struct CSRFTests {
    @Test func formPostWithoutTokenIsRefusedAndChangesNothing() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let units = try await OrgUnit.query(on: app.db).count()
            let entries = try await app.auditEntries().count
            let form = [("name", "伪造单位"), ("code", "forged"), ("kind", "other"), ("parentId", "")]
            let missing = try await client.post("/units", form: form, csrf: false)
            #expect(missing.status == 403)
            #expect(missing.body.contains("请刷新页面后重试"))
            let wrong = try await client.post(
                "/units", form: form + [("_csrf", String(repeating: "0", count: 64))], csrf: false)
            #expect(wrong.status == 403)
            #expect(try await OrgUnit.query(on: app.db).count() == units)
            #expect(try await app.auditEntries().count == entries)
            // The same form with the page's token goes through.
            #expect(try await client.post("/units", form: form).status == 303)
            #expect(try await OrgUnit.query(on: app.db).count() == units + 1)
        }
    }

    @Test func signInItselfNeedsTheToken() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = app.client()
            _ = try await client.get("/signin")
            let response = try await client.post(
                "/signin", form: [("username", "admin"), ("password", TestApp.adminPassword)], csrf: false)
            #expect(response.status == 403)
            #expect(client.cookie("tongxin_session") != nil)
        }
    }

    @Test func sessionAPICallsNeedTheHeaderButTokenCallsDoNot() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let body: [String: Any] = ["code": "via-session", "name": "会话单位", "kind": "other"]
            let noHeader = try await client.request(
                .POST, "/api/v1/units", body: try JSONSerialization.data(withJSONObject: body),
                contentType: "application/json")
            #expect(noHeader.status == 403)
            #expect(try noHeader.object()["error"] != nil)
            #expect(try await client.json(.POST, "/api/v1/units", token: nil, body: body).status == 201)
            let admin = try await requireUser(app, "admin")
            let token = try await app.makeToken(for: admin)
            let viaToken = try await app.client().json(
                .POST, "/api/v1/units", token: token,
                body: ["code": "via-token", "name": "令牌单位", "kind": "other"])
            #expect(viaToken.status == 201)
        }
    }
}
