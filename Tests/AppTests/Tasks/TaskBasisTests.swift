import Domain
import Foundation
import TestSupport
import Testing

/// A task cites the meeting and the document it comes from (依据); the responsibility table
/// shows them on the page and in its exports, and a cited meeting or document stays.
@Suite struct TaskBasisTests {
    @Test func aTaskCitesItsMeetingAndDocumentInTheResponsibilityTable() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await app.makeToken(for: world.user(.admin))
            let client = app.client()
            let meeting = try await client.json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "全市优化营商环境推进会", "day": "2026-03-12", "kind": "progress",
                ]
            ).object()
            let meetingID = try #require(meeting["id"] as? String)
            let document = try await client.json(
                .POST, "/api/v1/documents", token: admin,
                body: [
                    "title": "关于进一步优化营商环境的实施意见", "number": "示办发〔2026〕7号", "kind": "opinion", "meetingId": meetingID,
                ]
            ).object()
            let documentID = try #require(document["id"] as? String)
            let created = try await client.json(
                .POST, "/api/v1/tasks", token: admin,
                body: [
                    "planId": world.plan.id!.uuidString, "title": "压减企业开办时间至1个工作日",
                    "leadUnitId": world.unitA.id!.uuidString,
                    "deadline": "2026-09-30", "sourceMeetingId": meetingID, "sourceDocumentId": documentID,
                ])
            #expect(created.status == 201, "\(created.body)")
            let taskID = try #require(try created.object()["id"] as? String)
            let task = try await client.json(.GET, "/api/v1/tasks/\(taskID)", token: admin).object()
            #expect(
                task["sourceMeetingId"] as? String == meetingID && task["sourceDocumentId"] as? String == documentID)
            #expect(task["basis"] as? String == "《关于进一步优化营商环境的实施意见》（示办发〔2026〕7号）；全市优化营商环境推进会（2026-03-12）")

            let plan = world.plan.id!.uuidString.lowercased()
            let page = try await world.client(.admin).get("/plans/\(plan)")
            #expect(page.body.contains("<th scope=\"col\">依据</th>"))
            #expect(page.body.contains("href=\"/documents/\(documentID.lowercased())\">《关于进一步优化营商环境的实施意见》"))
            #expect(page.body.contains("href=\"/meetings/\(meetingID.lowercased())\">全市优化营商环境推进会（2026-03-12）"))
            let csv = try await world.client(.admin).get("/plans/\(plan)/responsibility.csv")
            #expect(csv.body.contains("依据") && csv.body.contains("《关于进一步优化营商环境的实施意见》（示办发〔2026〕7号）"))

            // The liaison of the lead unit sees the basis on the task's page.
            let taskPage = try await world.client(.liaison).get("/tasks/\(taskID.lowercased())")
            #expect(taskPage.body.contains("依据") && taskPage.body.contains("全市优化营商环境推进会（2026-03-12）"))

            // A cited meeting or document is not deleted from under the task.
            let deleteDocument = try await client.json(.DELETE, "/api/v1/documents/\(documentID)", token: admin)
            #expect(deleteDocument.status == 409 && deleteDocument.body.contains("有任务以这份文件为依据"))
            #expect(try await client.json(.DELETE, "/api/v1/meetings/\(meetingID)", token: admin).status == 409)
            #expect(try await client.json(.GET, "/api/v1/documents/\(documentID)", token: admin).status == 200)
            // On the page, the refusal comes back to the document with the reason.
            let office = try await world.client(.admin)
            let documentPage = "/documents/\(documentID.lowercased())"
            let refused = try await office.post("\(documentPage)/delete", form: [("confirm", "1")])
            #expect(refused.status == 303 && refused.location == documentPage)
            let shown = try await office.get(documentPage).body
            #expect(shown.contains("flash-error") && shown.contains("有任务以这份文件为依据"))
            #expect(
                try await office.post("/meetings/\(meetingID.lowercased())/delete", form: [("confirm", "1")]).location
                    == "/meetings/\(meetingID.lowercased())")
        }
    }

    @Test func aMissingMeetingOrDocumentIsRefusedAndNothingIsWritten() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await app.makeToken(for: try requireUser(app, "admin"))
            let before = try await WorkTask.query(on: app.db).count()
            let refused = try await app.client().json(
                .POST, "/api/v1/tasks", token: admin,
                body: [
                    "planId": world.plan.id!.uuidString, "title": "一项任务", "leadUnitId": world.unitA.id!.uuidString,
                    "deadline": "2026-09-30", "sourceMeetingId": UUID().uuidString,
                    "sourceDocumentId": UUID().uuidString,
                ])
            #expect(refused.status == 422)
            #expect(refused.body.contains("依据的会议不存在") && refused.body.contains("依据的文件不存在"))
            #expect(try await WorkTask.query(on: app.db).count() == before)
        }
    }

    @Test func theTaskFormCitesADocument() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let form = try await office.get("/tasks/new?planId=\(world.plan.id!.uuidString.lowercased())")
            #expect(form.body.contains("依据文件") && form.body.contains(world.document.title))
            let posted = try await office.post(
                "/tasks",
                form: [
                    ("planId", world.plan.id!.uuidString.lowercased()), ("title", "按文件落实的任务"),
                    ("leadUnitId", world.unitA.id!.uuidString.lowercased()), ("deadline", "2026-10-31"),
                    ("reportFrequency", "monthly"),
                    ("sourceDocumentId", world.document.id!.uuidString.lowercased()), ("sourceMeetingId", ""),
                ])
            #expect(posted.status == 303, "\(posted.body)")
            let page = try await office.get(try #require(posted.headers.first(name: "Location")))
            #expect(page.body.contains("依据") && page.body.contains("《\(world.document.title)》"))
        }
    }
}
