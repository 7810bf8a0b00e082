import Domain
import Foundation
import TestSupport
import Testing

@Suite struct UsersAPITests {
    @Test func listsAreScopedByRoleAndUnit() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            func usernames(_ role: Role) async throws -> Set<String> {
                let token = try await app.makeToken(for: world.user(role))
                let response = try await app.client().json(.GET, "/api/v1/users?per=200", token: token)
                #expect(response.status == 200)
                let items = try #require(try response.object()["items"] as? [[String: Any]])
                return Set(items.compactMap { $0["username"] as? String })
            }
            let everyone: Set = ["admin", "leader-a", "liaison-a", "member-a", "viewer-a", "viewer-b", "peer-a"]
            #expect(try await usernames(.admin) == everyone)
            #expect(try await usernames(.leader) == everyone)
            #expect(try await usernames(.liaison) == ["leader-a", "liaison-a", "member-a", "viewer-a", "peer-a"])
            #expect(try await usernames(.viewer) == ["leader-a", "liaison-a", "member-a", "viewer-a", "peer-a"])
            #expect(try await usernames(.member) == ["member-a"])
        }
    }

    @Test func filtersAndPagination() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let token = try await app.makeToken(for: world.user(.admin))
            let client = app.client()
            let byUnit = try await client.json(.GET, "/api/v1/users?unitId=\(world.unitB.id!.uuidString)", token: token)
            #expect((try byUnit.object()["total"] as? Int) == 1)
            let byRole = try await client.json(.GET, "/api/v1/users?role=viewer", token: token)
            #expect((try byRole.object()["total"] as? Int) == 3)
            let paged = try await client.json(.GET, "/api/v1/users?per=2&page=2", token: token)
            let object = try paged.object()
            #expect(
                object["total"] as? Int == 7 && object["page"] as? Int == 2 && (object["items"] as? [Any])?.count == 2)
        }
    }

    @Test func createNeverReturnsThePasswordHash() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let token = try await app.makeToken(for: try await requireUser(app, "admin"))
            let office = try await app.officeUnit()
            let response = try await app.client().json(
                .POST, "/api/v1/users", token: token,
                body: [
                    "username": "wang", "displayName": "王五", "unitId": office.id!.uuidString,
                    "role": "leader", "password": "wang-password",
                ])
            #expect(response.status == 201)
            #expect(!response.body.contains("password"))
            #expect(!response.body.contains("$2"))
            let again = try await app.client().json(
                .POST, "/api/v1/users", token: token,
                body: [
                    "username": "WANG", "displayName": "王五", "unitId": office.id!.uuidString,
                    "role": "leader", "password": "wang-password",
                ])
            #expect(again.status == 409)
        }
    }
}
