import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct ReminderJobTests {
    func messages(_ app: TestDomain, for actor: Actor) async throws -> [String] {
        try await InboxMessage.list(for: actor, unreadOnly: false, page: PageRequest(page: 1), on: app.db).items.map(
            \.kind.rawValue
        ).sorted()
    }

    @Test func remindersGoOutOnceEvenWhenTheJobRunsAgainOrRestarts() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            _ = try await world.makeTask(deadline: "2026-03-05")  // 3 days away; the monthly report falls due on it too
            let job = ReminderJob(clock: app.clock.appClock)
            let first = try await job.run(on: app.db)
            let received = try await messages(app, for: world.liaisonA)
            #expect(first.tasks == 1 && first.reminders == 2, "\(first) \(received)")
            #expect(try await messages(app, for: world.liaisonA) == ["deadline_soon", "report_due"])
            // The co-operating unit is not chased for the lead's report.
            #expect(try await messages(app, for: world.liaisonB).isEmpty)
            #expect(try await job.run(on: app.db).reminders == 0)
            #expect(try await ReminderJob(clock: app.clock.appClock).run(on: app.db).reminders == 0)
            #expect(try await messages(app, for: world.liaisonA).count == 2)
        }
    }

    @Test func lightsFollowTheClockAndLongRedEscalatesToTheUnitsLeadersAndTheOffice() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let leader = try await app.makeUser("leader-a", role: .leader, unit: world.unitA).actor
            let task = try await world.makeTask(deadline: "2026-03-10")
            let job = ReminderJob(clock: app.clock.appClock)
            _ = try await job.run(on: app.db)
            app.clock.advance(by: 9 * 86_400)  // 2026-03-11: a day past the deadline
            let red = try await job.run(on: app.db)
            #expect(red.lightsChanged == 1)
            let stored = try #require(try await WorkTask.find(task.id, on: app.db))
            #expect(stored.light == .red && stored.redSince == "2026-03-11")
            #expect(try await messages(app, for: leader).isEmpty)
            app.clock.advance(by: 7 * 86_400)  // red for 7 days
            _ = try await job.run(on: app.db)
            #expect(try await messages(app, for: leader) == ["red_escalation"])
            #expect(try await messages(app, for: world.admin).contains("red_escalation"))
            _ = try await job.run(on: app.db)
            #expect(try await messages(app, for: leader) == ["red_escalation"])
        }
    }

    @Test func sendBacksAndNoticesReachTheUnitsInbox() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let report = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "进展", progress: 10), by: world.liaisonA, on: app.db)
            _ = try await world.reports.sendBack(report.id!, comment: "请补充数据", by: world.admin, on: app.db)
            _ = try await NoticeCommands(clock: app.clock.appClock).issue(
                NoticeDraft(
                    taskID: task.id, unitID: world.unitA.id, reason: "滞后", requiredAction: "说明", replyDue: "2026-03-20"),
                by: world.admin, on: app.db)
            #expect(try await messages(app, for: world.liaisonA) == ["notice_issued", "report_returned"])
            #expect(try await InboxMessage.unreadCount(for: world.liaisonA, on: app.db) == 2)
            let message = try #require(
                try await InboxMessage.list(
                    for: world.liaisonA, unreadOnly: true, page: PageRequest(page: 1),
                    on: app.db
                ).items.first)
            await #expect(throws: DomainError.notFound("找不到这条消息")) {
                try await InboxCommands(clock: app.clock.appClock).markRead(message.id!, by: world.liaisonB, on: app.db)
            }
            _ = try await InboxCommands(clock: app.clock.appClock).markRead(message.id!, by: world.liaisonA, on: app.db)
            #expect(try await InboxMessage.unreadCount(for: world.liaisonA, on: app.db) == 1)
        }
    }

    @Test func robotAddressesMustBeTheVendorsOwn() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let commands = WebhookCommands(clock: app.clock.appClock)
            for url in [
                "http://oapi.dingtalk.com/robot/send?access_token=x", "https://127.0.0.1/robot",
                "https://evil.example/oapi.dingtalk.com",
            ] {
                await #expect(throws: DomainError.self) {
                    try await commands.set(
                        unitID: world.unitA.id!, kind: .dingtalk, url: url, by: world.admin, on: app.db)
                }
            }
            try await commands.set(
                unitID: world.unitA.id!, kind: .wecom, url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
                by: world.admin, on: app.db)
            #expect(try await UnitWebhook.query(on: app.db).first()?.kind == .wecom)
            await #expect(throws: DomainError.self) {
                try await commands.set(unitID: world.unitA.id!, kind: .wecom, url: "", by: world.liaisonA, on: app.db)
            }
            try await commands.set(unitID: world.unitA.id!, kind: .wecom, url: "", by: world.admin, on: app.db)
            #expect(try await UnitWebhook.query(on: app.db).count() == 0)
        }
    }
}
