import Domain
import Fluent
import Vapor

/// A scheme's page: its settings, indicators, what stops it being issued, and the cards the
/// viewer may open.
struct SchemePage: Content {
    struct CardRow: Content {
        let cardId: UUID
        let unitName: String
        let unitKindLabel: String
        /// Manual indicators the unit has assessed, of all its manual indicators.
        let assessed: Int
        let manual: Int
        /// Self-assessments waiting for review.
        let waiting: Int
        /// The running total; nil where the viewer may not see totals yet.
        let total: Points?
    }

    let scheme: SchemeSummary
    let indicators: [IndicatorSummary]
    /// What stops a draft or an amendment from being sound (empty when sound).
    let problems: [String]
    let cards: [CardRow]
    let canManage: Bool
    let rankingReadable: Bool

    static func load(_ id: UUID, req: Request) async throws -> SchemePage {
        let actor = try req.actor()
        let scheme = try await AssessmentScheme.readable(id, by: actor, on: req.db)
        let names = try await OrgUnit.names(on: req.db)
        let readsAll = AssessmentPermissions.can(.readAll, actor: actor)
        let totals =
            scheme.rankingIsReadable(by: actor)
            ? Dictionary(
                uniqueKeysWithValues: try await SchemeResults.load(scheme, asOf: req.tongxin.today, on: req.db).map {
                    ($0.cardID, $0.total)
                }) : [:]
        let cards = try await CardProgress.load(id, on: req.db).filter { readsAll || actor.belongs(to: $0.unitID) }.map
        {
            card in
            CardRow(
                cardId: card.cardID, unitName: names[card.unitID] ?? "", unitKindLabel: card.unitKind.label,
                assessed: card.assessed, manual: card.manual, waiting: card.waiting, total: totals[card.cardID])
        }.sorted { ($0.unitKindLabel, $0.unitName) < ($1.unitKindLabel, $1.unitName) }
        let indicators = try await AssessmentIndicator.query(on: req.db).filter(\.$scheme.$id == id).sort(\.$position)
            .all()
        let canManage = AssessmentPermissions.can(.manage, actor: actor)
        let problems =
            canManage && (scheme.status == .draft || scheme.status == .issued)
            ? try await SchemeCheck.problems(scheme, on: req.db).map(\.message) : []
        return SchemePage(
            scheme: SchemeSummary(scheme), indicators: indicators.map { IndicatorSummary($0, names: names) },
            problems: problems, cards: cards, canManage: canManage,
            rankingReadable: scheme.rankingIsReadable(by: actor))
    }
}

extension ScorecardSummary {
    /// The card with what the viewer may do on each line.
    static func load(_ cardID: UUID, req: Request) async throws -> ScorecardSummary {
        let actor = try req.actor()
        let today = req.tongxin.today
        let card = try await Scorecard.load(cardID, for: actor, today: today, on: req.db)
        let names = try await OrgUnit.names(on: req.db)
        let scheme = card.scheme
        let speaks = AssessmentPermissions.canSpeak(for: card.unit.id!, actor: actor)
        let manages = AssessmentPermissions.can(.manage, actor: actor)
        let lines = card.lines.map { line in
            let entry = line.entry
            let openAppeal = line.appeals.contains { $0.status == .open }
            return CardLine(
                entryId: entry.id!, indicator: IndicatorSummary(line.indicator, names: names), state: entry.state,
                stateLabel: scheme.status != .issued && (entry.state == .pending || entry.state == .returned)
                    ? "未自评（计0分）" : entry.state.label, selfScore: entry.selfScore.map(Points.init(hundredths:)),
                statement: entry.statement, evidence: entry.evidence, score: line.score,
                reviewReason: entry.reviewReason, tally: line.tally, figure: line.tally?.text,
                appeals: line.appeals.map(AppealSummary.init), files: line.files.map(FileSummary.init),
                canSelfAssess: speaks && scheme.status == .issued
                    && [.pending, .returned, .submitted].contains(entry.state),
                canReview: scheme.status == .issued && entry.state == .submitted
                    && AssessmentPermissions.canScore(scorer: line.indicator.$scorerUnit.id, actor: actor),
                canAppeal: speaks && scheme.isOpenForAppeal(on: today) && !openAppeal,
                canAnswerAppeal: manages && openAppeal && scheme.status == .published)
        }
        return ScorecardSummary(
            scheme: SchemeSummary(scheme), cardId: cardID, unitId: card.unit.id!, unitName: card.unit.name,
            asOf: card.asOf.description, lines: lines, adjustments: card.adjustments.map(AdjustmentSummary.init),
            result: scheme.rankingIsReadable(by: actor) ? card.result.map { ResultSummary($0) } : nil,
            canAdjust: manages && (scheme.status == .issued || scheme.status == .closed))
    }
}

/// The ranking as its page and the API show it.
struct RankingSummary: Content {
    let scheme: SchemeSummary
    let results: [ResultSummary]
    let hasLastYear: Bool

    static func load(_ id: UUID, req: Request) async throws -> RankingSummary {
        let ranking = try await AssessmentRanking.load(id, for: req.actor(), today: req.tongxin.today, on: req.db)
        let kinds = UnitKind.allCases
        return RankingSummary(
            scheme: SchemeSummary(ranking.scheme),
            results: ranking.results.sorted {
                (kinds.firstIndex(of: $0.unitKind)!, $0.rank) < (kinds.firstIndex(of: $1.unitKind)!, $1.rank)
            }.map { ResultSummary($0, lastYear: ranking.lastYear[$0.unitID]) },
            hasLastYear: !ranking.lastYear.isEmpty)
    }
}

/// The rows an automatic figure counted, for the table behind it.
struct CountedRows: Content {
    struct Row: Content {
        let title: String
        let day: String
        let met: Bool
        let path: String
    }

    let scheme: SchemeSummary
    let cardId: UUID
    let unitName: String
    let indicator: IndicatorSummary
    let figure: String
    let asOf: String
    let rows: [Row]

    static func load(_ entryID: UUID, req: Request) async throws -> CountedRows {
        let entry = try await AssessmentEntry.require(entryID, on: req.db)
        let card = try await Scorecard.load(entry.$card.id, for: req.actor(), today: req.tongxin.today, on: req.db)
        guard let line = card.lines.first(where: { $0.entry.id == entryID }), let metric = line.indicator.metric,
            let tally = line.tally
        else { throw DomainError.notFound("这项指标不是自动计算的") }
        let rows = try await AutoFigures.rows(
            metric, unitID: card.unit.id!, year: card.scheme.year, asOf: card.asOf, on: req.db)
        return CountedRows(
            scheme: SchemeSummary(card.scheme), cardId: entry.$card.id, unitName: card.unit.name,
            indicator: IndicatorSummary(line.indicator, names: try await OrgUnit.names(on: req.db)), figure: tally.text,
            asOf: card.asOf.description,
            rows: rows.map { Row(title: $0.title, day: $0.day, met: $0.met, path: Path.record($0.subject).string) })
    }
}
