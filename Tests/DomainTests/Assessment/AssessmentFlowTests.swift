import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

/// A year's assessment from draft to final: the checks before issue, self-assessment and
/// review, closing, publication, appeal and finalisation.
@Suite struct AssessmentFlowTests {
    struct Year {
        let app: TestDomain
        let admin: Actor
        let units: [OrgUnit]
        let liaisons: [Actor]
        let scheme: AssessmentScheme
        let manual: AssessmentIndicator
        let auto: AssessmentIndicator
        var clock: AppClock { app.clock.appClock }

        /// Two units; an indicator scored by hand (60) and one counted from tasks (40).
        static func draft(_ app: TestDomain) async throws -> Year {
            let admin = try await app.adminActor()
            let office = try await app.officeUnit()
            var units: [OrgUnit] = []
            var liaisons: [Actor] = []
            for index in 0..<3 {
                let unit = try await app.makeUnit("u\(index)", name: "第\(index)局")
                units.append(unit)
                liaisons.append(try await app.makeUser("liaison-\(index)", role: .liaison, unit: unit).actor)
            }
            let schemes = SchemeCommands(clock: app.clock.appClock)
            let scheme = try await schemes.create(
                SchemeSettings(year: 2026, title: "成员单位统战工作考核", gradeBounds: "90,80,60"), by: admin, on: app.db)
            let manual = try await schemes.addIndicator(
                to: scheme.id!,
                IndicatorInput(
                    category: "组织领导", name: "理论学习", rule: "每季度专题学习一次，缺一次扣5分", points: "60", method: "manual",
                    scorerUnitID: units[2].id), by: admin, on: app.db)
            let auto = try await schemes.addIndicator(
                to: scheme.id!,
                IndicatorInput(
                    category: "任务落实", name: "任务按期完成", points: "40", method: "auto", metric: "tasks_on_time",
                    scorerUnitID: office.id), by: admin, on: app.db)
            return Year(
                app: app, admin: admin, units: units, liaisons: liaisons, scheme: scheme, manual: manual, auto: auto)
        }

