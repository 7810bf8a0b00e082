import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

/// Over HTTP: the public page, the duplicate check, lists by category and unit, meeting
/// topics, leaders' instructions and files.
@Suite struct SuggestionFollowUpAPITests {
    struct Setup {
        let client: TestClient
        let office: String, author: String, outsider: String, leader: String, lead: String
        let leadUnit: OrgUnit
        let authorName: String
    }

    static func setup(_ app: TestApp) async throws -> Setup {
        let (partyX, partyY) = (
            try await app.makeUnit("mj", name: "民建示范市委会"), try await app.makeUnit("mm", name: "民盟示范市委会")
        )
        let lead = try await app.makeUnit("fgw", name: "市发展改革委")
        let author = try await app.makeUser("member-x1", role: .member, unit: partyX)
        return Setup(
            client: app.client(), office: try await app.makeToken(for: try await requireUser(app, "admin")),
            author: try await app.makeToken(for: author),
            outsider: try await app.makeToken(for: try await app.makeUser("member-y1", role: .member, unit: partyY)),
            leader: try await app.makeToken(for: try await app.makeUser("leader-1", role: .leader, unit: partyX)),
            lead: try await app.makeToken(for: try await app.makeUser("li-fgw", role: .liaison, unit: lead)),
            leadUnit: lead, authorName: author.displayName)
    }

    /// A suggestion taken through to its answer, with a file; returns its id.
    static func answered(
        _ s: Setup, title: String = "关于加快老旧小区加装电梯的建议", category: String = "livelihood",
        due: String = "2026-04-30"
    ) async throws -> String {
        let created = try await s.client.json(
            .POST, "/api/v1/suggestions", token: s.author,
            body: [
                "title": title, "body": "老年居民上下楼困难，建议简化加装电梯审批，设立补贴。", "category": category, "publishConsent": true,
                "attachments": [
                    ["filename": "调研报告.pdf", "contentBase64": Data("%PDF-1.4 调研".utf8).base64EncodedString()]
                ],
            ])
        #expect(created.status == 201, "\(created.body)")
        let id = try #require(try created.object()["id"] as? String)
        for (move, token, body) in [
            ("submit", s.author, [:]), ("accept", s.office, [:]),
            ("route", s.office, ["leadUnitId": s.leadUnit.id!.uuidString, "answerDue": due]),
            ("answer", s.lead, ["text": "已出台加装电梯补贴办法。", "answerClass": "A"]),
            ("review", s.office, ["send": true]),
        ] as [(String, String, [String: Any])] {
            let response = try await s.client.json(.POST, "/api/v1/suggestions/\(id)/\(move)", token: token, body: body)
            #expect(response.status == 200, "\(move): \(response.body)")
        }
        return id
    }

