import Domain
import Foundation
import TestSupport
import Testing

/// 待办: each role's queue holds what waits for its move, the office hears when work arrives,
/// and every count shown (top bar, home page) is the length of the list it opens.
@Suite struct TodoTests {
    /// The caller's to-do through the API: the lines, and the count of each kind.
    static func todo(_ client: TestClient) async throws -> (items: [[String: Any]], counts: [String: Int]) {
        let response = try await client.json(.GET, "/api/v1/todo", token: nil)
        #expect(response.status == 200, "\(response.body)")
        let object = try response.object()
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(object["total"] as? Int == items.count)
        var counts: [String: Int] = [:]
        for count in try #require(object["counts"] as? [[String: Any]]) {
            counts[try #require(count["kind"] as? String)] = count["count"] as? Int
        }
        return (items, counts)
    }

    static func lines(_ items: [[String: Any]], _ kind: String) -> [[String: Any]] {
        items.filter { $0["kind"] as? String == kind }
    }

    @Test func theOfficeQueueFillsAsUnitsMoveAndEmptiesAsTheOfficeDoes() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            var (items, counts) = try await Self.todo(office)
            let reports = Self.lines(items, "report_to_review")
            #expect(reports.count == 2, "both units' reports wait for review")
            #expect(reports.contains { $0["link"] as? String == "/tasks/\(world.taskA.id!.uuidString.lowercased())" })
            #expect(counts["notice_to_close"] == nil)

            // The office's group robot hears of arrivals too, as units' robots do.
            try await WebhookCommands(clock: app.clock.appClock).set(
                unitID: world.office.id!, kind: .dingtalk,
                url: "https://oapi.dingtalk.com/robot/send?access_token=office",
                by: .system, on: app.db)
            let liaison = try await world.client(.liaison)
            let answered = try await liaison.json(
                .POST, "/api/v1/notices/\(world.noticeA.id!.uuidString)/answer", token: nil, body: ["text": "已制定赶进措施"])
            #expect(answered.status == 200, "\(answered.body)")
            let submitted = try await liaison.json(
                .POST, "/api/v1/rectification/\(world.itemA.id!.uuidString)/submit", token: nil,
                body: ["measures": "已补齐台账", "evidence": "台账扫描件"])
            #expect(submitted.status == 200, "\(submitted.body)")
            (items, counts) = try await Self.todo(office)
            #expect(Self.lines(items, "notice_to_close").first?["subjectId"] as? String == world.noticeA.id!.uuidString)
            #expect(Self.lines(items, "item_to_sign_off").count == 1)

            // The office heard of each arrival in its inbox.
            let inbox = try await office.json(.GET, "/api/v1/inbox", token: nil).object()
            let kinds = Set((inbox["items"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
            #expect(kinds.isSuperset(of: ["report_submitted", "notice_answered", "rectification_submitted"]))
            let robot = try await WebhookDelivery.query(on: app.db).all().map(\.payload)
            #expect(robot.contains { $0.contains("督办单已答复") } && robot.contains { $0.contains("整改待销号") })

            // Oldest first.
            let since = items.compactMap { $0["since"] as? String }
            #expect(since == since.sorted())

            // Clearing them from the office's side empties the lines.
            #expect(
                try await office.json(.POST, "/api/v1/reports/\(world.reportA.id!.uuidString)/accept", token: nil)
                    .status
                    == 200)
            #expect(
                try await office.json(.POST, "/api/v1/notices/\(world.noticeA.id!.uuidString)/close", token: nil).status
                    == 200)
            (items, counts) = try await Self.todo(office)
            #expect(Self.lines(items, "report_to_review").count == 1)
            #expect(counts["notice_to_close"] == nil)

            // The top bar shows the whole count, and each home figure opens a list of that length.
            let home = try await office.get("/").body
            #expect(home.contains("待办（\(items.count)）"))
            for (kind, count) in counts {
                #expect(home.contains("<a href=\"/todo?kind=\(kind)\">\(count) 条</a>"), "home figure for \(kind)")
                let list = try await office.get("/todo?kind=\(kind)").body
                #expect(list.contains("共 \(count) 条"), "the list behind \(kind)")
            }
        }
    }

    @Test func aUnitSeesOnlyItsOwnMovesAndASendBack() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let liaison = try await world.client(.liaison)
            var (items, _) = try await Self.todo(liaison)
            #expect(
                Self.lines(items, "notice_to_answer").map { $0["subjectId"] as? String } == [
                    world.noticeA.id!.uuidString
                ])
            #expect(Self.lines(items, "item_to_rectify").count == 1)
            #expect(!items.contains { ($0["title"] as? String)?.contains("乙单位") == true })
            #expect(Self.lines(items, "report_returned").isEmpty)

            let office = try await world.client(.admin)
            let returned = try await office.json(
                .POST, "/api/v1/reports/\(world.reportA.id!.uuidString)/return", token: nil, body: ["comment": "请补充数据"])
            #expect(returned.status == 200, "\(returned.body)")
            (items, _) = try await Self.todo(liaison)
            let sentBack = Self.lines(items, "report_returned")
            #expect(sentBack.count == 1 && sentBack.first?["detail"] as? String == "请补充数据")
            // A new report (not a revision of the returned one), once accepted, answers the send-back.
            let again = try await liaison.json(
                .POST, "/api/v1/tasks/\(world.taskA.id!.uuidString)/reports", token: nil,
                body: ["text": "已补充数据", "progress": 20])
            #expect(again.status == 201, "\(again.body)")
            let newID = try #require(try again.object()["id"] as? String)
            #expect(try await office.json(.POST, "/api/v1/reports/\(newID)/accept", token: nil).status == 200)
            (items, _) = try await Self.todo(liaison)
            #expect(Self.lines(items, "report_returned").isEmpty, "the accepted report answered the send-back")
            // Viewers have no moves of their own.
            #expect(try await Self.todo(try await world.client(.viewer)).items.isEmpty)
        }
    }

    @Test func aLeaderSeesRedTasksUntilAnInstructionIsWritten() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let late = try await TaskCommands(clock: app.clock.appClock).create(
                TaskDraft(planID: world.plan.id!, title: "限期完成的任务", leadUnitID: world.unitA.id, deadline: "2026-03-10"),
                by: .system, on: app.db)
            app.clock.advance(by: 20 * 86_400)
            _ = try await ReminderJob(clock: app.clock.appClock).run(on: app.db)
            let leader = try await world.client(.leader)
            var (items, _) = try await Self.todo(leader)
            let waiting = Self.lines(items, "task_to_instruct")
            #expect(waiting.contains { $0["subjectId"] as? String == late.id!.uuidString })
            let instructed = try await leader.json(
                .POST, "/api/v1/tasks/\(late.id!.uuidString)/instructions", token: nil, body: ["text": "请加快进度，月底前完成。"])
            #expect(instructed.status == 200, "\(instructed.body)")
            (items, _) = try await Self.todo(leader)
            #expect(
                !Self.lines(items, "task_to_instruct").contains { $0["subjectId"] as? String == late.id!.uuidString })
        }
    }

    @Test func anUnknownKindIsRefusedWithTheAllowedValues() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            let response = try await client.json(.GET, "/api/v1/todo?kind=everything", token: nil)
            #expect(response.status == 422 || response.status == 400)
            #expect(response.body.contains("kind") && response.body.contains("report_to_review"))
        }
    }
}
