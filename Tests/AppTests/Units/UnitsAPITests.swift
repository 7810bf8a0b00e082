import Domain
import Foundation
import TestSupport
import Testing

@Suite struct UnitsAPITests {
    func adminToken(_ app: TestApp) async throws -> String {
        try await app.makeToken(for: try await requireUser(app, "admin"))
    }

    @Test func createReadPatchAndList() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let token = try await adminToken(app)
            let client = app.client()
            let created = try await client.json(
                .POST, "/api/v1/units", token: token,
                body: ["code": "mzj", "name": "民族宗教事务局", "kind": "member_unit"])
            #expect(created.status == 201)
            let unit = try created.object()
            let id = try #require(unit["id"] as? String)
            #expect(unit["kindLabel"] as? String == "成员单位")
            #expect(unit["isActive"] as? Bool == true)
            #expect((unit["createdAt"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } != nil)

            let office = try await app.officeUnit()
            let moved = try await client.json(
                .PATCH, "/api/v1/units/\(id)", token: token,
                body: ["parentId": office.id!.uuidString, "name": "市民族宗教事务局"])
            #expect(moved.status == 200)
            #expect(try moved.object()["parentId"] as? String == office.id!.uuidString)
            let root = try await client.json(.PATCH, "/api/v1/units/\(id)", token: token, body: ["parentId": NSNull()])
            #expect(try root.object()["parentId"] == nil)

            let list = try await client.json(.GET, "/api/v1/units", token: token)
            let items = try #require(try list.object()["items"] as? [[String: Any]])
            #expect(items.map { $0["code"] as? String } == ["office", "mzj"])
            #expect(try await client.json(.GET, "/api/v1/units/\(id)", token: token).status == 200)
        }
    }

    @Test func errorsHaveTheRightStatusAndShape() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let token = try await adminToken(app)
            let client = app.client()
            func error(_ response: TestResponse) throws -> (String?, String?) {
                let detail = try response.object()["error"] as? [String: Any]
                return (detail?["code"] as? String, detail?["message"] as? String)
            }
            let malformed = try await client.request(
                .POST, "/api/v1/units", headers: [("Authorization", "Bearer \(token)")],
                body: Data("{not json".utf8), contentType: "application/json")
            #expect(malformed.status == 400)
            #expect(try error(malformed).0 == "bad_request")

            let invalid = try await client.json(
                .POST, "/api/v1/units", token: token, body: ["code": "BAD CODE", "name": "", "kind": "other"])
            #expect(invalid.status == 422)
            #expect(try error(invalid).0 == "validation_failed")
            let fields = try #require((try invalid.object()["error"] as? [String: Any])?["fields"] as? [[String: Any]])
            #expect(Set(fields.compactMap { $0["field"] as? String }) == ["code", "name"])

            let duplicate = try await client.json(
                .POST, "/api/v1/units", token: token, body: ["code": "office", "name": "重复", "kind": "other"])
            #expect(duplicate.status == 409)
            #expect(try error(duplicate).1?.contains("office") == true)

            let missing = try await client.json(.GET, "/api/v1/units/\(UUID().uuidString)", token: token)
            #expect(missing.status == 404)
            #expect(try error(missing).0 == "not_found")
            #expect(try await client.json(.GET, "/api/v1/units/not-a-uuid", token: token).status == 404)

            let unauthorized = try await client.json(.GET, "/api/v1/units", token: "tx_revoked")
            #expect(unauthorized.status == 401)
            #expect(try error(unauthorized).0 == "unauthorized")

            let viewer = try await app.makeUser("vv", role: .viewer, unit: try await app.officeUnit())
            let viewerToken = try await app.makeToken(for: viewer)
            let forbidden = try await client.json(
                .POST, "/api/v1/units", token: viewerToken, body: ["code": "x", "name": "x", "kind": "other"])
            #expect(forbidden.status == 403)
            #expect(try error(forbidden).0 == "forbidden")

            let huge = Data(("{\"name\":\"" + String(repeating: "字", count: 800_000) + "\"}").utf8)
            let tooLarge = try await client.request(
                .POST, "/api/v1/units", headers: [("Authorization", "Bearer \(token)")],
                body: huge, contentType: "application/json")
            #expect(tooLarge.status == 413)
            #expect(try error(tooLarge).0 == "payload_too_large")
            #expect(try await OrgUnit.query(on: app.db).count() == 1)
        }
    }
}
