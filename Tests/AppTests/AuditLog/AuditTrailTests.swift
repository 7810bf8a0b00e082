import Domain
import Fluent
import Foundation
import TestSupport
import Testing

/// Every write of the foundation leaves exactly one audit entry with the right actor and changes.
@Suite struct AuditTrailTests {
    /// Runs `write` and returns the single entry it added.
    func onlyEntry(_ app: TestApp, _ write: () async throws -> TestResponse) async throws -> AuditEntry {
        let before = try await app.auditEntries().count
        let response = try await write()
        #expect((200..<400).contains(response.status), "write failed: \(response.status) \(response.body.prefix(300))")
        let entries = try await app.auditEntries()
        #expect(entries.count == before + 1, "expected exactly one new entry, got \(entries.count - before)")
        return try #require(entries.last)
    }

    @Test func eachWriteThroughPagesAndAPIIsAuditedOnce() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await world.client(.admin)
            let adminToken = try await app.makeToken(for: world.user(.admin))
            let unitB = AccessCases.id(world.unitB)

            var entry = try await onlyEntry(app) {
                try await admin.post(
                    "/units", form: [("name", "统战部"), ("code", "tzb"), ("kind", "member_unit"), ("parentId", "")])
            }
            #expect(entry.action == "unit.create" && entry.actorName == "admin")
            #expect(entry.changes["code"] == AuditChange(before: nil, after: "tzb"))
            let tzb = try #require(try await OrgUnit.find(code: "tzb", on: app.db))

            entry = try await onlyEntry(app) {
                try await admin.post(
                    "/units/\(AccessCases.id(tzb))",
                    form: [
                        ("name", "市委统战部"), ("code", "tzb"),
                        ("kind", "member_unit"), ("parentId", unitB),
                    ])
            }
            #expect(entry.action == "unit.move")
            #expect(entry.changes["name"] == AuditChange(before: "统战部", after: "市委统战部"))
            #expect(entry.changes["parentId"]?.after == world.unitB.id!.uuidString)

            entry = try await onlyEntry(app) {
                try await admin.json(
                    .PATCH, "/api/v1/units/\(AccessCases.id(tzb))", token: adminToken, body: ["name": "统战部"])
            }
            #expect(entry.action == "unit.update" && entry.changes.keys.sorted() == ["name"])

            entry = try await onlyEntry(app) {
                try await admin.post("/units/\(unitB)/reorder", form: [("direction", "up")])
            }
            #expect(entry.action == "unit.reorder")

            entry = try await onlyEntry(app) {
                try await admin.post("/units/\(AccessCases.id(tzb))/deactivate", form: [])
            }
            #expect(
                entry.action == "unit.deactivate"
                    && entry.changes["isActive"] == AuditChange(before: "true", after: "false"))
            entry = try await onlyEntry(app) {
                try await admin.post("/units/\(AccessCases.id(tzb))/activate", form: [])
            }
            #expect(entry.action == "unit.activate")

            entry = try await onlyEntry(app) {
                try await admin.post(
                    "/users",
                    form: [
                        ("username", "zhang"), ("displayName", "张三"), ("unitId", unitB),
                        ("role", "liaison"), ("password", "zhang-password"),
                    ])
            }
            #expect(entry.action == "user.create" && entry.subjectLabel == "zhang")
            let zhang = try await requireUser(app, "zhang")
            let zhangID = AccessCases.id(zhang)

            entry = try await onlyEntry(app) {
                try await admin.post(
                    "/users/\(zhangID)",
                    form: [
                        ("displayName", "张三丰"), ("unitId", unitB), ("role", "viewer"),
                        ("isActive", "1"),
                    ])
            }
            #expect(entry.action == "user.update")
            #expect(
                entry.changes == [
                    "displayName": AuditChange(before: "张三", after: "张三丰"),
                    "role": AuditChange(before: "liaison", after: "viewer"),
                ])

            entry = try await onlyEntry(app) {
                try await admin.json(.PATCH, "/api/v1/users/\(zhangID)", token: adminToken, body: ["isActive": false])
            }
            #expect(entry.changes == ["isActive": AuditChange(before: "true", after: "false")])

            entry = try await onlyEntry(app) {
                try await admin.post("/users/\(zhangID)/password", form: [("newPassword", "reset-password-1")])
            }
            #expect(entry.action == "user.password.reset")
            #expect(entry.changes["password"] == AuditChange(before: "***", after: "***"))

            entry = try await onlyEntry(app) {
                try await admin.json(
                    .POST, "/api/v1/users", token: adminToken,
                    body: [
                        "username": "li", "displayName": "李四", "unitId": world.unitA.id!.uuidString,
                        "role": "member", "password": "li-password-1",
                    ])
            }
            #expect(entry.action == "user.create" && entry.actorName == "admin")

            let liaison = try await world.client(.liaison)
            entry = try await onlyEntry(app) {
                try await liaison.post(
                    "/account/password",
                    form: [
                        ("currentPassword", World.password), ("newPassword", "changed-pass-1"),
                        ("confirmPassword", "changed-pass-1"),
                    ])
            }
            #expect(entry.action == "user.password.change" && entry.actorName == "liaison-a")
            // The change started a fresh session (new CSRF token); a browser follows the redirect.
            #expect(try await liaison.get("/").status == 200)

            entry = try await onlyEntry(app) {
                try await liaison.post("/account/display", form: [("traditional", "1")])
            }
            #expect(entry.action == "user.display" && entry.changes["prefersTraditional"]?.after == "true")

            let me = AccessCases.id(world.user(.liaison))
            entry = try await onlyEntry(app) { try await liaison.post("/users/\(me)/tokens", form: [("name", "同步")]) }
            #expect(entry.action == "token.create" && entry.actorName == "liaison-a")
            let token = try #require(try await ApiToken.query(on: app.db).filter(\.$name == "同步").first())
            entry = try await onlyEntry(app) {
                try await liaison.post("/tokens/\(token.id!.uuidString.lowercased())/revoke", form: [])
            }
            #expect(entry.action == "token.revoke")
        }
    }

    @Test func theAuditLogHasNoRouteThatChangesIt() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let auditRoutes = app.app.routes.all.filter { $0.path.map(\.description).contains("audit") }
            #expect(!auditRoutes.isEmpty)
            #expect(auditRoutes.allSatisfy { $0.method == .GET })
        }
    }

    @Test func theAuditPageAndAPIFilter() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let admin = try await app.signedInClient("admin")
            _ = try await admin.post(
                "/units", form: [("name", "统战部"), ("code", "tzb"), ("kind", "member_unit"), ("parentId", "")])
            let token = try await app.makeToken(for: try await requireUser(app, "admin"))
            let response = try await admin.json(.GET, "/api/v1/audit?action=unit.&actor=admin", token: token)
            #expect(response.status == 200)
            let list = try response.object()
            let items = try #require(list["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items.first?["action"] as? String == "unit.create")
            let page = try await admin.get("/audit?action=unit.create&actor=admin")
            #expect(page.status == 200 && page.body.contains("统战部") && page.body.contains("共 1 条"))
        }
    }
}
