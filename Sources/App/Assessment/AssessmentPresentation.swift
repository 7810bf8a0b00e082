import Domain
import Vapor

/// A scheme as its pages and the API show it.
struct SchemeSummary: Content {
    let id: UUID
    let year: Int
    let title: String
    let status: SchemeStatus
    let statusLabel: String
    let totalPoints: Points
    let unitKinds: [UnitKind]
    let bonusCap: Points
    let deductionCap: Points
    let grading: Grading
    /// Points (thresholds) or percentages (shares) for 优秀, 良好, 一般, as text.
    let gradeBounds: [String]
    let windowDays: Int
    let revision: Int
    let figuresDay: String?
    let publishedOn: String?
    let windowEnds: String?

    init(_ scheme: AssessmentScheme) {
        id = scheme.id!
        year = scheme.year
        title = scheme.title
        status = scheme.status
        statusLabel = scheme.status.label
        totalPoints = scheme.total
        unitKinds = scheme.unitKinds
        bonusCap = Points(hundredths: scheme.bonusCap)
        deductionCap = Points(hundredths: scheme.deductionCap)
        grading = scheme.grading
        gradeBounds = scheme.gradeBounds.map {
            scheme.grading == .thresholds ? Points(hundredths: $0).description : String($0)
        }
        windowDays = scheme.windowDays
        revision = scheme.revision
        figuresDay = scheme.figuresDay
        publishedOn = scheme.publishedOn
        windowEnds = scheme.windowEnds
    }

    /// “优秀 90.00 分以上、良好 80.00 分以上、一般 60.00 分以上” or “优秀 30%、良好 40%、一般 20%”.
    var gradingText: String {
        zip(Grade.allCases, gradeBounds).map { grade, bound in
            grading == .thresholds ? "\(grade.label) \(bound) 分以上" : "\(grade.label) 不超过 \(bound)%"
        }.joined(separator: "、")
    }
}

/// An indicator of a scheme.
struct IndicatorSummary: Content {
    let id: UUID
    let position: Int
    let category: String
    let name: String
    let rule: String
    let points: Points
    let method: IndicatorMethod?
    let metric: AutoMetric?
    let metricLabel: String?
    let formula: String?
    let scorerUnitId: UUID?
    let scorerName: String

    init(_ indicator: AssessmentIndicator, names: [UUID: String]) {
        id = indicator.id!
        position = indicator.position
        category = indicator.category
        name = indicator.name
        rule = indicator.rule
        points = indicator.maximum
        method = indicator.method
        metric = indicator.metric
        metricLabel = indicator.metric?.label
        formula = indicator.metric?.formula
        scorerUnitId = indicator.$scorerUnit.id
        scorerName = indicator.$scorerUnit.id.flatMap { names[$0] } ?? ""
    }
}

/// An appeal on a scorecard line.
struct AppealSummary: Content {
    let id: UUID
    let reason: String
    let evidence: String
    let status: AppealStatus
    let statusLabel: String
    let answer: String
    let oldScore: Points?
    let newScore: Points?
    let filedBy: String
    let filedAt: Date

    init(_ appeal: AssessmentAppeal) {
        id = appeal.id!
        reason = appeal.reason
        evidence = appeal.evidence
        status = appeal.status
        statusLabel = appeal.status.label
        answer = appeal.answer
        oldScore = appeal.oldScore.map(Points.init(hundredths:))
        newScore = appeal.newScore.map(Points.init(hundredths:))
        filedBy = appeal.filedBy
        filedAt = appeal.filedAt
    }
}

/// One indicator on a unit's scorecard, with what the viewer may do on it.
struct CardLine: Content {
    let entryId: UUID
    let indicator: IndicatorSummary
    let state: EntryState
    let stateLabel: String
    let selfScore: Points?
    let statement: String
    let evidence: String
    let score: Points
    let reviewReason: String
    /// An automatic figure: met, counted, and the figure in words.
    let tally: Tally?
    let figure: String?
    let appeals: [AppealSummary]
    /// The evidence files.
    let files: [FileSummary]
    let canSelfAssess: Bool
    let canReview: Bool
    let canAppeal: Bool
    let canAnswerAppeal: Bool
}

/// A bonus, deduction or veto.
struct AdjustmentSummary: Content {
    let id: UUID
    let kind: AdjustmentKind
    let kindLabel: String
    let points: Points
    let reason: String

    init(_ adjustment: AssessmentAdjustment) {
        id = adjustment.id!
        kind = adjustment.kind
        kindLabel = adjustment.kind.label
        points = Points(hundredths: adjustment.points)
        reason = adjustment.reason
    }
}

/// A unit's result in the ranking.
struct ResultSummary: Content {
    let cardId: UUID
    let unitId: UUID
    let unitName: String
    let unitKind: UnitKind
    let unitKindLabel: String
    let indicators: Points
    let bonus: Points
    let deduction: Points
    let total: Points
    let vetoed: Bool
    let rank: Int
    let grade: Grade
    let gradeLabel: String
    /// Last year's total, rank and grade, when last year's results were published.
    let lastYearTotal: Points?
    let lastYearRank: Int?
    let lastYearGrade: String?

    init(_ result: UnitResult, lastYear: UnitResult? = nil) {
        cardId = result.cardID
        unitId = result.unitID
        unitName = result.unitName
        unitKind = result.unitKind
        unitKindLabel = result.unitKind.label
        indicators = result.indicators
        bonus = result.bonus
        deduction = result.deduction
        total = result.total
        vetoed = result.vetoed
        rank = result.rank
        grade = result.grade
        gradeLabel = result.grade.label
        lastYearTotal = lastYear?.total
        lastYearRank = lastYear?.rank
        lastYearGrade = lastYear?.grade.label
    }
}

/// A unit's scorecard as its page and the API show it.
struct ScorecardSummary: Content {
    let scheme: SchemeSummary
    let cardId: UUID
    let unitId: UUID
    let unitName: String
    let asOf: String
    let lines: [CardLine]
    let adjustments: [AdjustmentSummary]
    let result: ResultSummary?
    let canAdjust: Bool
}

/// An evidence file: its name and size (the bytes are at its own address).
struct FileSummary: Content {
    /// The most files one indicator keeps.
    static let maxFiles = AssessmentAttachment.maxFiles

    let id: UUID
    let filename: String
    let size: Int

    init(_ info: AttachmentInfo) {
        id = info.id
        filename = info.filename
        size = info.size
    }
}
