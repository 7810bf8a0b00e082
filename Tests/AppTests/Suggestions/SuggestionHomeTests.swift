import Domain
import Foundation
import TestSupport
import Testing

/// The home page tells each role what waits for it among the suggestions, and each figure
/// opens the list it counts.
@Suite struct SuggestionHomeTests {
    typealias Fixture = SuggestionFollowUpAPITests

    /// The figure under `label` on the home page of `username`, and the list it links to.
    static func figure(_ app: TestApp, _ username: String, _ label: String) async throws -> (count: Int, link: String)?
    {
        let client = app.client()
        try await client.signIn(username: username, password: TestApp.adminPassword)
        let home = try await client.get("/").body
        let pattern = "<dt>\(label)</dt><dd><a href=\"([^\"]+)\">(\\d+) 条</a></dd>"
        guard let match = home.firstMatch(of: try Regex(pattern)), let link = match.output[1].substring,
            let count = match.output[2].substring.flatMap({ Int($0) })
        else { return nil }
        let list = try await client.get(String(link).replacingOccurrences(of: "&amp;", with: "&")).body
        #expect(list.contains("共 \(count) 条"), "the home page's \(label) for \(username) counts what its link lists")
        return (count, String(link))
    }

    @Test func eachRoleSeesWhatWaitsForItAndTheListItCounts() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Fixture.setup(app)
            let partyX = try #require(try await OrgUnit.find(code: "mj", on: app.db))
            let cosigner = try await app.makeUser("member-x2", role: .member, unit: partyX)
            let answered = try await Fixture.answered(s)
            func create(_ title: String, cosigners: [String] = []) async throws -> String {
                let id = try #require(
                    try await s.client.json(
                        .POST, "/api/v1/suggestions", token: s.author,
                        body: [
                            "title": title, "body": "具体建议若干。", "category": "livelihood",
                        ]
                    ).object()["id"] as? String)
                let submitted = try await s.client.json(
                    .POST, "/api/v1/suggestions/\(id)/submit", token: s.author, body: ["cosignerIds": cosigners])
                #expect(submitted.status == 200, "\(submitted.body)")
                return id
            }
            _ = try await create("关于完善社区养老服务的建议")
            _ = try await create("关于增设社区助餐点的建议", cosigners: [cosigner.id!.uuidString])
            let key = try await create("关于推进城乡供水一体化的建议")
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/suggestions/\(key)/accept", token: s.office, body: ["isKey": true]
                ).status == 200)
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/suggestions/\(key)/route", token: s.office,
                    body: [
                        "leadUnitId": s.leadUnit.id!.uuidString, "answerDue": "2026-03-10",
                    ]
                ).status == 200)

            #expect(
                try await Self.figure(app, "admin", "待受理")?.count == 1, "the co-signed one is still with its co-signer")
            #expect(try await Self.figure(app, "member-x2", "待我确认联名")?.count == 1)
            #expect(
                try await Self.figure(app, "member-x1", "待我确认联名")?.count == 0, "the author has confirmed by submitting")
            #expect(
                try await Self.figure(app, "li-fgw", "待本单位办理")?.count == 1,
                "the answered one waits for its senders, not the unit")
            #expect(try await Self.figure(app, "member-x1", "待我评价")?.count == 1)
            #expect(
                try await Self.figure(app, "member-y1", "待我评价")?.count == 0,
                "another party's member has nothing to rate")
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/suggestions/\(answered)/rate", token: s.author,
                    body: ["rating": "satisfied", "comment": ""]
                ).status == 200)
            #expect(try await Self.figure(app, "member-x1", "待我评价")?.count == 0, "rated: nothing left for the author")

            app.clock.advance(by: 10 * 86_400)
            #expect(try await Self.figure(app, "admin", "答复逾期")?.count == 1)
            #expect(try await Self.figure(app, "li-fgw", "答复逾期")?.link == "/suggestions?overdue=1")
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/suggestions/\(key)/answer", token: s.lead,
                    body: ["text": "已纳入明年计划。", "answerClass": "B"]
                ).status == 200)
            #expect(try await Self.figure(app, "admin", "答复待审核")?.count == 1)
            #expect(try await Self.figure(app, "li-fgw", "待本单位办理")?.count == 0, "answered: with the office now")
            let mine = try await s.client.json(.GET, "/api/v1/suggestions?mine=true", token: s.lead).object()
            #expect(mine["total"] as? Int == 0)

            #expect(try await Self.figure(app, "leader-1", "重点建言待批示")?.count == 1)
            #expect(
                try await s.client.json(
                    .POST, "/api/v1/suggestions/\(key)/instruct", token: s.leader, body: ["text": "抓紧办理。"]
                ).status == 200)
            #expect(try await Self.figure(app, "leader-1", "重点建言待批示")?.count == 0, "an instruction takes it off")
            let uninstructed = try await s.client.json(.GET, "/api/v1/suggestions?uninstructed=true", token: s.leader)
                .object()
            #expect(uninstructed["total"] as? Int == 0)
        }
    }
}
