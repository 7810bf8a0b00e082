import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

@Suite struct ResponsibilityImportTests {
    /// Exports the world's plan as Excel, imports the file into a new plan, and compares.
    @Test(arguments: ["xlsx", "csv"])
    func exportThenImportGivesTheSameTasksBack(format: String) async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let clock = app.clock.appClock
            let tasks = TaskCommands(clock: clock)
            var sub = TaskDraft(
                planID: world.plan.id!, areaID: world.area.id, parentID: world.taskA.id, title: "子任务：完善制度",
                leadUnitID: world.unitB.id, coUnits: [.init(unitID: world.unitA.id!)], deadline: "2026-09-30")
            _ = try await tasks.create(sub, by: .system, on: app.db)
            sub.parentID = nil
            sub.areaID = nil
            sub.title = "=1+1 看起来像公式的任务"
            _ = try await tasks.create(sub, by: .system, on: app.db)
            let client = try await world.client(.admin)
            let exported = try await client.get("/plans/\(AccessCases.id(world.plan))/responsibility.\(format)")
            #expect(exported.status == 200)

            let target = try await PlanCommands(clock: clock).create(
                NewPlan(title: "导入的计划", period: "2026"), by: .system, on: app.db)
            _ = try await client.get("/plans/\(AccessCases.id(target))/import")
            let imported = try await client.upload(
                "/plans/\(AccessCases.id(target))/import", file: exported.bytes,
                filename: "plan.\(format)")
            #expect(imported.status == 303, "\(imported.body.prefix(2000))")
            func rows(_ plan: Plan) async throws -> [String] {
                try await ResponsibilityTable.load(plan.id!, for: .system, on: app.db).sections.flatMap { section in
                    [section.number + (section.area?.title ?? "")]
                        + section.rows.map {
                            [
                                $0.number, $0.task.title, $0.leadUnitName, $0.coUnitNames.joined(separator: "、"),
                                $0.task.deadline,
                            ].joined(separator: "|")
                        }
                }
            }
            let original = try await rows(world.plan)
            #expect(original.count == 6)
            #expect(try await rows(target) == original)
        }
    }

    @Test func aBadRowIsNamedAndNothingIsWrittenUnlessTheUserSkipsIt() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let client = try await world.client(.admin)
            let csv = """
                序号,工作任务,牵头单位,配合单位,完成时限
                一、民生保障,,,,
                1,好任务,甲单位,乙单位,2026年12月底
                2,坏任务,不存在的局,,2026-02-30
                3,另一个好任务,unit-b,,2026/11/30
                """
            let before = try await WorkTask.query(on: app.db).count()
            let path = "/plans/\(AccessCases.id(world.plan))/import"
            _ = try await client.get(path)
            let refused = try await client.upload(path, file: Array(csv.utf8), filename: "plan.csv")
            #expect(refused.status == 422)
            #expect(refused.body.contains("第4行：牵头单位“不存在的局”不存在；完成时限“2026-02-30”不是日期"))
            #expect(try await WorkTask.query(on: app.db).count() == before)

            let skipped = try await client.upload(
                path, file: Array(csv.utf8), filename: "plan.csv", fields: [("skipBadRows", "1")])
            #expect(skipped.status == 303)
            let titles = try await WorkTask.query(on: app.db).all().map(\.title)
            #expect(titles.count == before + 2)
            #expect(titles.contains("另一个好任务") && !titles.contains("坏任务"))
            let good = try #require(try await WorkTask.query(on: app.db).filter(\.$title == "好任务").first())
            #expect(good.deadline == "2026-12-31")
            #expect(good.$area.id == world.area.id)  // the existing area of the same name is reused
        }
    }

    @Test func notASpreadsheetIsAClearError() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let client = try await world.client(.admin)
            let path = "/plans/\(AccessCases.id(world.plan))/import"
            _ = try await client.get(path)
            let zipButNotExcel: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100)
            let response = try await client.upload(path, file: zipButNotExcel, filename: "plan.xlsx")
            #expect(response.status == 422)
            #expect(response.body.contains("不是有效的 Excel 文件"))
        }
    }
}
