import Domain
import Foundation
import TestSupport
import Testing

/// 并案 on the suggestion's page: the office picks one of the similar suggestions listed and
/// merges into it; the page's picker finds co-signers by name.
@Suite struct SuggestionMergePageTests {
    typealias Fixture = SuggestionFollowUpAPITests

    @Test func theOfficeMergesIntoASimilarSuggestionFromThePage() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let s = try await Fixture.setup(app)
            func submitted(_ title: String) async throws -> String {
                let created = try await s.client.json(
                    .POST, "/api/v1/suggestions", token: s.author,
                    body: ["title": title, "body": "老旧小区居民上下楼困难，建议简化加装电梯审批流程，设立专项补贴资金。", "category": "livelihood"])
                let id = try #require(try created.object()["id"] as? String)
                let moved = try await s.client.json(
                    .POST, "/api/v1/suggestions/\(id)/submit", token: s.author, body: [String: Any]())
                #expect(moved.status == 200, "\(moved.body)")
                return id.lowercased()
            }
            let first = try await submitted("关于老旧小区加装电梯的建议")
            let second = try await submitted("关于加快老旧小区加装电梯的建议")
            let office = try await app.signedInClient("admin")
            let page = try await office.get("/suggestions/\(second)").body
            #expect(page.contains("action=\"/suggestions/\(second)/merge\""))
            #expect(page.contains("<option value=\"\(first)\""), "the similar suggestion is offered to merge into")
            let merged = try await office.post("/suggestions/\(second)/merge", form: [("intoId", first)])
            #expect(merged.status == 303)
            let after = try await s.client.json(.GET, "/api/v1/suggestions/\(second)", token: s.office).object()
            #expect(after["status"] as? String == "merged")
            #expect((after["mergedIntoId"] as? String)?.lowercased() == first)
            // The one merged into carries on, and offers no merge into the merged one.
            #expect(!(try await office.get("/suggestions/\(first)").body.contains("<option value=\"\(second)\"")))
        }
    }

    @Test func coSignersArePickedFromASearchableList() async throws {
        try await withTestApp { (app: TestApp) async throws in
            _ = try await Fixture.setup(app)
            let party = try #require(try await OrgUnit.find(code: "mj", on: app.db))
            let cosigner = try await app.makeUser("member-x2", role: .member, unit: party)
            let client = try await app.signedInClient("member-x1")
            let form = try await client.get("/suggestions/new").body
            #expect(form.contains("data-filter-list=\"cosigner-list\""))
            #expect(
                form.contains("type=\"checkbox\"") && form.contains("value=\"\(cosigner.id!.uuidString.lowercased())\"")
            )
        }
    }
}
