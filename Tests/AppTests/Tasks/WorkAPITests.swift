import Domain
import Foundation
import TestSupport
import Testing

@Suite struct WorkAPITests {
    @Test func planTaskReportReturnResubmitAcceptThroughTheAPI() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await app.makeToken(for: world.user(.admin))
            let liaison = try await app.makeToken(for: world.user(.liaison))
            let client = app.client()

            let plan = try await client.json(
                .POST, "/api/v1/plans", token: admin, body: ["title": "2027年工作要点", "period": "2027"])
            #expect(plan.status == 201)
            let planID = try #require(try plan.object()["id"] as? String)

            let created = try await client.json(
                .POST, "/api/v1/tasks", token: admin,
                body: [
                    "planId": planID, "title": "推进示范创建", "leadUnitId": world.unitA.id!.uuidString,
                    "coUnitIds": [world.unitB.id!.uuidString], "deadline": "2027-06-30",
                    "coUnitParts": [world.unitB.id!.uuidString.lowercased(): "配合宣传"],
                ])
            #expect(created.status == 201)
            let task = try created.object()
            let taskID = try #require(task["id"] as? String)
            #expect(task["light"] as? String == "green")
            #expect(task["status"] as? String == "not_started")
            let coUnits = try #require(task["coUnits"] as? [[String: Any]])
            #expect(coUnits.map { $0["name"] as? String } == ["乙单位"])
            #expect(coUnits.first?["part"] as? String == "配合宣传")

            let report = try await client.json(
                .POST, "/api/v1/tasks/\(taskID)/reports", token: liaison,
                body: ["text": "已制定方案", "progress": 20])
            #expect(report.status == 201)
            let reportID = try #require(try report.object()["id"] as? String)
            let returned = try await client.json(
                .POST, "/api/v1/reports/\(reportID)/return", token: admin, body: ["comment": "请补充时间表"])
            #expect(try returned.object()["status"] as? String == "returned")
            let again = try await client.json(
                .POST, "/api/v1/tasks/\(taskID)/reports", token: liaison,
                body: ["text": "已制定方案和时间表", "progress": 25, "reportId": reportID])
            #expect(again.status == 201)
            let accepted = try await client.json(.POST, "/api/v1/reports/\(reportID)/accept", token: admin)
            #expect(try accepted.object()["status"] as? String == "accepted")
            let twice = try await client.json(.POST, "/api/v1/reports/\(reportID)/accept", token: admin)
            #expect(twice.status == 409)

            let stored = try await client.json(.GET, "/api/v1/tasks/\(taskID)", token: liaison)
            #expect(try stored.object()["progress"] as? Int == 25)
            #expect(try stored.object()["status"] as? String == "in_progress")
            let reports = try await client.json(.GET, "/api/v1/tasks/\(taskID)/reports", token: admin)
            #expect(try reports.object()["total"] as? Int == 1)
        }
    }

    @Test func theTaskListFiltersByUnitLightAndStatusAndPages() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await app.makeToken(for: world.user(.admin))
            let client = app.client()
            for index in 1...30 {
                let response = try await client.json(
                    .POST, "/api/v1/tasks", token: admin,
                    body: [
                        "planId": world.plan.id!.uuidString, "title": "批量任务\(index)",
                        "leadUnitId": world.unitB.id!.uuidString,
                        "deadline": index <= 3 ? "2026-03-10" : "2026-12-31",
                        "startDay": index <= 3 ? "2026-02-01" : "",
                    ])
                #expect(response.status == 201)
            }
            func list(_ query: String, token: String) async throws -> [String: Any] {
                try await client.json(.GET, "/api/v1/tasks?\(query)", token: token).object()
            }
            let page = try await list("unitId=\(world.unitB.id!.uuidString)&per=25", token: admin)
            #expect(page["total"] as? Int == 31)
            #expect((page["items"] as? [Any])?.count == 25)
            let second = try await list("unitId=\(world.unitB.id!.uuidString)&per=25&page=2", token: admin)
            #expect((second["items"] as? [Any])?.count == 6)
            let yellow = try await list("light=yellow", token: admin)
            #expect(yellow["total"] as? Int == 3)
            let statuses = try await list("status=done", token: admin)
            #expect(statuses["total"] as? Int == 0)
            // The liaison of unit A sees A's task only, whatever they ask for.
            let liaison = try await app.makeToken(for: world.user(.liaison))
            let scoped = try await list("unitId=\(world.unitB.id!.uuidString)", token: liaison)
            #expect(scoped["total"] as? Int == 0)
            #expect(try await list("", token: liaison)["total"] as? Int == 1)

            // The page shows 25 of unit B's 31; print takes all 31, and prints as it opens.
            let office = try await world.client(.admin)
            let unitB = world.unitB.id!.uuidString.lowercased()
            func rows(_ html: String) -> Int { html.components(separatedBy: "<tr>").count - 2 }  // less the header row
            let shown = try await office.get("/tasks?unitId=\(unitB)").body
            #expect(rows(shown) == 25 && shown.contains("/tasks?unitId=\(unitB)&amp;format=print"))
            let printed = try await office.get("/tasks?unitId=\(unitB)&format=print").body
            #expect(rows(printed) == 31 && printed.contains("data-print-now") && !shown.contains("data-print-now"))
        }
    }

    @Test func badTaskBodiesGetFieldErrorsAndWriteNothing() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await app.makeToken(for: world.user(.admin))
            let before = try await WorkTask.query(on: app.db).count()
            let response = try await app.client().json(
                .POST, "/api/v1/tasks", token: admin,
                body: [
                    "planId": world.plan.id!.uuidString, "title": "", "leadUnitId": UUID().uuidString,
                    "deadline": "2026-02-30",
                ])
            #expect(response.status == 422)
            let fields = try #require((try response.object()["error"] as? [String: Any])?["fields"] as? [[String: Any]])
            #expect(Set(fields.compactMap { $0["field"] as? String }) == ["title", "deadline"])
            #expect(try await WorkTask.query(on: app.db).count() == before)
        }
    }
}
