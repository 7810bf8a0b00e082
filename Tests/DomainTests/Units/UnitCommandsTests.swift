import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct UnitCommandsTests {
    func commands(_ app: TestDomain) -> UnitCommands { UnitCommands(clock: app.clock.appClock) }

    @Test func createRecordsOneAuditEntryWithTheNewFields() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let before = try await app.auditEntries().count
            let actor = try await app.adminActor()
            let unit = try await commands(app).create(
                NewUnit(code: " TZB ", name: " 统战部 ", kind: .memberUnit, parentID: nil), by: actor, on: app.db)
            #expect(unit.code == "tzb")
            #expect(unit.name == "统战部")
            let entries = try await app.auditEntries()
            #expect(entries.count == before + 1)
            let entry = try #require(entries.last)
            #expect(entry.action == "unit.create")
            #expect(entry.actorName == "admin")
            #expect(entry.actorID == actor.userID)
            #expect(entry.subjectID == unit.id?.uuidString)
            #expect(entry.changes["name"] == AuditChange(before: nil, after: "统战部"))
            #expect(entry.at >= TestDomain.startDate && entry.at < TestDomain.startDate.addingTimeInterval(1))
        }
    }

    @Test func duplicateCodeIsAConflictAndWritesNothing() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            try await app.makeUnit("tzb")
            let units = try await OrgUnit.query(on: app.db).count()
            let entries = try await app.auditEntries().count
            await #expect(throws: DomainError.self) {
                _ = try await commands(app).create(
                    NewUnit(code: "TZB", name: "另一个", kind: .other, parentID: nil),
                    by: .system, on: app.db)
            }
            #expect(try await OrgUnit.query(on: app.db).count() == units)
            #expect(try await app.auditEntries().count == entries)
        }
    }

    @Test func invalidFieldsAreReportedTogether() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            do {
                _ = try await commands(app).create(
                    NewUnit(code: "Bad Code!", name: "  ", kind: .other, parentID: nil),
                    by: .system, on: app.db)
                Issue.record("expected invalid")
            } catch DomainError.invalid(let errors) {
                #expect(Set(errors.map(\.field)) == ["code", "name"])
            }
        }
    }

    @Test func nonAdminsCannotManageUnits() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let unit = try await app.makeUnit("a")
            for role in [Role.leader, .liaison, .member, .viewer] {
                let actor = Actor(userID: UUID(), username: "x", unitID: unit.id, role: role)
                await #expect(throws: DomainError.forbidden("只有办公室管理员可以管理单位")) {
                    _ = try await commands(app).update(unit.id!, UnitChanges(name: "改名"), by: actor, on: app.db)
                }
            }
            #expect(try await OrgUnit.find(unit.id, on: app.db)?.name == unit.name)
        }
    }

    @Test func movingUnderOwnDescendantIsRefused() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let parent = try await app.makeUnit("p")
            let child = try await app.makeUnit("c", parent: parent)
            let grandchild = try await app.makeUnit("g", parent: child)
            await #expect(throws: DomainError.invalid("parentId", "不能把单位移到它自己或它的下级单位之下")) {
                _ = try await commands(app).update(
                    parent.id!, UnitChanges(parentID: .some(grandchild.id)), by: .system, on: app.db)
            }
            let moved = try await commands(app).update(
                grandchild.id!, UnitChanges(parentID: .some(parent.id)), by: .system, on: app.db)
            #expect(moved.$parent.id == parent.id)
            #expect(try await app.auditEntries().last?.action == "unit.move")
        }
    }

    @Test func reorderSwapsSiblingsWithOneEntry() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let root = try await app.makeUnit("root")
            let first = try await app.makeUnit("first", parent: root)
            let second = try await app.makeUnit("second", parent: root)
            let entries = try await app.auditEntries().count
            _ = try await commands(app).reorder(second.id!, up: true, by: .system, on: app.db)
            let tree = try await OrgUnit.tree(on: app.db).map(\.code)
            #expect(tree.firstIndex(of: "second")! < tree.firstIndex(of: "first")!)
            let all = try await app.auditEntries()
            #expect(all.count == entries + 1)
            #expect(all.last?.changes["siblingOrder"] == AuditChange(before: "first,second", after: "second,first"))
            // Moving the first sibling further up changes nothing and records nothing.
            _ = try await commands(app).reorder(second.id!, up: true, by: .system, on: app.db)
            #expect(try await app.auditEntries().count == entries + 1)
            _ = first
        }
    }

    @Test func deactivationNeedsChildrenDeactivatedFirstAndNeverDeletes() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let parent = try await app.makeUnit("p")
            let child = try await app.makeUnit("c", parent: parent)
            await #expect(throws: DomainError.self) {
                _ = try await commands(app).setActive(parent.id!, false, by: .system, on: app.db)
            }
            _ = try await commands(app).setActive(child.id!, false, by: .system, on: app.db)
            let deactivated = try await commands(app).setActive(parent.id!, false, by: .system, on: app.db)
            #expect(deactivated.isActive == false)
            #expect(try await OrgUnit.find(parent.id, on: app.db) != nil)
            #expect(try await app.auditEntries().last?.action == "unit.deactivate")
            // An inactive unit cannot take new children.
            await #expect(throws: DomainError.invalid("parentId", "上级单位已停用")) {
                _ = try await app.makeUnit("n", parent: parent)
            }
        }
    }
}

@Suite struct UnitReactivationTests {
    @Test func aUnitCannotBeReactivatedUnderAnInactiveParent() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let commands = UnitCommands(clock: app.clock.appClock)
            let parent = try await app.makeUnit("p")
            let child = try await app.makeUnit("c", parent: parent)
            _ = try await commands.setActive(child.id!, false, by: .system, on: app.db)
            _ = try await commands.setActive(parent.id!, false, by: .system, on: app.db)
            await #expect(throws: DomainError.invalid("parentId", "上级单位已停用")) {
                _ = try await commands.setActive(child.id!, true, by: .system, on: app.db)
            }
        }
    }
}
