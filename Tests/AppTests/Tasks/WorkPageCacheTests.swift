import Domain
import Foundation
import TestSupport
import Testing

/// Work pages are served from a cache of rendered bodies; these tests hold it to showing
/// what a fresh page would show.
@Suite struct WorkPageCacheTests {
    @Test func aWriteOrAUnitRenameIsShownAtOnce() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await world.client(.admin)
            let taskPath = "/tasks/\(world.taskA.id!.uuidString.lowercased())"
            #expect(try await admin.get(taskPath).body.contains("请本周内报送方案") == false)
            _ = try await admin.get(taskPath)
            let instructed = try await admin.post("\(taskPath)/instructions", form: [("text", "请本周内报送方案")])
            #expect(instructed.status == 303)
            #expect(try await admin.get(taskPath).body.contains("请本周内报送方案"))

            #expect(try await admin.get("/tasks").body.contains("甲单位"))
            let renamed = try await admin.post(
                "/units/\(world.unitA.id!.uuidString.lowercased())",
                form: [("name", "甲联络单位"), ("code", "unit-a"), ("kind", "member_unit"), ("parentId", "")])
            #expect(renamed.status == 303)
            #expect(try await admin.get("/tasks").body.contains("甲联络单位"))
            #expect(try await admin.get(taskPath).body.contains("甲联络单位"))
        }
    }

    @Test func aPageCachedForOneUserIsNotShownToAnother() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await world.client(.admin)
            let liaison = try await world.client(.liaison)
            let taskB = "/tasks/\(world.taskB.id!.uuidString.lowercased())"
            #expect(try await admin.get(taskB).status == 200)
            #expect([403, 404].contains(try await liaison.get(taskB).status))
            #expect(try await admin.get("/tasks").body.contains(world.taskB.title))
            let own = try await liaison.get("/tasks")
            #expect(own.status == 200 && own.body.contains(world.taskA.title) && !own.body.contains(world.taskB.title))
        }
    }

    @Test func everySessionGetsItsOwnFormToken() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let first = try await world.client(.admin)
            let second = try await world.client(.admin)
            let taskPath = "/tasks/\(world.taskA.id!.uuidString.lowercased())"
            _ = try await first.get(taskPath)
            _ = try await second.get(taskPath)
            let firstToken = try #require(first.csrfToken)
            let secondToken = try #require(second.csrfToken)
            #expect(firstToken != secondToken)
            // Each session's token, read from the same cached page, is accepted for that session.
            #expect(try await first.post("\(taskPath)/instructions", form: [("text", "第一位")]).status == 303)
            #expect(try await second.post("\(taskPath)/instructions", form: [("text", "第二位")]).status == 303)
        }
    }
}
