import Domain
import Foundation
import Testing
import TestSupport

/// The home page tells each role what waits for it among the suggestions, and each figure
/// opens the list it counts.
@Suite struct SuggestionHomeTests {
    typealias Fixture = SuggestionFollowUpAPITests

    /// The figure under `label` on the home page of `username`, and the list it links to.
    static func figure(_ app: TestApp, _ username: String, _ label: String) async throws -> (count: Int, link: String)? {
        let client = app.client()
        try await client.signIn(username: username, password: TestApp.adminPassword)
        let home = try await client.get("/").body
        let pattern = "<dt>\(label)</dt><dd><a href=\"([^\"]+)\">(\\d+) 条</a></dd>"
        guard let match = home.firstMatch(of: try Regex(pattern)), let link = match.output[1].substring,
              let count = match.output[2].substring.flatMap({ Int($0) }) else { return nil }
        let list = try await client.get(String(link).replacingOccurrences(of: "&amp;", with: "&")).body
        #expect(list.contains("共 \(count) 条"), "the home page's \(label) for \(username) counts what its link lists")
        return (count, String(link))
    }

    @Test func eachRoleSeesWhatWaitsForItAndTheListItCounts() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Fixture.setup(app)
            _ = try await Fixture.answered(s)
            func create(_ title: String) async throws -> String {
                let id = try #require(try await s.client.json(.POST, "/api/v1/suggestions", token: s.author, body: [
                    "title": title, "body": "具体建议若干。", "category": "livelihood",
                ]).object()["id"] as? String)
                #expect(try await s.client.json(.POST, "/api/v1/suggestions/\(id)/submit", token: s.author, body: [:]).status == 200)
                return id
            }
            _ = try await create("关于完善社区养老服务的建议")
            let key = try await create("关于推进城乡供水一体化的建议")
            #expect(try await s.client.json(.POST, "/api/v1/suggestions/\(key)/accept", token: s.office, body: ["isKey": true]).status == 200)
            #expect(try await s.client.json(.POST, "/api/v1/suggestions/\(key)/route", token: s.office, body: [
                "leadUnitId": s.leadUnit.id!.uuidString, "answerDue": "2026-03-10",
            ]).status == 200)
            app.clock.advance(by: 10 * 86_400)

            #expect(try await Self.figure(app, "admin", "待受理").map(\.count) == 1)
            #expect(try await Self.figure(app, "admin", "答复逾期")?.count == 1)
            #expect(try await Self.figure(app, "li-fgw", "待本单位办理")?.count == 1)
            #expect(try await Self.figure(app, "li-fgw", "答复逾期")?.link == "/suggestions?overdue=1")
            #expect(try await Self.figure(app, "member-x1", "已答复待评价")?.count == 1)
            #expect(try await Self.figure(app, "member-y1", "已答复待评价")?.count == 0, "another party's member has nothing to rate")
            #expect(try await Self.figure(app, "leader-1", "重点建言待批示")?.count == 1)
            #expect(try await s.client.json(.POST, "/api/v1/suggestions/\(key)/instruct", token: s.leader, body: ["text": "抓紧办理。"]).status == 200)
            #expect(try await Self.figure(app, "leader-1", "重点建言待批示")?.count == 0, "an instruction takes it off")
            let uninstructed = try await s.client.json(.GET, "/api/v1/suggestions?uninstructed=true", token: s.leader).object()
            #expect(uninstructed["total"] as? Int == 0)
        }
    }
}
