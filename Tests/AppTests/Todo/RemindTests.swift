import Domain
import Foundation
import TestSupport
import Testing

/// 催报: the office reminds a unit to report in one click, once a day per task and unit.
@Suite struct RemindTests {
    @Test func theOfficeRemindsAUnitOnceADay() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let path = "/api/v1/tasks/\(world.taskA.id!.uuidString)/remind"
            let first = try await office.json(.POST, path, token: nil, body: [String: Any]())
            #expect(first.status == 200, "\(first.body)")
            #expect(try first.object()["unitName"] as? String == "甲单位")

            let liaison = try await world.client(.liaison)
            let inbox = try await liaison.json(.GET, "/api/v1/inbox", token: nil).object()
            let reminders = (inbox["items"] as? [[String: Any]] ?? []).filter {
                $0["kind"] as? String == "report_reminder"
            }
            #expect(reminders.count == 1)
            #expect((reminders.first?["title"] as? String)?.contains("甲单位牵头的任务") == true)

            let again = try await office.json(.POST, path, token: nil, body: [String: Any]())
            #expect(again.status == 409)
            #expect(again.body.contains("今天已向甲单位催报过"))
            // The page's button comes back where it was pressed, saying why nothing went out.
            let page = try await office.post(
                "/tasks/\(world.taskA.id!.uuidString.lowercased())/remind", form: [("back", "/tasks/overdue")])
            #expect(page.status == 303 && page.location == "/tasks/overdue")
            #expect(try await office.get("/tasks/overdue").body.contains("今天已向甲单位催报过"))

            let history = try await office.get("/tasks/\(world.taskA.id!.uuidString.lowercased())").body
            #expect(history.contains("向甲单位催报进展"))

            app.clock.advance(by: 86_400)
            // A day later the sessions have run out: sign in again.
            let (officeLater, liaisonLater) = (try await world.client(.admin), try await world.client(.liaison))
            #expect(try await officeLater.json(.POST, path, token: nil, body: [String: Any]()).status == 200)
            // Only units of the task, and only the office.
            let stranger = try await officeLater.json(
                .POST, path, token: nil, body: ["unitId": world.unitB.id!.uuidString])
            #expect(stranger.status == 422 && stranger.body.contains("unitId"))
            #expect(try await liaisonLater.json(.POST, path, token: nil, body: [String: Any]()).status == 403)
        }
    }
}
