import Domain
import Foundation
import TestSupport
import Testing

@testable import App

@Suite struct ListTests {
    @Test func userListSortsByClickedHeaderAndExportsWhatIsFiltered() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let unit = try await app.makeUnit("a", name: "甲单位")
            try await app.makeUser("bbb", role: .viewer, unit: unit)
            try await app.makeUser("ccc", role: .liaison, unit: unit)
            let client = try await app.signedInClient("admin")
            let sorted = try await client.get("/users?sort=username&dir=desc")
            let positions = ["ccc", "bbb", "admin"].map { sorted.body.range(of: ">\($0)</a>")!.lowerBound }
            #expect(positions == positions.sorted())
            #expect(sorted.body.contains("aria-sort=\"descending\""))

            let csv = try await client.get("/users?unitId=\(unit.id!.uuidString.lowercased())&format=csv")
            #expect(csv.status == 200)
            #expect(csv.headers.first(name: "Content-Type")?.hasPrefix("text/csv") == true)
            #expect(csv.body.hasPrefix("\u{FEFF}\"序号\",\"用户名\""))
            let lines = csv.body.split(separator: "\r\n")
            #expect(lines.count == 3, "header plus the two users of unit 甲")
            #expect(!csv.body.contains("admin"))
            let xlsx = try await client.get("/users?unitId=\(unit.id!.uuidString.lowercased())&format=xlsx")
            let sheet = try SpreadsheetReader.rows(xlsx.bytes)
            #expect(
                sheet.compactMap { $0.count > 1 ? $0[1] : nil }.filter { ["bbb", "ccc", "admin"].contains($0) }.sorted()
                    == ["bbb", "ccc"])
            let audit = try SpreadsheetReader.rows(try await client.get("/audit?format=xlsx").bytes)
            #expect(audit.contains { $0.first == "序号" } && audit.contains { $0.contains("新建用户") })
        }
    }

    @Test func csvCellsCannotRunAsFormulas() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let office = try await app.officeUnit()
            let user = try await app.makeUser("formula", role: .viewer, unit: office)
            _ = try await UserCommands(clock: app.clock.appClock, hasher: app.app.tongxin.hasher)
                .update(user.id!, UserChanges(displayName: "=HYPERLINK(\"x\")"), by: .system, on: app.db)
            let client = try await app.signedInClient("admin")
            let csv = try await client.get("/users?format=csv&q=formula")
            #expect(csv.body.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
            #expect(!csv.body.contains(",\"=HYPERLINK"))
        }
    }

    @Test func malformedFiltersAre400() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let client = try await app.signedInClient("admin")
            #expect(try await client.get("/users?role=king").status == 400)
            #expect(try await client.get("/users?unitId=nope").status == 400)
            #expect(try await client.get("/audit?from=yesterday").status == 400)
            #expect(try await client.get("/users?sort=password").status == 400)
        }
    }
}
