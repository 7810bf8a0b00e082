import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct SupervisionCommandsTests {
    @Test func noticesAreNumberedAnsweredReturnedAndClosed() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let notices = NoticeCommands(clock: app.clock.appClock)
            let draft = NoticeDraft(
                taskID: task.id, unitID: world.unitA.id, reason: "进度滞后于节点", requiredAction: "说明原因并提出赶进措施",
                replyDue: "2026-03-20")
            let first = try await notices.issue(draft, by: world.admin, on: app.db)
            let second = try await notices.issue(draft, by: world.admin, on: app.db)
            #expect([first.number, second.number] == ["督办〔2026〕1号", "督办〔2026〕2号"])
            await #expect(throws: DomainError.forbidden("只有被督办单位的联络员可以答复")) {
                try await notices.answer(first.id!, text: "越权答复", by: world.liaisonB, on: app.db)
            }
            let answered = try await notices.answer(first.id!, text: "已调整方案，月底前赶上进度", by: world.liaisonA, on: app.db)
            #expect(answered.status == .answered)
            let returned = try await notices.sendBack(first.id!, comment: "请列明时间节点", by: world.admin, on: app.db)
            #expect(returned.status == .issued && returned.reviewComment == "请列明时间节点")
            _ = try await notices.answer(first.id!, text: "3月25日前完成选址，4月底前开工", by: world.liaisonA, on: app.db)
            let closed = try await notices.close(first.id!, by: world.admin, on: app.db)
            #expect(closed.status == .closed)
            let detail = try await TaskDetail.load(task.id!, for: world.admin, on: app.db)
            #expect(detail.events.filter { $0.kind == .notice }.count == 2)
        }
    }

    @Test func illegalNoticeMovesAreRefusedAndChangeNothing() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let notices = NoticeCommands(clock: app.clock.appClock)
            let notice = try await notices.issue(
                NoticeDraft(
                    unitID: world.unitA.id, reason: "事由", requiredAction: "要求",
                    replyDue: "2026-03-20"), by: world.admin, on: app.db)
            let entries = try await app.auditEntries().count
            await #expect(throws: DomainError.conflict("状态不能从「待答复」改为「已办结」")) {
                try await notices.close(notice.id!, by: world.admin, on: app.db)
            }
            await #expect(throws: DomainError.conflict("状态不能从「待答复」改为「待答复」")) {
                try await notices.sendBack(notice.id!, comment: "退回", by: world.admin, on: app.db)
            }
            await #expect(throws: DomainError.self) {
                try await notices.close(notice.id!, by: world.liaisonA, on: app.db)
            }
            #expect(try await app.auditEntries().count == entries)
            #expect(try await SupervisionNotice.find(notice.id, on: app.db)?.status == .issued)
            _ = try await notices.answer(notice.id!, text: "答复", by: world.liaisonA, on: app.db)
            _ = try await notices.close(notice.id!, by: world.admin, on: app.db)
            await #expect(throws: DomainError.conflict("状态不能从「已办结」改为「已答复」")) {
                try await notices.answer(notice.id!, text: "再答复", by: world.liaisonA, on: app.db)
            }
            #expect(try await SupervisionNotice.find(notice.id, on: app.db)?.answer == "答复")
        }
    }

    @Test func badNoticesAreRefusedWithEveryProblem() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            do {
                _ = try await NoticeCommands(clock: app.clock.appClock).issue(
                    NoticeDraft(unitID: nil, reason: "", requiredAction: " ", replyDue: "2026-03-01"), by: world.admin,
                    on: app.db)
                Issue.record("expected invalid")
            } catch DomainError.invalid(let errors) {
                #expect(Set(errors.map(\.field)) == ["unitId", "reason", "requiredAction", "replyDue"])
            }
            #expect(try await SupervisionNotice.query(on: app.db).count() == 0)
        }
    }

    @Test func rectificationItemsWalkToSignOffAndIllegalMovesChangeNothing() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let commands = RectificationCommands(clock: app.clock.appClock)
            let inspection = try await commands.recordInspection(
                title: "2026年一季度专项督查", day: "2026-03-01", inspectors: "第二督查组", summary: "",
                problems: [
                    ProblemDraft(unitID: world.unitA.id, problem: "台账不健全", deadline: "2026-04-30"),
                    ProblemDraft(unitID: world.unitB.id, problem: "宣传不到位", deadline: "2026-04-30"),
                    ProblemDraft(unitID: world.unitB.id, problem: "  ", deadline: ""),
                ],
                by: world.admin, on: app.db)
            let ledger = try await RectificationLedger.load(for: world.admin, inspectionID: inspection.id, on: app.db)
            #expect(ledger.rows.map(\.item.problem) == ["台账不健全", "宣传不到位"])
            let item = ledger.rows[0].item
            let entries = try await app.auditEntries().count
            await #expect(throws: DomainError.conflict("状态不能从「整改中」改为「已销号」")) {
                try await commands.signOff(item.id!, by: world.admin, on: app.db)
            }
            await #expect(throws: DomainError.forbidden("只有整改单位的联络员可以报送整改情况")) {
                try await commands.submit(item.id!, measures: "补齐台账", evidence: "台账目录", by: world.liaisonB, on: app.db)
            }
            #expect(try await app.auditEntries().count == entries)
            #expect(try await RectificationItem.find(item.id, on: app.db)?.status == .open)
            _ = try await commands.submit(item.id!, measures: "补齐台账", evidence: "台账目录", by: world.liaisonA, on: app.db)
            _ = try await commands.sendBack(item.id!, comment: "缺少会议记录", by: world.admin, on: app.db)
            _ = try await commands.submit(
                item.id!, measures: "补齐台账和会议记录", evidence: "目录两份", by: world.liaisonA, on: app.db)
            let signed = try await commands.signOff(item.id!, by: world.admin, on: app.db)
            #expect(signed.status == .signedOff && signed.signedOffAt != nil)
            let actions = try await app.auditEntries().map(\.action).filter { $0.hasPrefix("rectification.") }
            #expect(
                actions == [
                    "rectification.create", "rectification.create", "rectification.submit", "rectification.return",
                    "rectification.submit", "rectification.signoff",
                ])
            // A unit sees only its own items.
            #expect(
                try await RectificationLedger.load(for: world.liaisonB, on: app.db).rows.map(\.item.problem) == [
                    "宣传不到位"
                ])
        }
    }

    @Test func anInspectionWithABadProblemWritesNothing() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let inactive = try await app.makeUnit("gone", name: "已撤销单位")
            _ = try await UnitCommands(clock: app.clock.appClock).setActive(
                inactive.id!, false, by: .system, on: app.db)
            await #expect(throws: DomainError.invalid("problems", "问题2：整改单位不存在或已停用")) {
                try await RectificationCommands(clock: app.clock.appClock).recordInspection(
                    title: "督查", day: "2026-03-01", inspectors: "", summary: "",
                    problems: [
                        ProblemDraft(unitID: world.unitA.id, problem: "问题一", deadline: "2026-04-30"),
                        ProblemDraft(unitID: inactive.id, problem: "问题二", deadline: "2026-04-30"),
                    ],
                    by: world.admin, on: app.db)
            }
            #expect(try await Inspection.query(on: app.db).count() == 0)
            #expect(try await RectificationItem.query(on: app.db).count() == 0)
        }
    }
}
