import FluentKit
import Foundation

/// A scheme's indicators and some of its cards with their entries and adjustments, and, while
/// scoring is open, the automatic figures computed live as of a day (after scoring closes the
/// figures are the frozen ones on the entries). A scorecard reads one card; the ranking reads
/// sums instead (``SchemeResults``).
public struct Scoreboard: Sendable {
    public let scheme: AssessmentScheme
    /// In the scheme's order.
    public let indicators: [AssessmentIndicator]
    public let cards: [AssessmentCard]
    /// By card id, in the indicators' order.
    public let entries: [UUID: [AssessmentEntry]]
    public let adjustments: [UUID: [AssessmentAdjustment]]
    /// The day the figures count to.
    public let asOf: CalendarDay
    /// Live figures by metric and unit; empty once frozen.
    let live: [AutoMetric: [UUID: Tally]]
    let indicatorsByID: [UUID: AssessmentIndicator]
    let unitOfCard: [UUID: UUID]

    /// Loads the scheme's board. `asOf` is the day live figures count to; a frozen scheme uses its own.
    public static func load(_ scheme: AssessmentScheme, cards cardIDs: [UUID], asOf: CalendarDay, on db: any Database)
        async throws -> Scoreboard
    {
        let id = try scheme.requireID()
        let indicators = try await AssessmentIndicator.query(on: db).filter(\.$scheme.$id == id).sort(\.$position)
            .all()
        let cards =
            cardIDs.isEmpty
            ? [] : try await AssessmentCard.query(on: db).filter(\.$scheme.$id == id).filter(\.$id ~~ cardIDs).all()
        let cardIDs = try cards.map { try $0.requireID() }
        let position = Dictionary(uniqueKeysWithValues: indicators.map { ($0.id!, $0.position) })
        var entries: [UUID: [AssessmentEntry]] = [:]
        var adjustments: [UUID: [AssessmentAdjustment]] = [:]
        if !cardIDs.isEmpty {
            entries = Dictionary(
                grouping: try await AssessmentEntry.query(on: db).filter(\.$card.$id ~~ cardIDs).all(),
                by: { $0.$card.id }
            ).mapValues { $0.sorted { (position[$0.$indicator.id] ?? 0) < (position[$1.$indicator.id] ?? 0) } }
            adjustments = Dictionary(
                grouping: try await AssessmentAdjustment.query(on: db).filter(\.$card.$id ~~ cardIDs).all(),
                by: { $0.$card.id })
        }
        let frozen = scheme.figuresDay != nil && scheme.status != .issued
        let day = frozen ? CalendarDay(iso: scheme.figuresDay!) ?? asOf : asOf
        var live: [AutoMetric: [UUID: Tally]] = [:]
        if !frozen && !cards.isEmpty {
            // One card's figures count its unit's rows only.
            let unit = cards.count == 1 ? cards[0].$unit.id : nil
            for metric in Set(indicators.compactMap(\.metric)) {
                live[metric] = try await AutoFigures.tallies(metric, year: scheme.year, asOf: day, unitID: unit, on: db)
            }
        }
        return Scoreboard(
            scheme: scheme, indicators: indicators, cards: cards, entries: entries, adjustments: adjustments,
            asOf: day, live: live, indicatorsByID: Dictionary(uniqueKeysWithValues: indicators.map { ($0.id!, $0) }),
            unitOfCard: Dictionary(uniqueKeysWithValues: cards.map { ($0.id!, $0.$unit.id) }))
    }

    public func indicator(of entry: AssessmentEntry) -> AssessmentIndicator? { indicatorsByID[entry.$indicator.id] }

    /// An automatic entry's figure: live while scoring is open, frozen after.
    public func tally(of entry: AssessmentEntry) -> Tally? {
        guard entry.state == .auto, let metric = indicator(of: entry)?.metric else { return nil }
        if let met = entry.met, let counted = entry.counted, entry.score != nil, live.isEmpty {
            return Tally(met: met, counted: counted)
        }
        return live[metric]?[unitOfCard[entry.$card.id] ?? UUID()] ?? Tally(met: 0, counted: 0)
    }

    /// The score that counts now: a stored score once decided or frozen; an automatic figure's
    /// share of the points while scoring is open; 0 for a manual indicator not yet decided.
    public func score(of entry: AssessmentEntry) -> Points {
        if let score = entry.score, entry.state.isScored || live.isEmpty { return Points(hundredths: score) }
        guard let indicator = indicator(of: entry), let tally = tally(of: entry) else { return .zero }
        return indicator.maximum.share(tally.met, of: tally.counted)
    }
}
