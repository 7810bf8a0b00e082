import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

/// Invited units report how they relayed a meeting (传达落实) by its due day; missing ones
/// show as overdue, in the list, on the meeting page and in the unit's inbox.
@Suite struct MeetingRelayTests {
    @Test func aMissingRelayTurnsOverdueAndIsRemindedUntilTheUnitReports() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)  // the meeting of 2026-02-20 invites unit A, relays due 2026-03-10
            let meetingID = world.meeting.id!.uuidString.lowercased()
            let liaisonA = try await app.makeToken(for: world.user(.liaison))
            let liaisonB = try await app.makeToken(
                for: try await app.makeUser("li-b", role: .liaison, unit: world.unitB))
            let admin = try await app.makeToken(for: world.user(.admin))
            let client = app.client()

            let pending = try await client.json(.GET, "/api/v1/relays", token: admin).array()
            #expect(pending.count == 1 && pending.first?["state"] as? String == "pending")
            #expect(
                try await client.json(
                    .POST, "/api/v1/meetings/\(meetingID)/relay", token: liaisonB,
                    body: ["relayedOn": "2026-03-01", "text": "传达学习"]
                ).status == 403)
            let empty = try await client.json(
                .POST, "/api/v1/meetings/\(meetingID)/relay", token: liaisonA,
                body: ["relayedOn": "2026-03-01", "text": "  "])
            #expect(empty.status == 422 && empty.body.contains("请填写传达落实情况"))
            let future = try await client.json(
                .POST, "/api/v1/meetings/\(meetingID)/relay", token: liaisonA,
                body: ["relayedOn": "2026-03-05", "text": "传达学习"])
            #expect(future.status == 422 && future.body.contains("不能晚于今天"))
            let before = try await client.json(
                .POST, "/api/v1/meetings/\(meetingID)/relay", token: liaisonA,
                body: ["relayedOn": "2026-02-19", "text": "传达学习"])
            #expect(before.status == 422 && before.body.contains("不能早于会议日期"))

            app.clock.advance(by: 9 * 86_400)  // 2026-03-11: a day past due
            let overdue = try await client.json(.GET, "/api/v1/relays?overdue=true", token: admin).array()
            #expect(overdue.count == 1)
            #expect(
                overdue.first?["state"] as? String == "overdue" && overdue.first?["stateLabel"] as? String == "逾期 1 天")
            let list = try await world.client(.admin).get("/relays?overdue=1")
            #expect(list.body.contains("pill-red") && list.body.contains("逾期 1 天") && list.body.contains("甲单位"))
            // Like attendance answers, every reader sees every unit's relays.
            let otherUnit = try await app.makeToken(for: world.userB)
            #expect(try await client.json(.GET, "/api/v1/relays", token: otherUnit).array().count == 1)
            // A meeting not held yet asks nothing of anyone yet.
            _ = try await client.json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "下月推进会", "day": "2026-04-15", "relayDue": "2026-04-25",
                    "invitedUnitIds": [world.unitA.id!.uuidString],
                ])
            #expect(try await client.json(.GET, "/api/v1/relays", token: admin).array().count == 1)

            let scheduler = MeetingScheduler(clock: app.clock.appClock)
            #expect(try await scheduler.remindRelays(on: app.db) == 1)
            #expect(try await scheduler.remindRelays(on: app.db) == 0, "each reminder goes out once")
            let messages = try await InboxMessage.query(on: app.db).filter(\.$user.$id == world.user(.liaison).id!)
                .all()
            #expect(messages.contains { $0.kind == .relayOverdue && $0.title.contains(world.meeting.name) })

            let reported = try await client.json(
                .POST, "/api/v1/meetings/\(meetingID)/relay", token: liaisonA,
                body: ["relayedOn": "2026-03-11", "text": "3月11日召开党组会议传达学习会议精神，制定落实措施5条"])
            #expect(reported.status == 200, "\(reported.body)")
            let invitation = try #require((try reported.object()["invitations"] as? [[String: Any]])?.first)
            #expect(
                invitation["relayState"] as? String == "reported" && invitation["relayedOn"] as? String == "2026-03-11")
            #expect(try await client.json(.GET, "/api/v1/relays?overdue=true", token: admin).array().isEmpty)
            let page = try await world.client(.viewer).get("/meetings/\(meetingID)")
            #expect(page.body.contains("已报送") && page.body.contains("制定落实措施5条"))
            #expect(try await app.auditEntries().filter { $0.action == "meeting.relay" }.count == 1)
        }
    }

    @Test func theLiaisonReportsOnTheMeetingPage() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let liaison = try await world.client(.liaison)
            let path = "/meetings/\(world.meeting.id!.uuidString.lowercased())"
            #expect(try await liaison.get(path).body.contains("报送本单位传达落实情况"))
            let posted = try await liaison.post(
                "\(path)/relay", form: [("relayedOn", "2026-03-02"), ("text", "召开专题会议传达学习")])
            #expect(posted.status == 303)
            let after = try await liaison.get(path)
            #expect(
                after.body.contains("已报送") && after.body.contains("召开专题会议传达学习") && after.body.contains("修改本单位传达落实情况"))
        }
    }

    @Test func aMeetingThatAsksForNoRelayRefusesOne() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await app.makeToken(for: world.user(.admin))
            let client = app.client()
            let meeting = try await client.json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "工作调度会", "day": "2026-03-01", "invitedUnitIds": [world.unitA.id!.uuidString],
                ]
            ).object()
            let id = try #require(meeting["id"] as? String)
            let refused = try await client.json(
                .POST, "/api/v1/meetings/\(id)/relay", token: try await app.makeToken(for: world.user(.liaison)),
                body: ["relayedOn": "2026-03-02", "text": "传达学习"])
            #expect(refused.status == 409 && refused.body.contains("没有要求报送传达落实情况"))
        }
    }
}
