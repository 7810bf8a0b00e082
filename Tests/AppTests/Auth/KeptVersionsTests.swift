import Domain
import Foundation
import TestSupport
import Testing

/// With the data versions trusted for a while (as in production), sessions and work pages are
/// served from memory; these tests hold that to showing every change made through this server
/// at once, and another process's change within the interval.
@Suite struct KeptVersionsTests {
    /// Long enough that nothing in a test is seen late merely because time passed.
    static let long = 60_000

    @Test func aPasswordResetOrSignOutEndsKeptSessionsAtOnce() async throws {
        try await withTestApp(versionCheckMilliseconds: Self.long) { (app: TestApp) async throws in
            let unit = try await app.makeUnit("a")
            let user = try await app.makeUser("wang", role: .liaison, unit: unit)
            let phone = try await app.signedInClient("wang")
            let laptop = try await app.signedInClient("wang")
            #expect(try await phone.get("/").status == 200)
            #expect(try await laptop.get("/").status == 200)
            let admin = try await app.signedInClient("admin")
            let reset = try await admin.post(
                "/users/\(user.id!.uuidString.lowercased())/password", form: [("newPassword", "brand-new-pass")])
            #expect(reset.status == 303)
            #expect(try await phone.get("/").location == "/signin")
            #expect(try await laptop.get("/").location == "/signin")

            let other = try await app.signedInClient("admin")
            let cookie = try #require(other.cookie("tongxin_session"))
            #expect(try await other.get("/tasks").status == 200)
            _ = try await other.post("/signout", form: [])
            let replayed = try await app.client().get("/tasks", headers: [("Cookie", "tongxin_session=\(cookie)")])
            #expect(
                replayed.location?.hasPrefix("/signin") == true, "a signed-out session must not be served from memory")
        }
    }

    @Test func aSendBackShowsInTheLiaisonsUnreadCountAndTheTaskPageAtOnce() async throws {
        try await withTestApp(versionCheckMilliseconds: Self.long) { (app: TestApp) async throws in
            let world = try await World.build(app)
            let liaison = try await world.client(.liaison)
            let admin = try await world.client(.admin)
            let taskPath = "/tasks/\(world.taskA.id!.uuidString.lowercased())"
            // The notice to unit A is the liaison's one message so far.
            #expect(try await liaison.get(taskPath).body.contains("消息（1）"))
            _ = try await admin.get(taskPath)
            // Through the API with a token: no session is written, so only the request itself
            // can tell the next one that the data changed.
            let token = try await app.makeToken(for: world.user(.admin))
            let returned = try await app.client().json(
                .POST, "/api/v1/reports/\(world.reportA.id!.uuidString.lowercased())/return",
                token: token, body: ["comment": "请补充数据来源"])
            #expect(returned.status == 200)
            let page = try await liaison.get(taskPath)
            #expect(page.body.contains("消息（2）"))
            #expect(page.body.contains("请补充数据来源"))
            #expect(try await admin.get(taskPath).body.contains("请补充数据来源"))
        }
    }

    @Test func anotherProcesssChangeIsSeenWithinTheInterval() async throws {
        try await withTestApp(versionCheckMilliseconds: 200) { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await world.client(.admin)
            let taskPath = "/tasks/\(world.taskA.id!.uuidString.lowercased())"
            #expect(try await admin.get(taskPath).body.contains("由另一进程写入的批示") == false)
            // A domain command on the database directly, as `tongxin` in another process would.
            _ = try await TaskCommands(clock: app.clock.appClock).instruct(
                world.taskA.id!, text: "由另一进程写入的批示",
                by: app.adminActor(), on: app.db)
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await admin.get(taskPath).body.contains("由另一进程写入的批示"))
        }
    }
}
