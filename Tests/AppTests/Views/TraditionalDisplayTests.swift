import Domain
import Foundation
import TestSupport
import Testing

/// The 繁 view converts characters only, so official mainland terms keep their words, and it
/// converts what users wrote on the page along with the rest.
@Suite struct TraditionalDisplayTests {
    typealias Fixture = SuggestionFollowUpAPITests

    @Test func mainlandTermsKeepTheirWordsOnTheTaskListAndASuggestion() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Fixture.setup(app)
            let plan = try await PlanCommands(clock: app.clock.appClock).create(
                NewPlan(title: "年度工作要点", period: "2026"), by: .system, on: app.db)
            _ = try await TaskCommands(clock: app.clock.appClock).create(
                TaskDraft(planID: plan.id!, title: "创建民族团结示范文件库", leadUnitID: s.leadUnit.id, deadline: "2026-12-31"),
                by: .system, on: app.db)
            let created = try await s.client.json(
                .POST, "/api/v1/suggestions", token: s.author,
                body: ["title": "关于创建文件共享平台的建议", "body": "建议创建统一的文件共享平台，支持各单位发布信息。", "category": "livelihood"])
            let id = try #require(try created.object()["id"] as? String)
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/suggestions/\(id)/submit", token: s.author, body: [String: Any]()
                ).status == 200)

            let client = try await app.signedInClient("admin")
            let simplifiedList = try await client.get("/tasks").body
            let simplifiedSuggestion = try await client.get("/suggestions/\(id)").body
            #expect(simplifiedList.contains("创建民族团结示范文件库"))
            #expect(simplifiedSuggestion.contains("支持各单位发布信息"))

            _ = try await client.post("/account/display", form: [("traditional", "1")])
            let list = try await client.get("/tasks").body
            #expect(list.contains("創建民族團結示範文件庫"), "the task title is shown in Traditional characters")
            #expect(!list.contains("建立") && !list.contains("檔案"))
            let suggestion = try await client.get("/suggestions/\(id)").body
            #expect(suggestion.contains("關於創建文件共享平臺的建議"))
            #expect(suggestion.contains("支持各單位發佈信息"), "the body the member wrote is converted with the page")
            #expect(!suggestion.contains("建立") && !suggestion.contains("檔案") && !suggestion.contains("支援"))
        }
    }
}
