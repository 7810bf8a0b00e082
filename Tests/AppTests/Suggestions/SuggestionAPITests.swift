import Domain
import Foundation
import TestSupport
import Testing

/// The suggestions API end to end, and who sees what.
@Suite struct SuggestionAPITests {
    @Test func aSuggestionGoesFromDraftToRatingAndOnlyItsPeopleSeeIt() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let (partyX, partyY) = (
                try await app.makeUnit("mj", name: "民建示范市委会"), try await app.makeUnit("mm", name: "民盟示范市委会")
            )
            let lead = try await app.makeUnit("fgw", name: "市发展改革委")
            let author = try await app.makeUser("member-x1", role: .member, unit: partyX)
            let cosigner = try await app.makeUser("member-x2", role: .member, unit: partyX)
            let tokens = (
                author: try await app.makeToken(for: author), cosigner: try await app.makeToken(for: cosigner),
                outsider: try await app.makeToken(
                    for: try await app.makeUser("member-y1", role: .member, unit: partyY)),
                office: try await app.makeToken(for: try await requireUser(app, "admin")),
                lead: try await app.makeToken(for: try await app.makeUser("li-fgw", role: .liaison, unit: lead))
            )
            let client = app.client()
            func move(_ id: String, _ name: String, _ token: String, _ body: [String: Any] = [:]) async throws
                -> TestResponse
            {
                try await client.json(.POST, "/api/v1/suggestions/\(id)/\(name)", token: token, body: body)
            }
            let created = try await client.json(
                .POST, "/api/v1/suggestions", token: tokens.author,
                body: [
                    "title": "关于优化中小企业融资服务的建议", "body": "建议设立应急转贷资金池。", "category": "economy", "publishConsent": true,
                ])
            #expect(created.status == 201, "\(created.body)")
            let id = try #require(try created.object()["id"] as? String)
            #expect(
                try await client.json(.GET, "/api/v1/suggestions/\(id)", token: tokens.office).status == 404,
                "a draft is its author's")
            let submitted = try await move(id, "submit", tokens.author, ["cosignerIds": [cosigner.id!.uuidString]])
            #expect(try submitted.object()["status"] as? String == "cosigning")
            #expect(try await move(id, "cosign", tokens.cosigner, ["confirm": true]).status == 200)

            // A member of another party who did not sign sees nothing of it, by list or by id.
            #expect(try await client.json(.GET, "/api/v1/suggestions/\(id)", token: tokens.outsider).status == 404)
            #expect(
                try await client.json(.GET, "/api/v1/suggestions", token: tokens.outsider).object()["total"] as? Int
                    == 0)
            #expect(try await move(id, "rate", tokens.outsider, ["rating": "satisfied"]).status == 404)
            #expect(
                try await client.json(.GET, "/api/v1/suggestions", token: tokens.cosigner).object()["total"] as? Int
                    == 1)

            #expect(try await move(id, "accept", tokens.office, ["isKey": true]).status == 200)
            #expect(
                try await move(
                    id, "route", tokens.office, ["leadUnitId": lead.id!.uuidString, "answerDue": "2026-04-30"]
                ).status == 200)
            let answered = try await move(id, "answer", tokens.lead, ["text": "已列入明年计划。", "answerClass": "B"])
            #expect(try answered.object()["status"] as? String == "answer_submitted", "\(answered.body)")
            #expect(try await move(id, "review", tokens.office, ["send": true]).status == 200)
            let reopened = try await move(id, "rate", tokens.author, ["rating": "dissatisfied", "comment": "没有时间表"])
            #expect(try reopened.object()["status"] as? String == "answered", "waits for the co-signer's rating")
            let second = try await move(id, "rate", tokens.cosigner, ["rating": "satisfied"])
            #expect(try second.object()["status"] as? String == "routed" && (try second.object()["round"] as? Int) == 2)
            _ = try await move(id, "answer", tokens.lead, ["text": "资金池已设立。", "answerClass": "A"])
            _ = try await move(id, "review", tokens.office, ["send": true])
            _ = try await move(id, "rate", tokens.author, ["rating": "satisfied"])
            let closed = try await move(id, "rate", tokens.cosigner, ["rating": "basically_satisfied"])
            let final = try closed.object()
            #expect(final["status"] as? String == "closed" && final["answerClass"] as? String == "A")
            let ratings = (final["signers"] as? [[String: Any]] ?? []).compactMap { $0["rating"] as? String }.sorted()
            #expect(ratings == ["basically_satisfied", "satisfied"])
            #expect(try await app.auditEntries().filter { $0.action.hasPrefix("suggestion.") }.count >= 12)
        }
    }
}

