import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

/// The moves tell those who must act next: invited co-signers, the units a suggestion is routed
/// to (and their group robot), the lead unit when its answer comes back, the signers when the
/// answer arrives, and the office when a unit sends a suggestion back.
@Suite struct SuggestionNoticeTests {
    typealias Fixture = SuggestionFollowUpAPITests

    /// The kinds of `token`'s inbox messages about the suggestion `id`, oldest first.
    static func kinds(_ s: Fixture.Setup, _ token: String, about id: String) async throws -> [String] {
        let inbox = try await s.client.json(.GET, "/api/v1/inbox?per=100", token: token).object()
        let items = (inbox["items"] as? [[String: Any]] ?? []).filter {
            ($0["subjectId"] as? String)?.uppercased() == id.uppercased()
        }
        return items.compactMap { $0["kind"] as? String }.reversed()
    }

    @Test func eachMoveTellsWhoActsNext() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Fixture.setup(app)
            let partyX = try #require(try await OrgUnit.find(code: "mj", on: app.db))
            let cosigner = try await app.makeUser("member-x2", role: .member, unit: partyX)
            let cosignerToken = try await app.makeToken(for: cosigner)
            let coUnit = try await app.makeUnit("czj", name: "市财政局")
            let coToken = try await app.makeToken(for: try await app.makeUser("li-czj", role: .liaison, unit: coUnit))
            try await WebhookCommands(clock: app.clock.appClock).set(
                unitID: coUnit.id!, kind: .wecom, url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test",
                by: .system, on: app.db)
            func move(_ id: String, _ name: String, _ token: String, _ body: [String: Any] = [:]) async throws {
                let response = try await s.client.json(
                    .POST, "/api/v1/suggestions/\(id)/\(name)", token: token, body: body)
                #expect(response.status == 200, "\(name): \(response.body)")
            }
            let id = try #require(
                try await s.client.json(
                    .POST, "/api/v1/suggestions", token: s.author,
                    body: [
                        "title": "关于推进城乡供水一体化的建议", "body": "建议统筹城乡供水设施建设。", "category": "livelihood",
                    ]
                ).object()["id"] as? String)
            try await move(id, "submit", s.author, ["cosignerIds": [cosigner.id!.uuidString]])
            #expect(try await Self.kinds(s, cosignerToken, about: id) == ["suggestion_cosign_invited"])
            try await move(id, "cosign", cosignerToken, ["confirm": true])
            try await move(id, "accept", s.office)
            try await move(
                id, "route", s.office,
                [
                    "leadUnitId": s.leadUnit.id!.uuidString, "coUnitIds": [coUnit.id!.uuidString],
                    "answerDue": "2026-04-30",
                ])
            #expect(try await Self.kinds(s, s.lead, about: id) == ["suggestion_routed"])
            #expect(try await Self.kinds(s, coToken, about: id) == ["suggestion_routed"])
            let queued = try await WebhookDelivery.query(on: app.db).all()
            #expect(
                queued.count == 1 && queued[0].payload.contains("交办建言（协办）"), "the co-handling unit's robot hears of it")
            try await move(id, "countersign", coToken, ["part": "财政局将安排补助资金。"])
            try await move(id, "answer", s.lead, ["text": "正在制定方案。", "answerClass": "B"])
            try await move(id, "review", s.office, ["send": false, "comment": "请写明完成时间"])
            #expect(try await Self.kinds(s, s.lead, about: id) == ["suggestion_routed", "suggestion_answer_returned"])
            #expect(try await Self.kinds(s, s.author, about: id).isEmpty, "nothing for the senders yet")
            try await move(id, "countersign", coToken, ["part": "财政局将安排补助资金。"])
            try await move(id, "answer", s.lead, ["text": "方案将于6月底前出台。", "answerClass": "B"])
            try await move(id, "review", s.office, ["send": true])
            #expect(try await Self.kinds(s, s.author, about: id) == ["suggestion_answered"])
            #expect(
                try await Self.kinds(s, cosignerToken, about: id) == [
                    "suggestion_cosign_invited", "suggestion_answered",
                ])
            #expect(try await Self.kinds(s, s.outsider, about: id).isEmpty)
            // 不满意 reopens it: both units hear they must act again.
            try await move(id, "rate", s.author, ["rating": "dissatisfied", "comment": "没有时间表"])
            try await move(id, "rate", cosignerToken, ["rating": "satisfied"])
            #expect(
                try await Self.kinds(s, s.lead, about: id) == [
                    "suggestion_routed", "suggestion_answer_returned", "suggestion_routed",
                ])
            #expect(try await Self.kinds(s, coToken, about: id) == ["suggestion_routed", "suggestion_routed"])
            #expect(try await WebhookDelivery.query(on: app.db).count() == 2)

            // A misrouted one: the office hears of the send-back, with the unit and its reason.
            let other = try #require(
                try await s.client.json(
                    .POST, "/api/v1/suggestions", token: s.author,
                    body: [
                        "title": "关于发展夜间经济的建议", "body": "建议延长商圈营业时间。", "category": "economy",
                    ]
                ).object()["id"] as? String)
            try await move(other, "submit", s.author)
            try await move(other, "accept", s.office)
            try await move(other, "route", s.office, ["leadUnitId": coUnit.id!.uuidString, "answerDue": "2026-04-30"])
            try await move(other, "return", coToken, ["reason": "不属于财政部门职责"])
            let office =
                try await s.client.json(.GET, "/api/v1/inbox", token: s.office).object()["items"] as? [[String: Any]]
                ?? []
            let sentBack = try #require(office.first { $0["kind"] as? String == "suggestion_sent_back" })
            #expect(sentBack["body"] as? String == "市财政局退回：不属于财政部门职责")

            // A co-signer who declines no longer reads it: the API answers with the outcome, not 404.
            let third = try await app.makeUser("member-x3", role: .member, unit: partyX)
            let declined = try #require(
                try await s.client.json(
                    .POST, "/api/v1/suggestions", token: s.author,
                    body: [
                        "title": "关于增设社区助餐点的建议", "body": "建议在老旧小区增设助餐点。", "category": "livelihood",
                    ]
                ).object()["id"] as? String)
            try await move(declined, "submit", s.author, ["cosignerIds": [third.id!.uuidString]])
            let refusal = try await s.client.json(
                .POST, "/api/v1/suggestions/\(declined)/cosign", token: try await app.makeToken(for: third),
                body: ["confirm": false])
            let refusedStatus = try refusal.object()["status"] as? String
            #expect(refusal.status == 200 && refusedStatus == "submitted", "\(refusal.body)")

            // On the page, the unit's send-back lands on its list, since it no longer reads the suggestion.
            try await move(other, "route", s.office, ["leadUnitId": coUnit.id!.uuidString, "answerDue": "2026-04-30"])
            let liaison = app.client()
            try await liaison.signIn(username: "li-czj", password: TestApp.adminPassword)
            _ = try await liaison.get("/suggestions/\(other.lowercased())")
            let returned = try await liaison.post(
                "/suggestions/\(other.lowercased())/return", form: [("reason", "仍不属于财政部门职责")])
            #expect(returned.status == 303 && returned.location == "/suggestions")
            #expect(try await liaison.get("/suggestions").body.contains("已退回办公室重新交办"))
        }
    }
}
