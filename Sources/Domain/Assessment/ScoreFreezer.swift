import FluentKit
import Foundation
import SQLKit

/// Closing the scoring: each automatic entry gets its figure and score as of the day, and a
/// manual indicator the unit never assessed scores 0. Written with one statement per
/// automatic entry and one for the rest, in the closing transaction: a year of 200 units holds
/// thousands of entries.
struct ScoreFreezer {
    let scheme: AssessmentScheme
    let asOf: CalendarDay

    func freeze(on tx: any Database) async throws {
        let sql = try sqlDatabase(tx)
        let schemeID = try scheme.requireID()
        let indicators = try await AssessmentIndicator.query(on: tx).filter(\.$scheme.$id == schemeID).all()
        let waiting =
            try await sql.raw(
                """
                SELECT COUNT(*) AS waiting FROM assessment_entries e JOIN assessment_cards c ON c.id = e.card_id
                WHERE c.scheme_id = \(bind: schemeID) AND e.state = \(bind: EntryState.submitted.rawValue)
                """
            ).first()?.decode(column: "waiting", as: Int.self) ?? 0
        if waiting > 0 { throw DomainError.conflict("还有\(waiting)项自评待审核，审核后才能结束评分") }
        let units = Dictionary(
            uniqueKeysWithValues: try await sql.raw(
                "SELECT id, unit_id FROM assessment_cards WHERE scheme_id = \(bind: schemeID)"
            ).all().map {
                (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "unit_id", as: UUID.self))
            })
        for indicator in indicators where indicator.method == .auto {
            guard let metric = indicator.metric else { continue }
            let tallies = try await AutoFigures.tallies(metric, year: scheme.year, asOf: asOf, on: tx)
            let entries = try await sql.raw(
                "SELECT id, card_id FROM assessment_entries WHERE indicator_id = \(bind: indicator.requireID())"
            ).all()
            for row in entries {
                let tally =
                    units[try row.decode(column: "card_id", as: UUID.self)].flatMap { tallies[$0] }
                    ?? Tally(met: 0, counted: 0)
                let score = indicator.maximum.share(tally.met, of: tally.counted).hundredths
                try await sql.raw(
                    """
                    UPDATE assessment_entries SET met = \(bind: tally.met), counted = \(bind: tally.counted),
                      score = \(bind: score) WHERE id = \(bind: try row.decode(column: "id", as: UUID.self))
                    """
                ).run()
            }
        }
        let manual = indicators.filter { $0.method == .manual }.compactMap(\.id)
        guard !manual.isEmpty else { return }
        try await sql.raw(
            """
            UPDATE assessment_entries SET score = 0
            WHERE indicator_id IN (\(binds: manual)) AND state IN ('pending', 'returned')
            """
        ).run()
    }
}
