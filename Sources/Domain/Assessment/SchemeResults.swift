import FluentKit
import Foundation
import SQLKit

/// Every card's result, summed in SQL rather than read entry by entry: a scheme of 200 units
/// and a dozen indicators holds thousands of entries, and the ranking is read far more often
/// than they change. While scoring is open the automatic indicators are counted live (one
/// grouped query per figure); once closed, the frozen scores are summed.
public enum SchemeResults {
    /// A card as the sums see it.
    struct Card {
        let id: UUID
        let unitID: UUID
        let kind: UnitKind
    }

    /// The results, kept while the work data is unchanged (see ``WorkCache``).
    public static func load(_ scheme: AssessmentScheme, asOf: CalendarDay, on db: any Database) async throws
        -> [UnitResult]
    {
        let units = try await UnitDirectory.snapshot(on: db)
        return try await WorkCache.value("assessment-results|\(try scheme.requireID())|\(asOf)", on: db) {
            try await compute(scheme, asOf: asOf, units: units, on: db)
        }
    }

    static func compute(
        _ scheme: AssessmentScheme, asOf: CalendarDay, units: UnitDirectory.Snapshot, on db: any Database
    )
        async throws -> [UnitResult]
    {
        let sql = try sqlDatabase(db)
        let schemeID = try scheme.requireID()
        let cards = try await sql.raw(
            "SELECT id, unit_id, unit_kind FROM assessment_cards WHERE scheme_id = \(bind: schemeID)"
        ).all().map { row in
            Card(
                id: try row.decode(column: "id", as: UUID.self),
                unitID: try row.decode(column: "unit_id", as: UUID.self),
                kind: UnitKind(rawValue: try row.decode(column: "unit_kind", as: String.self)) ?? .other)
        }
        guard !cards.isEmpty else { return [] }
        let live = scheme.status == .issued
        // Decided manual scores while open; every stored score once closed. (PostgreSQL sums a
        // BIGINT as NUMERIC: cast back, so both databases answer an integer.)
        let states = live ? "AND e.state IN ('accepted', 'adjusted')" : ""
        var sums: [UUID: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT e.card_id AS card, CAST(SUM(e.score) AS BIGINT) AS total FROM assessment_entries e
            JOIN assessment_cards c ON c.id = e.card_id
            WHERE c.scheme_id = \(bind: schemeID) AND e.score IS NOT NULL \(unsafeRaw: states) GROUP BY e.card_id
            """
        ).all() {
            sums[try row.decode(column: "card", as: UUID.self)] = try row.decode(column: "total", as: Int?.self) ?? 0
        }
        if live {
            let indicators = try await AssessmentIndicator.query(on: db).filter(\.$scheme.$id == schemeID)
                .filter(\.$method == .auto).all()
            for indicator in indicators {
                guard let metric = indicator.metric else { continue }
                let tallies = try await AutoFigures.tallies(metric, year: scheme.year, asOf: asOf, on: db)
                for card in cards {
                    let tally = tallies[card.unitID] ?? Tally(met: 0, counted: 0)
                    sums[card.id, default: 0] += indicator.maximum.share(tally.met, of: tally.counted).hundredths
                }
            }
        }
        var adjustments: [UUID: [AdjustmentKind: Int]] = [:]
        for row in try await sql.raw(
            """
            SELECT a.card_id AS card, a.kind AS kind, CAST(SUM(a.points) AS BIGINT) AS points, COUNT(*) AS items
            FROM assessment_adjustments a JOIN assessment_cards c ON c.id = a.card_id
            WHERE c.scheme_id = \(bind: schemeID) GROUP BY a.card_id, a.kind
            """
        ).all() {
            guard let kind = AdjustmentKind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
            adjustments[try row.decode(column: "card", as: UUID.self), default: [:]][kind] =
                kind == .veto
                ? try row.decode(column: "items", as: Int.self) : try row.decode(column: "points", as: Int?.self) ?? 0
        }
        let order = Dictionary(units.tree.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let figures = cards.map { card in
            let items = adjustments[card.id] ?? [:]
            return CardFigures(
                cardID: card.id, unitID: card.unitID, unitName: units.names[card.unitID] ?? "", unitKind: card.kind,
                sortOrder: order[card.unitID] ?? 0, indicators: Points(hundredths: sums[card.id] ?? 0),
                bonus: Points(hundredths: items[.bonus] ?? 0), deduction: Points(hundredths: items[.deduction] ?? 0),
                vetoed: (items[.veto] ?? 0) > 0)
        }
        return Ranking.rank(
            figures, bonusCap: Points(hundredths: scheme.bonusCap),
            deductionCap: Points(hundredths: scheme.deductionCap),
            grading: scheme.grading, bounds: scheme.gradeBounds)
    }
}