        func entry(_ unit: Int, _ indicator: AssessmentIndicator) async throws -> AssessmentEntry {
            let card = try #require(try await scheme.card(of: units[unit].id, on: app.db))
            return try #require(
                try await AssessmentEntry.query(on: app.db).filter(\.$card.$id == card.id!)
                    .filter(\.$indicator.$id == indicator.id!).first())
        }
    }

    @Test func aSchemeThatDoesNotAddUpOrLacksAScorerIsNotIssued() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let admin = try await app.adminActor()
            _ = try await app.makeUnit("u0", name: "第0局")
            let schemes = SchemeCommands(clock: app.clock.appClock)
            let scheme = try await schemes.create(SchemeSettings(year: 2026, title: "考核方案"), by: admin, on: app.db)
            _ = try await schemes.addIndicator(
                to: scheme.id!, IndicatorInput(category: "组织领导", name: "理论学习", points: "60", method: "manual"),
                by: admin, on: app.db)
            do {
                _ = try await schemes.issue(scheme.id!, by: admin, on: app.db)
                Issue.record("a scheme of 60 points out of 100 was issued")
            } catch let DomainError.invalid(problems) {
                let messages = problems.map(\.message)
                #expect(messages.contains("各项指标分值合计60.00分，与方案总分100.00分不一致"))
                #expect(messages.contains("指标“理论学习”没有评分单位"))
            }
            let stored = try await AssessmentScheme.require(scheme.id!, on: app.db)
            #expect(stored.status == .draft)
            #expect(try await AssessmentCard.query(on: app.db).count() == 0)
        }
    }

    @Test func fromSelfAssessmentToFinalResults() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let year = try await Year.draft(app)
            let db = app.db
            let schemes = SchemeCommands(clock: year.clock)
            let scoring = ScoringCommands(clock: year.clock)
            let results = ResultCommands(clock: year.clock)
            let appeals = AppealCommands(clock: year.clock)
            let issued = try await schemes.issue(year.scheme.id!, by: year.admin, on: db)
            #expect(issued.status == .issued)
            #expect(try await AssessmentCard.query(on: db).count() == 3)
            // An amendment needs a reason, and must keep the points adding up.
            await #expect(throws: DomainError.invalid("reason", "请填写修改理由")) {
                _ = try await schemes.updateIndicator(
                    year.manual.id!,
                    IndicatorInput(
                        category: "组织领导", name: "理论学习", points: "60", method: "manual",
                        scorerUnitID: year.units[2].id), by: year.admin, on: db)
            }
            // Units assess themselves; another unit's liaison may not.
            let first = try await year.entry(0, year.manual)
            await #expect(throws: DomainError.forbidden("只能为本单位自评")) {
                _ = try await scoring.selfAssess(
                    first.id!, score: "55", statement: "越权", evidence: "", by: year.liaisons[1], on: db)
            }
            for unit in 0..<3 {
                _ = try await scoring.selfAssess(
                    try await year.entry(unit, year.manual).id!, score: "58", statement: "四个季度均开展专题学习",
                    evidence: "/meetings/…", by: year.liaisons[unit], on: db)
            }
            // The scorer is the named unit: the office's liaisons of other units may not review.
            await #expect(throws: DomainError.forbidden("只有这项指标的评分单位可以审核")) {
                _ = try await scoring.review(first.id!, decision: "accept", by: year.liaisons[0], on: db)
            }
            // The named scorer reads the cards it scores on; another unit's liaison does not.
            let today = CalendarDay.today(year.clock)
            _ = try await Scorecard.load(first.$card.id, for: year.liaisons[2], today: today, on: db)
            await #expect(throws: DomainError.forbidden("只能查看本单位或本单位负责评分的考核评分表")) {
                _ = try await Scorecard.load(first.$card.id, for: year.liaisons[1], today: today, on: db)
            }
            _ = try await scoring.review(first.id!, decision: "accept", by: year.liaisons[2], on: db)
            _ = try await scoring.review(
                try await year.entry(1, year.manual).id!, decision: "adjust", score: "50", reason: "缺第三季度学习记录",
                by: year.liaisons[2], on: db)
            // Scoring cannot close while a self-assessment waits.
            await #expect(throws: DomainError.conflict("还有1项自评待审核，审核后才能结束评分")) {
                _ = try await results.close(year.scheme.id!, by: year.admin, on: db)
            }
            _ = try await scoring.review(
                try await year.entry(2, year.manual).id!, decision: "accept", by: year.admin, on: db)
            _ = try await results.addAdjustment(
                to: try #require(try await year.scheme.card(of: year.units[0].id, on: db)).id!, kind: "veto",
                points: "",
                reason: "发生重大责任事故", by: year.admin, on: db)
            _ = try await results.close(year.scheme.id!, by: year.admin, on: db)
            _ = try await results.publish(year.scheme.id!, by: year.admin, on: db)
            var ranking = try await AssessmentRanking.load(
                year.scheme.id!, for: year.admin, today: .today(year.clock), on: db)
            let unit0 = try #require(ranking.results.first { $0.unitID == year.units[0].id })
            let unit1 = try #require(ranking.results.first { $0.unitID == year.units[1].id })
            // No task was due: the automatic 40 points are full. 58 + 40 = 98, but vetoed.
            #expect(unit0.total == Points(hundredths: 9_800) && unit0.rank == 1 && unit0.grade == .poor)
            #expect(unit1.total == Points(hundredths: 9_000) && unit1.rank == 3 && unit1.grade == .excellent)
            // Unit 1 appeals; results cannot be final while it is open.
            let appeal = try await appeals.file(
                try await year.entry(1, year.manual).id!, reason: "第三季度学习记录已补充", evidence: "学习记录扫描件",
                by: year.liaisons[1], on: db)
            year.app.clock.advance(by: 10 * 86_400)
            await #expect(throws: DomainError.conflict("还有1件申诉未答复，答复后才能定档")) {
                _ = try await results.finalise(year.scheme.id!, by: year.admin, on: db)
            }
            // After the window no new appeal is taken.
            let stored = try await AssessmentScheme.require(year.scheme.id!, on: db)
            await #expect(throws: DomainError.conflict("公示期已于\(stored.windowEnds!)结束，不再受理申诉")) {
                _ = try await appeals.file(
                    try await year.entry(2, year.manual).id!, reason: "迟到的申诉", evidence: "", by: year.liaisons[2],
                    on: db)
            }
            _ = try await appeals.answer(
                appeal.id!, upheld: true, score: "59", answer: "记录属实，予以更正", by: year.admin, on: db)
            ranking = try await AssessmentRanking.load(
                year.scheme.id!, for: year.admin, today: .today(year.clock), on: db)
            let corrected = try #require(ranking.results.first { $0.unitID == year.units[1].id })
            #expect(corrected.total == Points(hundredths: 9_900) && corrected.rank == 1)
            let rescore = try #require(try await app.auditEntries().first { $0.action == "assessment.rescore" })
            #expect(rescore.changes["score"] == AuditChange(before: "50.00", after: "59.00"))
            let final = try await results.finalise(year.scheme.id!, by: year.admin, on: db)
            #expect(final.status == .final)
        }
    }
}
