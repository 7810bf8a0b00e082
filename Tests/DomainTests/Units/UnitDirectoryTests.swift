import Domain
import DomainTestSupport
import Foundation
import Testing

@Suite struct UnitDirectoryTests {
    @Test func theSharedSnapshotFollowsEveryUnitChange() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let unit = try await app.makeUnit("mzj", name: "民宗局")
            #expect(try await OrgUnit.names(on: app.db)[unit.id!] == "民宗局")
            let commands = UnitCommands(clock: app.clock.appClock)
            _ = try await commands.update(unit.id!, UnitChanges(name: "民族宗教事务局"), by: .system, on: app.db)
            #expect(try await OrgUnit.names(on: app.db)[unit.id!] == "民族宗教事务局")
            let child = try await app.makeUnit("child", name: "下级", parent: unit)
            #expect(try await OrgUnit.tree(on: app.db).map(\.code) == ["office", "mzj", "child"])
            _ = try await commands.setActive(child.id!, false, by: .system, on: app.db)
            #expect(try await OrgUnit.tree(includeInactive: false, on: app.db).map(\.code) == ["office", "mzj"])
            #expect(try await OrgUnit.tree(on: app.db).map(\.depth) == [0, 0, 1])
        }
    }
}