    @Test func aPublishedSuggestionIsOnThePublicPageWithoutSignInAndWithoutNames() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Self.setup(app)
            let id = try await Self.answered(s)
            let visitor = app.client()
            #expect(try await visitor.get("/public/suggestions/\(id)").status == 404, "not published yet")
            #expect(
                try await s.client.json(.POST, "/api/v1/suggestions/\(id)/publish", token: s.author, body: [:]).status
                    == 403)
            #expect(
                try await s.client.json(.POST, "/api/v1/suggestions/\(id)/publish", token: s.office, body: [:]).status
                    == 200)
            let list = try await visitor.get("/public/suggestions")
            #expect(list.status == 200 && list.body.contains("关于加快老旧小区加装电梯的建议"))
            let page = try await visitor.get("/public/suggestions/\(id)")
            #expect(page.status == 200 && page.body.contains("已出台加装电梯补贴办法") && page.body.contains("市发展改革委"))
            #expect(!page.body.contains(s.authorName) && !list.body.contains(s.authorName))
            let api = try await visitor.json(.GET, "/api/v1/public/suggestions", token: nil)
            #expect(
                api.status == 200 && api.body.contains(id) && !api.body.contains(s.authorName)
                    && !api.body.contains("authorId"))
            // The author withdraws consent: gone from the public page at once.
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/suggestions/\(id)/consent", token: s.author, body: ["consent": false]
                ).status == 200)
            #expect(try await visitor.get("/public/suggestions/\(id)").status == 404)
            #expect(try await visitor.json(.GET, "/api/v1/public/suggestions/\(id)", token: nil).status == 404)
        }
    }

    @Test func theDuplicateCheckListsWhatTheWriterMaySee() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Self.setup(app)
            let id = try await Self.answered(s)
            let query: [String: Any] = ["title": "老旧小区加装电梯", "body": "建议简化加装电梯审批流程，给予补贴。"]
            let office = try await s.client.json(.POST, "/api/v1/suggestions/similar", token: s.office, body: query)
            #expect(office.status == 200)
            #expect(try office.array().compactMap { $0["id"] as? String } == [id])
            #expect(try office.array().first?["url"] as? String == "/suggestions/\(id.lowercased())")
            let outsider = try await s.client.json(.POST, "/api/v1/suggestions/similar", token: s.outsider, body: query)
            #expect(try outsider.status == 200 && outsider.array().isEmpty)
            // The author finds it, without the score (its weights count suggestions others may not see).
            let own = try await s.client.json(.POST, "/api/v1/suggestions/similar", token: s.author, body: query)
                .array()
            #expect(own.compactMap { $0["id"] as? String } == [id] && own.first?["score"] == nil)
            #expect(try office.array().first?["score"] as? Double ?? 0 >= 0.3)
            let tooLong = try await s.client.json(
                .POST, "/api/v1/suggestions/similar", token: s.office,
                body: ["body": String(repeating: "长", count: 5_001)])
            #expect(tooLong.status == 422)
        }
    }

    @Test func listsFilterByCategoryAndHandlingUnit() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Self.setup(app)
            let lifts = try await Self.answered(s)
            _ = try await Self.answered(s, title: "关于发展夜间经济的建议", category: "economy")
            func ids(_ query: String) async throws -> [String] {
                try await s.client.json(.GET, "/api/v1/suggestions?\(query)", token: s.office).object()["items"]
                    .map { ($0 as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } } ?? []
            }
            #expect(try await ids("category=livelihood") == [lifts])
            #expect(try await ids("unitId=\(s.leadUnit.id!.uuidString)").count == 2)
            #expect(try await ids("unitId=\(UUID().uuidString)").isEmpty)
            #expect(
                try await s.client.json(.GET, "/api/v1/suggestions?category=nonsense", token: s.office).status == 422)
            let economy = try await ids("category=economy")
            #expect(economy.count == 1 && economy != [lifts])
        }
    }

    @Test func meetingTopicsLeadersAndFilesOverHTTP() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Self.setup(app)
            let id = try await Self.answered(s)
            let meeting = try await MeetingCommands(clock: app.clock.appClock).create(
                MeetingInput(kind: MeetingKind.consultation.rawValue, name: "二季度党外人士季谈会", day: "2026-06-18"),
                by: .system, on: app.db)
            let meetingID = meeting.id!.uuidString
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/meetings/\(meetingID)/topics", token: s.lead, body: ["suggestionId": id]
                ).status == 403)
            let added = try await s.client.json(
                .POST, "/api/v1/meetings/\(meetingID)/topics", token: s.office, body: ["suggestionId": id])
            #expect(added.status == 200)
            #expect(
                (try added.object()["topics"] as? [[String: Any]])?.compactMap { $0["suggestionId"] as? String } == [id]
            )
            let leader = try await s.client.json(
                .POST, "/api/v1/suggestions/\(id)/instruct", token: s.leader, body: ["text": "经验可推广。"])
            #expect(leader.status == 200)
            #expect(
                try await s.client.json(.POST, "/api/v1/suggestions/\(id)/adopt", token: s.leader, body: [:]).object()[
                    "adopted"] as? Bool
                    == true)
            let detail = try await s.client.json(.GET, "/api/v1/suggestions/\(id)", token: s.author).object()
            #expect((detail["meetings"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [meetingID])
            #expect(
                (detail["instructions"] as? [[String: Any]])?.isEmpty == true,
                "the senders do not read the leaders' instructions")
            let handled = try await s.client.json(.GET, "/api/v1/suggestions/\(id)", token: s.lead).object()
            #expect((handled["instructions"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["经验可推广。"])
            let files = try #require(detail["attachments"] as? [[String: Any]])
            let fileID = try #require(files.first?["id"] as? String)
            let download = try await s.client.json(.GET, "/api/v1/suggestion-files/\(fileID)", token: s.lead)
            #expect(download.status == 200 && download.body.contains("%PDF-1.4"))
            #expect(
                try await s.client.json(.GET, "/api/v1/suggestion-files/\(fileID)", token: s.outsider).status == 404)
            #expect(
                try await s.client.json(.DELETE, "/api/v1/suggestion-files/\(fileID)", token: s.author).status == 409,
                "submitted")
            let removed = try await s.client.json(
                .POST, "/api/v1/meetings/\(meetingID)/topics/remove", token: s.office, body: ["suggestionId": id])
            #expect((try removed.object()["topics"] as? [[String: Any]])?.isEmpty == true)
            // The meeting page: the office chooses the topic from the suggestions and sees it listed.
            let office = app.client()
            try await office.signIn(username: "admin", password: TestApp.adminPassword)
            let before = try await office.get("/meetings/\(meetingID)")
            #expect(before.body.contains("从建言中选定议题") && before.body.contains("value=\"\(id.lowercased())\""))
            let chosen = try await office.post("/meetings/\(meetingID)/topics", form: [("suggestionId", id)])
            #expect(chosen.status == 303)
            let after = try await office.get("/meetings/\(meetingID)")
            #expect(after.body.contains("议题（来自建言）") && after.body.contains("/suggestions/\(id.lowercased())"))
            let suggestionPage = try await office.get("/suggestions/\(id)")
            #expect(suggestionPage.body.contains("列为议题的会议") && suggestionPage.body.contains("二季度党外人士季谈会"))
        }
    }

    @Test func aMoveOutOfTurnOnThePageComesBackWithTheReason() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Self.setup(app)
            let id = try await Self.answered(s).lowercased()
            let office = app.client()
            try await office.signIn(username: "admin", password: TestApp.adminPassword)
            _ = try await office.get("/suggestions/\(id)")
            // Accepting an answered suggestion, as from a page left open since it came in.
            let stale = try await office.post("/suggestions/\(id)/accept", form: [])
            #expect(stale.status == 303 && stale.location == "/suggestions/\(id)")
            let page = try await office.get("/suggestions/\(id)")
            #expect(page.body.contains("flash-error") && page.body.contains("状态不能从「已答复待评价」改为「已受理」"))
            let stored = try await Suggestion.find(UUID(uuidString: id), on: app.db)
            #expect(stored?.status == .answered, "nothing changed")
        }
    }

    @Test func theWritingFormTakesFiles() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let partyX = try await app.makeUnit("mj", name: "民建示范市委会")
            _ = try await app.makeUser("member-x1", role: .member, unit: partyX)
            let member = app.client()
            try await member.signIn(username: "member-x1", password: TestApp.adminPassword)
            _ = try await member.get("/suggestions/new")
            let posted = try await member.upload(
                "/suggestions", files: [("files[]", "现场照片.jpg", Array("JPEG照片".utf8))],
                fields: [
                    ("title", "关于整治背街小巷停车的建议"), ("body", "背街小巷乱停车严重，建议施划停车位。"), ("category", "livelihood"),
                    ("action", "save"),
                ])
            #expect(posted.status == 303, "\(posted.body)")
            let id = try #require(posted.location?.split(separator: "/").last.map(String.init))
            let page = try await member.get("/suggestions/\(id)")
            #expect(page.body.contains("现场照片.jpg"))
            let refused = try await member.upload(
                "/suggestions", files: [("files[]", "脚本.exe", Array("MZ".utf8))],
                fields: [
                    ("title", "另一条建议"), ("body", "内容。"), ("category", "other"), ("action", "save"),
                ])
            #expect(refused.status == 422 && refused.body.contains("脚本.exe"))
            #expect(try await Suggestion.query(on: app.db).count() == 1, "the refused form left nothing")
            // The office enters a draft for the member and goes on seeing it; other offices' drafts stay hidden.
            let office = try await app.makeToken(for: try await requireUser(app, "admin"))
            let author = try await User.query(on: app.db).filter(\.$username == "member-x1").first()
            let entered = try await app.client().json(
                .POST, "/api/v1/suggestions", token: office,
                body: [
                    "title": "代录的建议", "body": "内容。", "category": "other", "authorId": author!.id!.uuidString,
                ])
            #expect(entered.status == 201, "\(entered.body)")
            #expect(
                try await app.client().json(.GET, "/api/v1/suggestions", token: office).object()["total"] as? Int == 1)
            let otherOffice = try await app.makeToken(
                for: try await app.makeUser("admin-2", role: .admin, unit: partyX))
            #expect(
                try await app.client().json(.GET, "/api/v1/suggestions", token: otherOffice).object()["total"] as? Int
                    == 0)
        }
    }
}