/// The figures page, its Excel export and its API answer for the office and leaders only.
@Suite struct SuggestionFiguresPageTests {
    @Test func theOfficeAndLeadersSeeTheFiguresOthersDoNot() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let party = try await app.makeUnit("mj", name: "民建示范市委会")
            let lead = try await app.makeUnit("fgw", name: "市发展改革委")
            let author = try await app.makeUser("member-x1", role: .member, unit: party)
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let id = try await commands.create(
                SuggestionDraft(title: "建议", body: "内容", category: "economy"), authorID: nil, by: author.actor,
                on: app.db
            ).requireID()
            _ = try await commands.submit(id, cosigners: [], by: author.actor, on: app.db)
            _ = try await commands.accept(id, isKey: false, by: .system, on: app.db)
            _ = try await commands.route(id, lead: lead.id!, coUnits: [], due: "2026-03-31", by: .system, on: app.db)

            let office = try await app.signedInClient("admin")
            let page = try await office.get("/suggestions/figures?year=2026")
            #expect(page.status == 200 && page.body.contains("2026年建言办理情况") && page.body.contains("市发展改革委"))
            #expect(!page.body.contains("<svg"), "no chart before any answer")

            // Once an A answer reaches its senders, the stacked bar shows it, letter and count in words.
            let answered = try await commands.create(
                SuggestionDraft(title: "另一条建议", body: "内容", category: "economy"), authorID: nil,
                by: author.actor, on: app.db
            ).requireID()
            _ = try await commands.submit(answered, cosigners: [], by: author.actor, on: app.db)
            _ = try await commands.accept(answered, isKey: false, by: .system, on: app.db)
            _ = try await commands.route(
                answered, lead: lead.id!, coUnits: [], due: "2026-03-31", by: .system, on: app.db)
            let liaison = try await app.makeUser("li-fgw", role: .liaison, unit: lead)
            _ = try await commands.answer(answered, text: "已办结。", answerClass: "A", by: liaison.actor, on: app.db)
            _ = try await commands.review(answered, send: true, comment: "", by: .system, on: app.db)
            let charted = try await office.get("/suggestions/figures?year=2026").body
            #expect(charted.contains("<svg class=\"chart\" role=\"img\"") && charted.contains("各单位答复分类（A/B/C）"))
            #expect(
                charted.contains(">A 1</text>") && charted.contains(">共 1 件</text>") && !charted.contains(">B 1</text>")
            )
            let xlsx = try await office.get("/suggestions/figures.xlsx?year=2026")
            #expect(xlsx.status == 200 && xlsx.headers.first(name: "Content-Type")?.contains("spreadsheetml") == true)
            let leader = try await app.makeToken(for: try await app.makeUser("leader-1", role: .leader, unit: lead))
            let figures = try await app.client().json(.GET, "/api/v1/suggestions/figures?year=2026", token: leader)
                .object()
            let rows = try #require(figures["rows"] as? [[String: Any]])
            #expect(rows.count == 1 && rows.first?["routed"] as? Int == 2 && rows.first?["answered"] as? Int == 1)
            let member = try await app.makeToken(for: author)
            #expect(try await app.client().json(.GET, "/api/v1/suggestions/figures", token: member).status == 403)
        }
    }
}
