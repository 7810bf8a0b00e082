import Foundation

@testable import App
@testable import Domain

/// The assessment's page models: the 2026 scheme in self-assessment and its ranking once published.
enum AssessmentMock {
    static func scheme(_ status: SchemeStatus, grading: Grading = .thresholds) -> SchemeSummary {
        let scheme = AssessmentScheme()
        scheme.id = Mock.id(301)
        scheme.year = 2026
        scheme.title = "成员单位统战工作目标责任考核"
        scheme.totalPoints = 10_000
        scheme.unitKindsText = "member_unit,county"
        scheme.bonusCap = 500
        scheme.deductionCap = 1_000
        scheme.grading = grading
        scheme.gradeBoundsText = grading == .thresholds ? "9000,8000,6000" : "30,40,20"
        scheme.windowDays = 5
        scheme.status = status
        scheme.revision = status == .draft ? 0 : 1
        scheme.figuresDay = status == .draft || status == .issued ? nil : "2026-12-31"
        scheme.publishedOn = status == .published ? "2027-01-08" : nil
        scheme.windowEnds = status == .published ? "2027-01-15" : nil
        return SchemeSummary(scheme)
    }

    static func indicator(_ n: Int, manual: Bool) -> IndicatorSummary {
        let indicator = AssessmentIndicator()
        indicator.id = Mock.id(310 + n)
        indicator.position = n
        indicator.category = manual ? "组织领导" : "任务落实"
        indicator.name = manual ? "理论学习中心组专题学习" : "牵头任务按期完成"
        indicator.rule = manual ? "每季度专题学习一次，缺一次扣5分" : ""
        indicator.points = manual ? 6_000 : 4_000
        indicator.method = manual ? .manual : .auto
        indicator.metric = manual ? nil : .tasksOnTime
        indicator.$scorerUnit.id = manual ? Mock.tzb.id : Mock.office.id
        return IndicatorSummary(indicator, names: [Mock.tzb.id: "市委统战部", Mock.office.id: "领导小组办公室"])
    }

    static let page = SchemePage(
        scheme: scheme(.issued), indicators: [indicator(1, manual: true), indicator(2, manual: false)],
        problems: ["各项指标分值合计95.00分，与方案总分100.00分不一致"],
        cards: [
            SchemePage.CardRow(
                cardId: Mock.id(321), unitName: "市民族宗教局", unitKindLabel: "成员单位", assessed: 1, manual: 1,
                waiting: 1, total: Points(hundredths: 9_150))
        ], canManage: true, rankingReadable: true)

    static var card: ScorecardSummary {
        let appeal = AssessmentAppeal()
        appeal.id = Mock.id(331)
        appeal.reason = "第三季度学习记录已补充"
        appeal.evidence = "/meetings/00000000-0000-0000-0000-000000000041"
        appeal.status = .upheld
        appeal.answer = "记录属实，予以更正"
        appeal.oldScore = 5_000
        appeal.newScore = 5_500
        appeal.filedBy = "mzj-liaison"
        appeal.filedAt = Mock.now
        let adjustment = AssessmentAdjustment()
        adjustment.id = Mock.id(341)
        adjustment.kind = .bonus
        adjustment.points = 100
        adjustment.reason = "获省级民族团结进步示范单位表彰"
        return ScorecardSummary(
            scheme: scheme(.issued), cardId: Mock.id(321), unitId: Mock.mzj.id, unitName: "市民族宗教局", asOf: "2026-03-02",
            lines: [
                CardLine(
                    entryId: Mock.id(351), indicator: indicator(1, manual: true), state: .submitted, stateLabel: "待审核",
                    selfScore: Points(hundredths: 5_800), statement: "全年开展专题学习4次",
                    evidence: "/meetings/00000000-0000-0000-0000-000000000041\n学习记录（纸质）", score: .zero,
                    reviewReason: "", tally: nil, figure: nil, appeals: [AppealSummary(appeal)],
                    files: [FileSummary(AttachmentInfo(id: Mock.id(391), filename: "中心组学习记录.pdf", size: 182_000))],
                    canSelfAssess: true,
                    canReview: true, canAppeal: false, canAnswerAppeal: false),
                CardLine(
                    entryId: Mock.id(352), indicator: indicator(2, manual: false), state: .auto, stateLabel: "自动计算",
                    selfScore: nil, statement: "", evidence: "", score: Points(hundredths: 3_333),
                    reviewReason: "", tally: Tally(met: 5, counted: 6), figure: Tally(met: 5, counted: 6).text,
                    appeals: [], files: [],
                    canSelfAssess: false, canReview: false, canAppeal: false, canAnswerAppeal: false),
            ], adjustments: [AdjustmentSummary(adjustment)],
            result: ResultSummary(
                UnitResult(
                    cardID: Mock.id(321), unitID: Mock.mzj.id, unitName: "市民族宗教局", unitKind: .memberUnit,
                    indicators: Points(hundredths: 9_133), bonus: Points(hundredths: 100), deduction: .zero,
                    total: Points(hundredths: 9_233), vetoed: false, rank: 1, grade: .excellent)), canAdjust: true)
    }

    static var ranking: RankingSummary {
        let results = [
            ("市民族宗教局", 9_233, 1, Grade.excellent, false), ("市委统战部", 8_710, 2, .good, false),
            ("市侨联", 9_500, 1, .poor, true),
        ]
        .enumerated().map { index, row in
            ResultSummary(
                UnitResult(
                    cardID: Mock.id(360 + index), unitID: Mock.id(370 + index), unitName: row.0,
                    unitKind: index == 2 ? .federation : .memberUnit, indicators: Points(hundredths: row.1),
                    bonus: .zero, deduction: .zero, total: Points(hundredths: row.1), vetoed: row.4, rank: row.2,
                    grade: row.3),
                lastYear: index == 0
                    ? UnitResult(
                        cardID: Mock.id(380), unitID: Mock.id(370), unitName: row.0, unitKind: .memberUnit,
                        indicators: Points(hundredths: 8_800), bonus: .zero, deduction: .zero,
                        total: Points(hundredths: 8_800), vetoed: false, rank: 2, grade: .good) : nil)
        }
        return RankingSummary(scheme: scheme(.published), results: results, hasLastYear: true)
    }

    static let rows = CountedRows(
        scheme: scheme(.issued), cardId: Mock.id(321), unitName: "市民族宗教局", indicator: indicator(2, manual: false),
        figure: "1 ÷ 2 = 50.00%", asOf: "2026-03-02",
        rows: [
            .init(
                title: "建设民族团结进步示范区", day: "2026-01-31", met: true, path: "/tasks/00000000-0000-0000-0000-000000000021"),
            .init(
                title: "完成宗教场所安全排查", day: "2026-02-28", met: false, path: "/tasks/00000000-0000-0000-0000-000000000022"),
        ])
}
