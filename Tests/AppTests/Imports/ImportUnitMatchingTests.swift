import Domain
import Foundation
import TestSupport
import Testing

/// A pasted report's people and host are matched to the office's units by name — without the
/// city, by the level and by short forms — and its demands become titles without the 要.
@Suite struct ImportUnitMatchingTests {
    @Test func peopleAndHostAreMatchedToUnitsForTheUserToConfirm() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let tzb = try await app.makeUnit("tzb", name: "示范市委统战部")
            let mzj = try await app.makeUnit("mzj", name: "示范市民族宗教事务局")
            _ = try await app.makeUnit("dq", name: "示范市东城区委统战部")
            let token = try await app.makeToken(for: try requireUser(app, "admin"))
            let text = """
                市委统战部召开2026年第一季度部务会
                2026年3月5日，市委统战部召开2026年第一季度部务会。市委常委、统战部部长林素华主持会议，市民宗局局长王建国出席。
                林素华强调，一是要深入开展民族团结进步创建,推动各族群众交往交流交融。二是要着力加强宗教事务管理。
                """
            let started = try await app.client().json(.POST, "/api/v1/imports", token: token, body: ["text": text])
            #expect(started.status == 201, "\(started.body)")
            let draft = try #require(try started.object()["draft"] as? [String: Any])
            let people = draft["people"] as? [[String: Any]] ?? []
            func unit(of name: String) -> String? {
                (people.first { $0["name"] as? String == name }?["unit_id"] as? String)?.lowercased()
            }
            #expect(unit(of: "林素华") == tzb.id!.uuidString.lowercased(), "统战部部长 is the city's 统战部: \(people)")
            #expect(unit(of: "王建国") == mzj.id!.uuidString.lowercased(), "市民宗局 is 示范市民族宗教事务局")
            #expect(people.first { $0["name"] as? String == "林素华" }?["unit_matched"] as? Bool == true)
            #expect((draft["host_unit_id"] as? String)?.lowercased() == tzb.id!.uuidString.lowercased())
            let titles = (draft["requirements"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
            #expect(titles.first == "深入开展民族团结进步创建，推动各族群众交往交流交融", "\(titles)")

            // The review page offers the matches as choices to confirm.
            let client = try await app.signedInClient("admin")
            let id = try #require(try started.object()["id"] as? String)
            let page = try await client.get("/imports/\(id.lowercased())").body
            #expect(page.contains("按职务匹配，请确认") && page.contains("按会议名称中的单位名匹配，请确认"))
        }
    }
}
