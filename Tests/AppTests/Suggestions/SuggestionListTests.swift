import Domain
import Foundation
import TestSupport
import Testing

@testable import App

/// The suggestion list's order (page and API) and its Excel and CSV exports of what is filtered.
@Suite struct SuggestionListTests {
    typealias Fixture = SuggestionFollowUpAPITests

    @Test func theListSortsByDueDayWithUnroutedLastAndExportsWhatIsFiltered() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Fixture.setup(app)
            let late = try await Fixture.answered(s, due: "2026-05-31")
            app.clock.advance(by: 60)
            let early = try await Fixture.answered(s, title: "关于发展夜间经济的建议", category: "economy", due: "2026-04-15")
            app.clock.advance(by: 60)
            let waiting = try #require(
                try await s.client.json(
                    .POST, "/api/v1/suggestions", token: s.author,
                    body: [
                        "title": "关于完善社区养老服务的建议", "body": "建议增设社区助餐点。", "category": "livelihood",
                    ]
                ).object()["id"] as? String)
            #expect(
                try await s.client.json(.POST, "/api/v1/suggestions/\(waiting)/submit", token: s.author, body: [:])
                    .status == 200)
            func ids(_ query: String) async throws -> [String] {
                try await s.client.json(.GET, "/api/v1/suggestions?\(query)", token: s.office).object()["items"]
                    .map { ($0 as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } } ?? []
            }
            #expect(try await ids("") == [waiting, early, late], "latest submitted first")
            #expect(try await ids("dir=asc") == [late, early, waiting])
            #expect(try await ids("sort=due") == [early, late, waiting], "earliest due first, the unrouted one last")
            #expect(try await ids("sort=due&dir=desc") == [late, early, waiting], "the unrouted one last either way")
            #expect(try await s.client.json(.GET, "/api/v1/suggestions?sort=title", token: s.office).status == 422)

            let office = app.client()
            try await office.signIn(username: "admin", password: TestApp.adminPassword)
            let page = try await office.get("/suggestions?sort=due").body
            let (earlyAt, lateAt) = (
                try #require(page.range(of: "关于发展夜间经济的建议")), try #require(page.range(of: "关于加快老旧小区加装电梯的建议"))
            )
            #expect(earlyAt.lowerBound < lateAt.lowerBound)
            #expect(page.contains("aria-sort=\"ascending\"") && page.contains("市发展改革委") && page.contains("民建示范市委会"))
            #expect(
                page.contains("format=xlsx") && page.contains("sort=due&amp;format=csv")
                    && page.contains("sort=due&amp;format=print"))
            // The other header starts latest first; the filter form keeps the order.
            #expect(page.contains("href=\"/suggestions?sort=submitted&amp;dir=desc\""))
            #expect(page.contains("<input type=\"hidden\" name=\"sort\" value=\"due\"/>"))

            // The export holds exactly what is filtered, in the list's order, with the answer's class.
            let csv = try await office.get("/suggestions?category=livelihood&sort=due&format=csv")
            #expect(csv.status == 200 && csv.headers.first(name: "Content-Type")?.hasPrefix("text/csv") == true)
            let csvRows = try SpreadsheetReader.rows(csv.bytes)
            #expect(csvRows.dropFirst().map { $0[2] } == ["关于加快老旧小区加装电梯的建议", "关于完善社区养老服务的建议"])
            #expect(
                csvRows.dropFirst().first.map { [$0[4], $0[5], $0[6], $0[8]] } == [
                    "民建示范市委会", "市发展改革委", "2026-05-31", "A类",
                ])
            let xlsx = try await office.get("/suggestions?format=xlsx")
            #expect(xlsx.headers.first(name: "Content-Type")?.contains("spreadsheetml") == true)
            let sheet = try SpreadsheetReader.rows(xlsx.bytes)
            #expect(
                sheet.contains { $0.first == "序号" } && sheet.filter { $0.count > 2 && $0[2].hasPrefix("关于") }.count == 3
            )

            // A member of another party exports nothing of these.
            let outsider = app.client()
            try await outsider.signIn(username: "member-y1", password: TestApp.adminPassword)
            #expect(try SpreadsheetReader.rows(try await outsider.get("/suggestions?format=csv").bytes).count == 1)
        }
    }
}
