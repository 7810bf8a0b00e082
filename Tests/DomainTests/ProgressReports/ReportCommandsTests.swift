import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

@Suite struct ReportCommandsTests {
    @Test func reportReturnResubmitAcceptUpdatesTheTaskAndItsHistory() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let first = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "已完成选址", progress: 30), by: world.liaisonA, on: app.db)
            #expect(first.status == .submitted)
            await #expect(throws: DomainError.conflict("本单位上一份进展报告还在审核中，审核后再报送")) {
                try await world.reports.submit(
                    on: task.id!, ReportDraft(text: "又一份", progress: 35), by: world.liaisonA, on: app.db)
            }
            await #expect(throws: DomainError.invalid("comment", "请填写退回原因")) {
                try await world.reports.sendBack(first.id!, comment: " ", by: world.admin, on: app.db)
            }
            let returned = try await world.reports.sendBack(
                first.id!, comment: "请补充资金到位情况", by: world.admin, on: app.db)
            #expect(returned.status == .returned && returned.reviewComment == "请补充资金到位情况")
            let again = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "已完成选址，资金到位80%", progress: 40),
                revising: first.id, by: world.liaisonA, on: app.db)
            #expect(again.id == first.id && again.status == .submitted && again.reviewComment.isEmpty)
            _ = try await world.reports.accept(first.id!, by: world.admin, on: app.db)
            let updated = try #require(try await WorkTask.find(task.id, on: app.db))
            #expect(updated.progress == 40)
            #expect(updated.status == .inProgress)
            let detail = try await TaskDetail.load(task.id!, for: world.liaisonA, on: app.db)
            #expect(detail.events.map(\.kind) == [.created, .reported, .returned, .reported, .accepted])
            #expect(detail.events[2].summary == "退回进展报告：请补充资金到位情况")
            let actions = try await app.auditEntries().map(\.action).filter { $0.hasPrefix("report.") }
            #expect(actions == ["report.submit", "report.return", "report.resubmit", "report.accept"])
        }
    }

    @Test func illegalReportMovesAreRefusedAndChangeNothing() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let report = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "进展", progress: 20), by: world.liaisonA, on: app.db)
            _ = try await world.reports.accept(report.id!, by: world.admin, on: app.db)
            let entries = try await app.auditEntries().count
            await #expect(throws: DomainError.conflict("状态不能从「已采纳」改为「已采纳」")) {
                try await world.reports.accept(report.id!, by: world.admin, on: app.db)
            }
            await #expect(throws: DomainError.conflict("状态不能从「已采纳」改为「已退回」")) {
                try await world.reports.sendBack(report.id!, comment: "晚了", by: world.admin, on: app.db)
            }
            await #expect(throws: DomainError.conflict("状态不能从「已采纳」改为「待审核」")) {
                try await world.reports.submit(
                    on: task.id!, ReportDraft(text: "改", progress: 90), revising: report.id, by: world.liaisonA,
                    on: app.db)
            }
            #expect(try await app.auditEntries().count == entries)
            let stored = try #require(try await ProgressReport.find(report.id, on: app.db))
            #expect(stored.status == .accepted && stored.progress == 20)
            #expect(try await WorkTask.find(task.id, on: app.db)?.progress == 20)
        }
    }

    @Test func coOperatingUnitsReportTheirPartWithoutMovingTheTask() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let part = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "场地已落实", progress: 100), by: world.liaisonB, on: app.db)
            _ = try await world.reports.accept(part.id!, by: world.admin, on: app.db)
            let stored = try #require(try await WorkTask.find(task.id, on: app.db))
            #expect(stored.progress == 0 && stored.status == .notStarted)
            await #expect(throws: DomainError.self) {
                try await world.reports.accept(part.id!, by: world.liaisonA, on: app.db)
            }
        }
    }

    @Test func aFullLeadReportFinishesTheTask() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let report = try await world.reports.submit(
                on: task.id!, ReportDraft(text: "全部完成", progress: 100), by: world.liaisonA, on: app.db)
            _ = try await world.reports.accept(report.id!, by: world.admin, on: app.db)
            #expect(try await WorkTask.find(task.id, on: app.db)?.status == .done)
            await #expect(throws: DomainError.conflict("任务已已完成，不再报送进展")) {
                try await world.reports.submit(
                    on: task.id!, ReportDraft(text: "再报", progress: 100), by: world.liaisonA, on: app.db)
            }
        }
    }

    @Test func badReportsAreRefusedWithEveryProblem() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            do {
                _ = try await world.reports.submit(
                    on: task.id!,
                    ReportDraft(
                        text: "", progress: 120,
                        problems: String(repeating: "问", count: 5_001)),
                    by: world.liaisonA, on: app.db)
                Issue.record("expected invalid")
            } catch DomainError.invalid(let errors) {
                #expect(Set(errors.map(\.field)) == ["text", "progress", "problems"])
            }
            #expect(try await ProgressReport.query(on: app.db).count() == 0)
        }
    }

    @Test func attachmentsAreLimitedInNumberSizeAndKind() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let world = try await TaskFixture.build(app)
            let task = try await world.makeTask()
            let draft = ReportDraft(text: "进展", progress: 10)
            func file(_ name: String, _ size: Int) -> AttachmentUpload {
                AttachmentUpload(filename: name, bytes: Data(count: size))
            }
            await #expect(throws: DomainError.invalid("files", "“大.pdf”超过 5 MB")) {
                try await world.reports.submit(
                    on: task.id!, draft, attachments: [file("大.pdf", 5 * 1024 * 1024 + 1)],
                    by: world.liaisonA, on: app.db)
            }
            await #expect(throws: DomainError.invalid("files", "每份报告最多5个附件")) {
                try await world.reports.submit(
                    on: task.id!, draft, attachments: (1...6).map { file("\($0).png", 10) },
                    by: world.liaisonA, on: app.db)
            }
            #expect(try await ProgressReport.query(on: app.db).count() == 0)
            let report = try await world.reports.submit(
                on: task.id!, draft, attachments: [file("../../etc/一.pdf", 5 * 1024 * 1024)],
                by: world.liaisonA, on: app.db)
            _ = try await world.reports.sendBack(report.id!, comment: "补充", by: world.admin, on: app.db)
            await #expect(throws: DomainError.invalid("files", "每份报告最多5个附件")) {
                try await world.reports.submit(
                    on: task.id!, draft, attachments: (1...5).map { file("\($0).png", 10) }, revising: report.id,
                    by: world.liaisonA, on: app.db)
            }
            let names = try await ReportAttachment.query(on: app.db).all().map(\.filename)
            #expect(names == ["一.pdf"])
        }
    }
}
