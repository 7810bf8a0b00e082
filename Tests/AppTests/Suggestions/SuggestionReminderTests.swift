import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

/// Answers falling due and overdue remind the lead unit once each, and overdue ones show in the list.
@Suite struct SuggestionReminderTests {
    @Test func theLeadUnitIsRemindedOnceBeforeAndOnceAfterTheDueDay() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let party = try await app.makeUnit("mj", name: "民建示范市委会")
            let unit = try await app.makeUnit("fgw", name: "市发展改革委")
            let author = try await app.makeUser("member-x1", role: .member, unit: party).actor
            let liaison = try await app.makeUser("li-fgw", role: .liaison, unit: unit)
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let id = try await commands.create(
                SuggestionDraft(title: "关于停车难的建议", body: "内容", category: "livelihood"), authorID: nil,
                by: author, on: app.db
            ).requireID()
            _ = try await commands.submit(id, cosigners: [], by: author, on: app.db)
            _ = try await commands.accept(id, isKey: false, by: .system, on: app.db)
            _ = try await commands.route(id, lead: unit.id!, coUnits: [], due: "2026-03-10", by: .system, on: app.db)
            let reminders = SuggestionReminders(clock: app.clock.appClock)
            func kinds() async throws -> [NotificationKind] {
                try await InboxMessage.query(on: app.db).filter(\.$user.$id == liaison.id!).all().map(\.kind)
            }
            #expect(try await reminders.run(on: app.db) == 0, "2026-03-02: eight days ahead")
            app.clock.advance(by: 6 * 86_400)  // 03-08: due within 3 days
            #expect(try await reminders.run(on: app.db) == 1)
            #expect(try await reminders.run(on: app.db) == 0, "once")
            let token = try await app.makeToken(for: try await requireUser(app, "admin"))
            #expect(
                try await app.client().json(.GET, "/api/v1/suggestions?overdue=true", token: token).object()["total"]
                    as? Int == 0)
            app.clock.advance(by: 3 * 86_400)  // 03-11: overdue
            #expect(try await reminders.run(on: app.db) == 1)
            #expect(
                try await kinds().sorted { $0.rawValue < $1.rawValue } == [
                    .suggestionDue, .suggestionOverdue, .suggestionRouted,
                ])
            #expect(
                try await app.client().json(.GET, "/api/v1/suggestions?overdue=true", token: token).object()["total"]
                    as? Int == 1)
            let list = try await app.signedInClient("admin").get("/suggestions?overdue=1")
            #expect(list.body.contains("关于停车难的建议"))
            // Answered: no more reminders, and no longer overdue.
            _ = try await commands.answer(id, text: "已增设停车位。", answerClass: "A", by: liaison.actor, on: app.db)
            app.clock.advance(by: 86_400)
            #expect(try await reminders.run(on: app.db) == 0)
            #expect(
                try await app.client().json(.GET, "/api/v1/suggestions?overdue=true", token: token).object()["total"]
                    as? Int == 0)
        }
    }
}
