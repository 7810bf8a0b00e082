import Domain
import Foundation
import TestSupport
import Testing

/// The audit log, its filter and the admin's home page say who did what to which record in
/// words: no action codes, field keys, booleans or ids.
@Suite struct AuditWordsPageTests {
    @Test func theLogAndTheHomePageShowWordsNotCodes() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await world.client(.admin)
            let moved = try await admin.post(
                "/units/\(AccessCases.id(world.unitA))",
                form: [
                    ("name", "甲单位"), ("code", "unit-a"), ("kind", "member_unit"),
                    ("parentId", AccessCases.id(world.unitB)),
                ])
            #expect(moved.status == 303)
            let log = try await admin.get("/audit").body
            #expect(log.contains("上级单位：（空） → 乙单位"), "the parent is named, not given by id")
            #expect(log.contains("调整上级单位") && log.contains("<option value=\"unit.move\">调整上级单位</option>"))
            let home = try await admin.get("/").body
            for page in [log, home] {
                // What people read: the main area without the filter's option values and the links'
                // addresses (a lowercase id such as 31679708-0460-… in an href matched the pattern below).
                let main = String(page[page.range(of: "<main")!.lowerBound...]).replacing(/value="[^"]*"/, with: "")
                    .replacing(/href="[^"]*"/, with: "")
                #expect(!main.contains("unit.move") && !main.contains("unit.create"))
                #expect(!main.contains("session.signin") && !main.contains("parentId") && !main.contains("false"))
                #expect(main.firstMatch(of: /[0-9A-F]{8}-[0-9A-F]{4}-/) == nil, "no raw ids")
            }
        }
    }
}
