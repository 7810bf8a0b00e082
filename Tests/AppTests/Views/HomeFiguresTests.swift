import Domain
import Foundation
import TestSupport
import Testing

/// Every figure on a home page that links to a list counts exactly the rows of that list, for
/// every role; the office's and leaders' home pages carry charts with their data tables.
@Suite struct HomeFiguresTests {
    @Test(arguments: [Role.admin, .leader, .liaison, .member, .viewer])
    func eachHomeFigureIsTheLengthOfItsList(_ role: Role) async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            // Something red for the leader to instruct on, and a report due for the liaison.
            _ = try await TaskCommands(clock: app.clock.appClock).create(
                TaskDraft(planID: world.plan.id!, title: "限期完成的任务", leadUnitID: world.unitA.id, deadline: "2026-03-10"),
                by: .system, on: app.db)
            app.clock.advance(by: 20 * 86_400)
            _ = try await ReminderJob(clock: app.clock.appClock).run(on: app.db)
            let client = try await world.client(role)
            let home = try await client.get("/").body
            let figures = home.matches(of: /<dd><a href="([^"]+)">(\d+) (?:条|项|份)<\/a><\/dd>/)
            if role != .viewer { #expect(!figures.isEmpty, "the \(role) home page shows figures") }
            for figure in figures {
                let link = String(figure.output.1).replacingOccurrences(of: "&amp;", with: "&")
                let count = Int(figure.output.2)!
                let list = try await client.get(link)
                #expect(list.status == 200, "\(link) opens")
                #expect(list.body.contains("共 \(count) 条"), "the \(role) home page counts \(count) for \(link)")
            }
            if role == .admin || role == .leader {
                for title in ["各单位未完成任务督办灯", "平均进度（逐月）", "各单位进展报送情况"] {
                    #expect(home.contains(title), "\(role) home has the chart \(title)")
                }
                #expect(home.contains("<svg class=\"chart\" role=\"img\""))
            }
        }
    }
}
