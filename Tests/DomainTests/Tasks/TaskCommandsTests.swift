import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct TaskCommandsTests {
    @Test func createStoresTheTaskItsPartsHistoryAndOneAuditEntry() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let before = try await app.auditEntries().count
            let task = try await world.makeTask()
            #expect(task.status == .notStarted)
            #expect(task.startDay == "2026-03-02")
            #expect(task.light == .green)
            #expect(task.nextReportDue == "2026-03-31")
            let detail = try await TaskDetail.load(task.id!, for: world.admin, on: app.db)
            #expect(detail.leadUnitName == "甲局")
            #expect(detail.coUnits.map(\.name) == ["乙局"])
            #expect(detail.coUnits.first?.part == "提供场地")
            #expect(
                detail.milestones == [Milestone(day: CalendarDay(year: 2026, month: 6, day: 30)!, expectedProgress: 50)]
            )
            #expect(detail.events.map(\.kind) == [.created])
            let entries = try await app.auditEntries()
            #expect(entries.count == before + 1)
            #expect(entries.last?.action == "task.create")
            #expect(entries.last?.changes["deadline"]?.after == "2026-12-31")
        }
    }

    @Test func badFieldsAreAllReportedAndNothingIsWritten() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            var draft = world.draft("", deadline: "2026-02-30")
            draft.coUnits = [.init(unitID: world.unitA.id!)]
            draft.milestones = [(day: "2026-13-01", progress: 50)]
            do {
                _ = try await world.tasks.create(draft, by: world.admin, on: app.db)
                Issue.record("expected invalid")
            } catch DomainError.invalid(let errors) {
                #expect(Set(errors.map(\.field)) == ["title", "deadline", "coUnitIds", "milestones"])
            }
            var unknown = world.draft()
            unknown.leadUnitID = UUID()
            await #expect(throws: DomainError.invalid("leadUnitId", "牵头单位不存在")) {
                try await world.tasks.create(unknown, by: world.admin, on: app.db)
            }
            #expect(try await WorkTask.query(on: app.db).count() == 0)
            #expect(try await TaskEvent.query(on: app.db).count() == 0)
        }
    }

    @Test func createManyWritesAllOrNoneAndNamesTheBadItem() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let drafts = [world.draft("一"), world.draft("二", deadline: "明年"), world.draft("三")]
            do {
                _ = try await world.tasks.createMany(drafts, by: world.admin, on: app.db)
                Issue.record("expected invalid")
            } catch DomainError.invalid(let errors) {
                #expect(errors.map(\.message) == ["第2项：完成时限“明年”不是有效日期，请写成 2026-12-31"])
            }
            #expect(try await WorkTask.query(on: app.db).count() == 0)
            let created = try await world.tasks.createMany(
                [world.draft("一"), world.draft("二")], by: world.admin, on: app.db)
            #expect(created.map(\.sortOrder) == [1, 2])
        }
    }

    @Test func onlyTheOfficeWritesTasks() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            for actor in [world.liaisonA, world.liaisonB] {
                await #expect(throws: DomainError.self) {
                    try await world.tasks.create(world.draft(), by: actor, on: app.db)
                }
                await #expect(throws: DomainError.self) {
                    try await world.tasks.setStatus(task.id!, to: .done, by: actor, on: app.db)
                }
                await #expect(throws: DomainError.self) {
                    try await world.tasks.update(task.id!, world.draft("改"), by: actor, on: app.db)
                }
            }
            #expect(try await WorkTask.query(on: app.db).count() == 1)
        }
    }

    @Test func statusMovesFollowTheMachineAndAnIllegalMoveChangesNothing() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let entries = try await app.auditEntries().count
            await #expect(throws: DomainError.conflict("状态不能从「未启动」改为「已销号」")) {
                try await world.tasks.setStatus(task.id!, to: .closed, by: world.admin, on: app.db)
            }
            #expect(try await WorkTask.find(task.id, on: app.db)?.status == .notStarted)
            #expect(try await app.auditEntries().count == entries)
            let done = try await world.tasks.setStatus(task.id!, to: .done, by: world.admin, on: app.db)
            #expect(done.progress == 100 && done.light == .green)
            let closed = try await world.tasks.setStatus(task.id!, to: .closed, by: world.admin, on: app.db)
            #expect(closed.status == .closed)
            let detail = try await TaskDetail.load(task.id!, for: world.admin, on: app.db)
            #expect(detail.events.map(\.kind) == [.created, .status, .status])
        }
    }

    @Test func aLiaisonSeesOnlyTasksTheirUnitLeadsOrCoOperatesOn() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            var other = world.draft("乙局牵头的任务")
            other.leadUnitID = world.unitB.id!
            other.coUnits = []
            _ = try await world.tasks.create(other, by: world.admin, on: app.db)
            let today = CalendarDay(year: 2026, month: 3, day: 2)!
            func titles(_ actor: Actor) async throws -> [String] {
                try await WorkTask.list(TaskFilter(), for: actor, today: today, page: PageRequest(page: 1), on: app.db)
                    .items.map(\.task.title).sorted()
            }
            #expect(try await titles(world.liaisonA) == ["建设民族团结进步示范区"])
            #expect(try await titles(world.liaisonB) == ["乙局牵头的任务", "建设民族团结进步示范区"])
            #expect(try await titles(world.liaisonC) == [])
            #expect(try await titles(world.admin).count == 2)
            await #expect(throws: DomainError.self) {
                try await TaskDetail.load(task.id!, for: world.liaisonC, on: app.db)
            }
            await #expect(throws: DomainError.self) {
                try await world.reports.submit(
                    on: task.id!, ReportDraft(text: "越权", progress: 10), by: world.liaisonC, on: app.db)
            }
            let table = try await ResponsibilityTable.load(world.plan.id!, for: world.liaisonC, on: app.db)
            #expect(table.rows.isEmpty)
            #expect(try await ProgressReport.query(on: app.db).count() == 0)
        }
    }

    @Test func filtersCombine() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            var early = world.draft("早的任务", deadline: "2026-03-10")
            early.startDay = "2026-02-01"  // 29 of 37 days gone at 0 %: behind the line, 8 days left
            _ = try await world.tasks.create(early, by: world.admin, on: app.db)
            _ = try await world.makeTask("晚的任务", deadline: "2026-11-30")
            let today = CalendarDay(year: 2026, month: 3, day: 2)!
            func titles(_ filter: TaskFilter) async throws -> [String] {
                try await WorkTask.list(filter, for: world.admin, today: today, page: PageRequest(page: 1), on: app.db)
                    .items.map(\.task.title)
            }
            #expect(try await titles(TaskFilter(light: .yellow)) == ["早的任务"])
            #expect(try await titles(TaskFilter(deadlineFrom: CalendarDay(year: 2026, month: 4, day: 1))) == ["晚的任务"])
            #expect(try await titles(TaskFilter(words: "晚的")) == ["晚的任务"])
            #expect(try await titles(TaskFilter(sort: .deadline, descending: true)) == ["晚的任务", "早的任务"])
            #expect(try await titles(TaskFilter(unitID: world.unitC.id)) == [])
            // Entered today though it started on 2026-02-01: its first report falls due from today, so nothing is overdue yet.
            #expect(try await titles(TaskFilter(overdueOnly: true)) == [])
            let later = CalendarDay(year: 2026, month: 3, day: 11)!
            let overdue = try await WorkTask.list(
                TaskFilter(overdueOnly: true), for: world.admin, today: later,
                page: PageRequest(page: 1), on: app.db)
            #expect(overdue.items.map(\.task.title) == ["早的任务"])
        }
    }

    @Test func numbersFollowPositionsWhenItemsMove() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let plans = PlanCommands(clock: app.clock.appClock)
            let first = try await plans.addArea(to: world.plan.id!, title: "经济发展", by: world.admin, on: app.db)
            let second = try await plans.addArea(to: world.plan.id!, title: "民生保障", by: world.admin, on: app.db)
            var draft = world.draft("甲")
            draft.areaID = first.id
            let a = try await world.tasks.create(draft, by: world.admin, on: app.db)
            draft.title = "乙"
            _ = try await world.tasks.create(draft, by: world.admin, on: app.db)
            draft.title = "甲的子任务"
            draft.parentID = a.id
            _ = try await world.tasks.create(draft, by: world.admin, on: app.db)
            var third = world.draft("丙")
            third.areaID = second.id
            _ = try await world.tasks.create(third, by: world.admin, on: app.db)
            func numbered() async throws -> [String] {
                try await ResponsibilityTable.load(world.plan.id!, for: world.admin, on: app.db).sections.flatMap {
                    section in
                    [section.number + (section.area?.title ?? "")]
                        + section.rows.map { "\($0.number) \($0.task.title)" }
                }
            }
            #expect(try await numbered() == ["一、经济发展", "1 甲", "1.1 甲的子任务", "2 乙", "二、民生保障", "3 丙"])
            _ = try await world.tasks.move(a.id!, up: false, by: world.admin, on: app.db)
            try await plans.moveArea(second.id!, up: true, by: world.admin, on: app.db)
            #expect(try await numbered() == ["一、民生保障", "1 丙", "二、经济发展", "2 乙", "3 甲", "3.1 甲的子任务"])
        }
    }

    @Test func leadersWriteInstructions() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let leader = try await app.makeUser("leader", role: .leader, unit: world.unitC).actor
            try await world.tasks.instruct(task.id!, text: "请加快进度", by: leader, on: app.db)
            await #expect(throws: DomainError.self) {
                try await world.tasks.instruct(task.id!, text: "越权", by: world.liaisonA, on: app.db)
            }
            let detail = try await TaskDetail.load(task.id!, for: leader, on: app.db)
            #expect(detail.events.last?.kind == .instruction)
            #expect(detail.events.last?.summary == "请加快进度")
        }
    }

    @Test func theOfficeSignsOffACoOperatingUnitsPartOnce() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            await #expect(throws: DomainError.self) {
                try await world.tasks.signOffCoUnit(task.id!, unitID: world.unitB.id!, by: world.liaisonB, on: app.db)
            }
            await #expect(throws: DomainError.invalid("unitId", "这个单位不是本任务的配合单位")) {
                try await world.tasks.signOffCoUnit(task.id!, unitID: world.unitC.id!, by: world.admin, on: app.db)
            }
            try await world.tasks.signOffCoUnit(task.id!, unitID: world.unitB.id!, by: world.admin, on: app.db)
            await #expect(throws: DomainError.conflict("“乙局”的配合事项已经销号")) {
                try await world.tasks.signOffCoUnit(task.id!, unitID: world.unitB.id!, by: world.admin, on: app.db)
            }
            let detail = try await TaskDetail.load(task.id!, for: world.admin, on: app.db)
            #expect(detail.coUnits.first?.signedOffAt != nil)
            #expect(detail.events.map(\.kind) == [.created, .signedOff])
        }
    }

    @Test func changingOnlyTheMilestonesIsRecordedAndShown() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            #expect(try await TaskDetail.load(task.id!, for: world.admin, on: app.db).milestones.count == 1)
            var draft = world.draft()
            draft.startDay = task.startDay
            draft.milestones = [(day: "2026-09-30", progress: 70)]
            _ = try await world.tasks.update(task.id!, draft, by: world.admin, on: app.db)
            let detail = try await TaskDetail.load(task.id!, for: world.admin, on: app.db)
            #expect(detail.milestones.map(\.expectedProgress) == [70])
            #expect(detail.events.last?.summary == "修改了进度节点")
            #expect(try await app.auditEntries().last?.changes["milestones"]?.after == "2026-09-30 70%")
        }
    }
}
